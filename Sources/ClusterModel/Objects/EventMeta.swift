/// The metadata of an Event: just the fields events carry.
///
/// The model keeps every event (five or more per pod), and a full `ObjectMeta` (labels, annotations, owner
/// references, …) is several times larger; `render()` writes the same `metadata` an `ObjectMeta` would.
struct EventMeta: Sendable, Equatable {
    /// The name of the object the event is about, the first part of the event's name.
    let objectName: String
    /// The nanoseconds part of the event's name.
    let nanos: UInt64
    let namespace: String
    /// The uid's bits (see `SeededRandom.uuidBits`), formatted when rendering: a 36-character string per
    /// event would be one more allocation each.
    var uidHigh: UInt64
    var uidLow: UInt64
    var resourceVersion = 0
    var creationTimestamp: Timestamp

    /// The event's name, `<objectName>.<nanos in hex>` (built on demand).
    var name: String { EventMeta.name(objectName: objectName, nanos: nanos) }

    var key: EventKey { EventKey(namespace: namespace, objectName: objectName, nanos: nanos) }

    /// `<objectName>.<nanos in lowercase hex>`, as client-go's recorder names events, built in one allocation
    /// (the same text as `objectName + "." + String(nanos, radix: 16)`).
    static func name(objectName: String, nanos: UInt64) -> String {
        var digits = 1
        while digits < 16, nanos >> UInt64(4 * digits) != 0 { digits += 1 }
        var objectName = objectName
        return objectName.withUTF8 { prefix in
            String(unsafeUninitializedCapacity: prefix.count + 1 + digits) { bytes in
                var position = 0
                for byte in prefix {
                    bytes[position] = byte
                    position += 1
                }
                bytes[position] = UInt8(ascii: ".")
                position += 1
                for index in stride(from: digits - 1, through: 0, by: -1) {
                    let nibble = UInt8((nanos >> UInt64(4 * index)) & 0xF)
                    bytes[position] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
                    position += 1
                }
                return position
            }
        }
    }

    /// The `metadata` object as the API server serializes it.
    func render() -> JSONValue {
        let uid = SeededRandom.uuidString(high: uidHigh, low: uidLow)
        return ObjectMeta(name: name, namespace: namespace, uid: uid, resourceVersion: resourceVersion, creationTimestamp: creationTimestamp).render()
    }
}
