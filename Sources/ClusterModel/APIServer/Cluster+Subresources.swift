/// `GET` of the `status` and `scale` sub-resources.
extension Cluster {
    /// The kinds served with a `status` sub-resource.
    static let kindsWithStatus: Set<ResourceType> = [.pods, .deployments, .replicaSets, .services, .namespaces, .nodes]

    /// `GET …/NAME/status` or `…/NAME/scale`.
    ///
    /// `status` answers the whole object, as the status REST storage does (it reads through the main store).
    /// `scale` answers an autoscaling/v1 `Scale` built as the registry's `scaleFromDeployment` /
    /// `scaleFromReplicaSet` build it: name, namespace, uid, resourceVersion and creationTimestamp of the
    /// workload, `spec.replicas`, and `status.replicas` with the workload's selector as a string. A kind without the
    /// sub-resource, or an unknown one, is the API server's 404 for a path it does not serve.
    public func subresource(_ type: ResourceType, namespace: String?, name: String, _ subresource: String) throws(APIError) -> JSONValue {
        let unserved = APIError(reason: .notFound, code: 404, message: "the server could not find the requested resource")
        switch subresource {
        case "status":
            guard Cluster.kindsWithStatus.contains(type) else { throw unserved }
            guard let object = object(type, namespace: namespace, name: name) else { throw .notFound(type, name: name) }
            return object
        case "scale":
            guard Cluster.scalableKinds.contains(type) else { throw unserved }
            guard let object = object(type, namespace: namespace, name: name) else { throw .notFound(type, name: name) }
            let metadata = object["metadata"]
            var scaleMetadata: JSONValue = .emptyObject
            for field in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp"] where !metadata[field].isNull {
                scaleMetadata[field] = metadata[field]
            }
            let selector = LabelSelector(json: object["spec"]["selector"]).requirements.map(\.description).joined(separator: ",")
            var status: JSONValue = ["replicas": .int(object["status"]["replicas"].int ?? 0)]
            if !selector.isEmpty { status["selector"] = .string(selector) }
            return [
                "apiVersion": "autoscaling/v1", "kind": "Scale", "metadata": scaleMetadata,
                "spec": ["replicas": .int(object["spec"]["replicas"].int ?? 1)], "status": status,
            ]
        default:
            throw unserved
        }
    }
}
