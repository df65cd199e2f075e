import Testing

@testable import ClusterModel

@Suite struct EventMetaTests {
    @Test func eventNamesMatchClientGosFormat() {
        for nanos: UInt64 in [0, 1, 0xF, 0x10, 0xABCDEF, 1_795_000_000_000_000_123, UInt64.max] {
            #expect(EventMeta.name(objectName: "web-7d9f8b6c5-x2kq8", nanos: nanos) == "web-7d9f8b6c5-x2kq8." + String(nanos, radix: 16))
        }
        #expect(EventMeta.name(objectName: "", nanos: 255) == ".ff")
    }

    @Test func uidBitsFormatAsTheSameUUID() {
        var a = SeededRandom(seed: 42)
        var b = SeededRandom(seed: 42)
        for _ in 0..<3 {
            let bits = b.uuidBits()
            #expect(a.uuid() == SeededRandom.uuidString(high: bits.high, low: bits.low))
        }
    }

    @Test func sortedKeysMatchStringOrder() {
        let names = ["web-b", "web-a", "web-aa", "z", "", "web-7d9f8b6c5-x2kq8", "web-7d9f8b6c5-x2kq7", "é", "e\u{301}x", "a-very-long-name-over-24-bytes-b", "a-very-long-name-over-24-bytes-a"]
        let keys = names.flatMap { name in ["default", "kube-system"].map { ObjectKey(namespace: $0, name: name) } }
        #expect(ObjectKey.sorted(keys) == keys.sorted())
    }

    @Test func sortedKeysInOneNamespaceMatchStringOrder() {
        let names = ["web-b", "web-a", "web-aa", "z", "", "web-7d9f8b6c5-x2kq8", "web-7d9f8b6c5-x2kq7", "a-very-long-name-over-24-bytes-b", "a-very-long-name-over-24-bytes-a", "a-very-long-name-over-24-bytes"]
        let keys = names.map { ObjectKey(namespace: "default", name: $0) }
        #expect(ObjectKey.sorted(keys) == keys.sorted())
        #expect(ObjectKey.sorted(keys + keys) == (keys + keys).sorted())
        #expect(ObjectKey.sorted([ObjectKey]()) == [])
        #expect(ObjectKey.sortedUnique(keys + keys.reversed() + keys) == keys.sorted())
        let mixed = keys + [ObjectKey(namespace: "kube-system", name: "web-a"), ObjectKey(namespace: "kube-system", name: "web-a")]
        #expect(ObjectKey.sortedUnique(mixed) == Array(Set(mixed)).sorted())
    }
}

extension EventMetaTests {
    @Test func eventKeysParseOnlyCanonicalEventNames() {
        let key = EventKey(namespace: "default", objectName: "web-7d9f8b6c5-x2kq8", nanos: 0x1_8f2a_3b4c_5d6e)
        #expect(key.name == "web-7d9f8b6c5-x2kq8.18f2a3b4c5d6e")
        #expect(EventKey(namespace: "default", name: key.name) == key)
        #expect(EventKey(namespace: "default", name: "a.b.c.ff")?.objectName == "a.b.c")
        #expect(EventKey(namespace: "default", name: ".0") == EventKey(namespace: "default", objectName: "", nanos: 0))
        for bad in ["nodot", "web.", "web.FF", "web.0ff", "web.xyz", "web.+ff", "web.11112222333344445"] {
            #expect(EventKey(namespace: "default", name: bad) == nil, "\(bad)")
        }
    }
}
