import ClusterModel

/// The printers' `RelatedObjects` backed by the simulated cluster (the extra reads `kubectl describe` makes).
struct ClusterRelatedObjects<Client: ClusterClient>: RelatedObjects {
    /// The cluster state at describe time.
    let cluster: Client

    /// Objects of a kind, listed from the cluster with an equality selector.
    func list(kind: String, namespace: String?, labelSelector: [String: String]?) -> [JSONValue] {
        guard let type = ResourceType.all.first(where: { $0.kind == kind }) else { return [] }
        return cluster.list(type, namespace: type.namespaced ? namespace : nil, selector: labelSelector.map { LabelSelector(matchLabels: $0) })
    }

    /// The Events whose involvedObject is `object`.
    func events(for object: JSONValue) -> [JSONValue] {
        let namespace = object["metadata"]["namespace"].string
        let uid = object["metadata"]["uid"].string
        return cluster.list(.events, namespace: namespace ?? "default").filter { event in
            let involved = event["involvedObject"]
            return involved["kind"].string == object["kind"].string && involved["name"].string == object["metadata"]["name"].string
                && (uid == nil || involved["uid"].string == nil || involved["uid"].string == uid)
        }
    }
}
