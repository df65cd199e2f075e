@testable import ClusterModel

extension Cluster {
    /// What the model tests set up objects with: the manifest with kubectl's last-applied annotation, created when
    /// absent and replaced (`PUT`) when present, so the stored objects are those `kubectl apply` leaves behind.
    /// (Client-side apply itself, with its three-way patch, is kubectl's and tested in KubectlTests.)
    @discardableResult
    mutating func declare(_ manifest: JSONValue, options: WriteOptions = .init()) throws(APIError) -> WriteResult {
        let type = try Cluster.resourceType(of: manifest)
        var object = manifest
        if type.namespaced, (object["metadata"]["namespace"].string ?? "").isEmpty { object["metadata"]["namespace"] = "default" }
        var annotations = object["metadata"]["annotations"].object ?? [:]
        var recorded = object
        recorded["metadata"]["annotations"] = .object(annotations)
        annotations[Cluster.lastAppliedKey] = .string(recorded.compactJSON + "\n")
        object["metadata"]["annotations"] = .object(annotations)
        let name = object["metadata"]["name"].string ?? ""
        if self.object(type, namespace: object["metadata"]["namespace"].string, name: name) != nil { return try update(object, options: options) }
        return try create(object, options: options)
    }
}
