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

extension ObjectKeyTests {
    /// The fast sort (byte-prefix words) must order keys exactly as `<` does: names shorter and longer than the
    /// 24-byte prefix, shared prefixes, non-ASCII names, several namespaces, duplicates.
    @Test func fastSortOrdersAsTheComparisonOperator() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("abz09-.é😀")
        let prefixes = ["", "web-", "nginx-deployment-6c4bf86c9c-", "a-very-long-deployment-name-that-goes-on-"]
        for round in 0..<40 {
            let namespaces = round % 3 == 0 ? ["default", "kube-system"] : ["default"]
            var keys: [ObjectKey] = []
            for _ in 0..<60 {
                var name = prefixes[next(prefixes.count)]
                for _ in 0..<next(12) { name.append(alphabet[next(round % 2 == 0 ? 5 : alphabet.count)]) }
                keys.append(ObjectKey(namespace: namespaces[next(namespaces.count)], name: name))
            }
            keys += keys.prefix(5)
            #expect(ObjectKey.sorted(keys) == keys.sorted(), "round \(round)")
            #expect(ObjectKey.sortedUnique(keys) == Array(Set(keys)).sorted(), "round \(round)")
        }
    }
}
