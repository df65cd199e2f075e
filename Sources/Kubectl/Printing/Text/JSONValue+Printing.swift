import ClusterModel

/// Small typed readers the printers use on API objects.
extension JSONValue {
    /// The string at a dotted path, or `""` when absent or not a string.
    func text(_ path: String) -> String { self[path: path].string ?? "" }

    /// The integer at a dotted path, or 0.
    func number(_ path: String) -> Int { self[path: path].int ?? 0 }

    /// The array at a dotted path, or `[]`.
    func list(_ path: String) -> [JSONValue] { self[path: path].array ?? [] }

    /// Whether a key is present (even with a null value is not distinguishable; JSONValue drops nulls on set).
    func has(_ path: String) -> Bool { !self[path: path].isNull }

    /// The object's `kind`.
    var kindName: String { self["kind"].string ?? "" }

    /// `metadata.name`.
    var objectName: String { text("metadata.name") }

    /// `metadata.namespace`.
    var objectNamespace: String { text("metadata.namespace") }

    /// A timestamp at a dotted path (RFC 3339), if present and valid.
    func time(_ path: String) -> Timestamp? { self[path: path].string.flatMap { Timestamp(rfc3339: $0) } }
}
