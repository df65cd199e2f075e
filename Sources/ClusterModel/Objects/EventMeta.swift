/// The metadata of an Event: just the fields events carry.
///
/// The model keeps every event (five or more per pod), and a full `ObjectMeta` (labels, annotations, owner
/// references, …) is several times larger; `render()` writes the same `metadata` an `ObjectMeta` would.
struct EventMeta: Sendable, Equatable {
    let name: String
    let namespace: String
    /// The uid's bits (see `SeededRandom.uuidBits`), formatted when rendering: a 36-character string per
    /// event would be one more allocation each.
    var uidHigh: UInt64
    var uidLow: UInt64
    var resourceVersion = 0
    var creationTimestamp: Timestamp

    var key: ObjectKey { ObjectKey(namespace: namespace, name: name) }

    /// The `metadata` object as the API server serializes it.
    func render() -> JSONValue {
        let uid = SeededRandom.uuidString(high: uidHigh, low: uidLow)
        return ObjectMeta(name: name, namespace: namespace, uid: uid, resourceVersion: resourceVersion, creationTimestamp: creationTimestamp).render()
    }
}
