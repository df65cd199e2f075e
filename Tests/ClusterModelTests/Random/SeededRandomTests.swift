import Testing

@testable import ClusterModel

@Suite struct SeededRandomTests {
    /// The suffix algorithm written plainly (characters appended one by one), as the reference.
    static func referenceSuffix(_ random: inout SeededRandom, count: Int) -> String {
        var result = ""
        while result.count < count {
            let value = Int(random.next() & 31)
            if value < 27 { result.append(SeededRandom.nameAlphabet[value]) }
        }
        return result
    }

    @Test func nameSuffixesMatchTheReferenceAndAdvanceTheSame() {
        for seed: UInt64 in [0, 1, 42, 0xDEAD_BEEF] {
            var fast = SeededRandom(seed: seed)
            var reference = SeededRandom(seed: seed)
            for count in [5, 5, 1, 0, 16, 5] {
                #expect(fast.nameSuffix(count) == SeededRandomTests.referenceSuffix(&reference, count: count))
            }
            #expect(fast.next() == reference.next())
        }
    }
}

extension SeededRandomTests {
    @Test func prefixedNamesDrawLikePrefixPlusSuffix() {
        for seed: UInt64 in [0, 3, 42] {
            var a = SeededRandom(seed: seed)
            var b = SeededRandom(seed: seed)
            for prefix in ["web-5d8f7c9b6-", "", "nginx-deployment-6c4bf86c9c-", "é-"] {
                #expect(a.name(prefix: prefix) == prefix + b.nameSuffix())
            }
            #expect(a.next() == b.next())
        }
    }
}
