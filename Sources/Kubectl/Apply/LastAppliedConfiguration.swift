import ClusterModel

/// The `kubectl.kubernetes.io/last-applied-configuration` annotation: the manifest as last applied, which the next
/// apply diffs against to find what the manifest no longer sets.
enum LastAppliedConfiguration {
    /// The annotation's key.
    static let key = "kubectl.kubernetes.io/last-applied-configuration"

    /// kubectl's `GetModifiedConfiguration`: the manifest with this annotation set to the manifest's own compact JSON
    /// (the annotation itself left out, `annotations` present even when empty) plus a trailing newline.
    static func annotate(_ manifest: JSONValue) -> (modified: JSONValue, annotation: String) {
        var annotations = manifest["metadata"]["annotations"].object ?? [:]
        annotations[key] = nil
        var recorded = manifest
        recorded["metadata"]["annotations"] = .object(annotations)
        let text = recorded.compactJSON + "\n"
        annotations[key] = .string(text)
        var modified = manifest
        modified["metadata"]["annotations"] = .object(annotations)
        return (modified, text)
    }

    /// The configuration last applied to `object`, or nil when it has none (or it does not parse).
    static func original(of object: JSONValue) -> JSONValue? {
        guard let text = object["metadata"]["annotations"][key].string else { return nil }
        // JSON is YAML: the manifest decoder reads it.
        return try? ManifestLoader.decode(text)
    }
}
