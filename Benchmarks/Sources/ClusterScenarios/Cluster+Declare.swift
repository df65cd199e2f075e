import ClusterModel

extension Cluster {
    /// Creates `manifest` as `kubectl apply` creates a new object: in `default` unless it names a namespace, with the
    /// last-applied annotation (the scenarios' change feed, and so their digests, include it).
    mutating func declare(_ manifest: JSONValue) throws(APIError) {
        var object = manifest
        if (object["metadata"]["namespace"].string ?? "").isEmpty { object["metadata"]["namespace"] = "default" }
        var annotations = object["metadata"]["annotations"].object ?? [:]
        var recorded = object
        recorded["metadata"]["annotations"] = .object(annotations)
        annotations["kubectl.kubernetes.io/last-applied-configuration"] = .string(recorded.compactJSON + "\n")
        object["metadata"]["annotations"] = .object(annotations)
        _ = try create(object, options: WriteOptions())
    }
}
