import ClusterModel

/// `fieldpath.ExtractFieldPathAsString` for the pod fields a `fieldRef` may name, as `describe pod` resolves them
/// (`EnvValueRetriever`).
enum FieldPathValue {
    /// The value of `path` in `pod`, or empty when the path is not one the downward API supports.
    static func extract(_ path: String, pod: JSONValue) -> String {
        switch path {
        case "metadata.name", "metadata.namespace", "metadata.uid": return pod["metadata"][String(path.dropFirst(9))].string ?? ""
        case "spec.nodeName", "spec.serviceAccountName": return pod["spec"][String(path.dropFirst(5))].string ?? ""
        case "status.podIP", "status.hostIP": return pod["status"][String(path.dropFirst(7))].string ?? ""
        default:
            for prefix in ["metadata.labels['", "metadata.annotations['"] where path.hasPrefix(prefix) && path.hasSuffix("']") {
                let key = String(path.dropFirst(prefix.count).dropLast(2))
                return pod["metadata"][prefix.contains("labels") ? "labels" : "annotations"][key].string ?? ""
            }
            return ""
        }
    }
}
