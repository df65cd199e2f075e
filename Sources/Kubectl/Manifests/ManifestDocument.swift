import ClusterModel

/// One object read from a `-f` source, or the error kubectl reports for it.
struct ManifestDocument {
    /// Where it came from, as kubectl names it in messages (`app.yaml`, `dir/app.yaml`, `STDIN`).
    var source: String
    /// The decoded object.
    var object: JSONValue
}
