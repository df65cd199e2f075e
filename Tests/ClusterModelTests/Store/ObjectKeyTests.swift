import Testing

@testable import ClusterModel

@Suite struct ObjectKeyTests {
    /// FNV-1a over namespace, 0xFF and name, byte by byte, as the reference.
    static func referenceHash(_ namespace: String, _ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array(namespace.utf8) + [0xFF] + Array(name.utf8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    @Test func hashCodesMatchTheReference() {
        let names = ["", "web", "web-7d9f8b6c5-x2kq8", "a-very-long-name-that-is-not-a-small-string-at-all", "é", "e\u{301}x", "日本"]
        for namespace in ["", "default", "kube-system"] {
            for name in names {
                #expect(ObjectKey(namespace: namespace, name: name).hashCode == ObjectKeyTests.referenceHash(namespace, name))
            }
        }
        let sliced = String("xx-web-7d9f8b6c5-x2kq8".dropFirst(3))
        #expect(ObjectKey(namespace: "default", name: sliced) == ObjectKey(namespace: "default", name: "web-7d9f8b6c5-x2kq8"))
    }
}
