/// The identity of a stored Event: its namespace and the two parts its name is made of.
///
/// Events are named `<object>.<nanoseconds in hex>` (see `EventMeta.name(objectName:nanos:)`). Thousands are
/// recorded per second of a busy simulation and few are ever looked up by name, so an event is identified by the
/// parts and its name is built only when it is needed.
struct EventKey: Equatable, Sendable {
    let namespace: String
    let objectName: String
    let nanos: UInt64

    init(namespace: String, objectName: String, nanos: UInt64) {
        self.namespace = namespace
        self.objectName = objectName
        self.nanos = nanos
    }

    /// The key of the event named `name`, or nil when `name` is not an event name as the model writes them.
    init?(namespace: String, name: String) {
        guard let dot = name.lastIndex(of: "."), let nanos = UInt64(name[name.index(after: dot)...], radix: 16) else { return nil }
        let objectName = String(name[..<dot])
        // Only the canonical spelling (lowercase, no leading zeros) names an event.
        guard EventMeta.name(objectName: objectName, nanos: nanos) == name else { return nil }
        self.init(namespace: namespace, objectName: objectName, nanos: nanos)
    }

    /// The event's name.
    var name: String { EventMeta.name(objectName: objectName, nanos: nanos) }

    /// The key as an `ObjectKey` (for sorting the way every listing sorts).
    var objectKey: ObjectKey { ObjectKey(namespace: namespace, name: name) }

    static func == (lhs: EventKey, rhs: EventKey) -> Bool {
        lhs.nanos == rhs.nanos && lhs.objectName == rhs.objectName && lhs.namespace == rhs.namespace
    }
}
