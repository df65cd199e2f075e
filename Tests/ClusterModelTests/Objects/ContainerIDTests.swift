import Testing

@testable import ClusterModel

@Suite struct ContainerIDTests {
    @Test func formatsTheSameIdAsTheHexStringAndAdvancesTheGeneratorAlike() {
        for seed: UInt64 in [0, 1, 42, 20_261_129] {
            var viaText = SeededRandom(seed: seed)
            var viaBits = SeededRandom(seed: seed)
            let expected = "containerd://" + viaText.hexString(64)
            let id = ContainerID(random: &viaBits)
            #expect(id.text == expected)
            #expect(id.text.count == 77)
            #expect(viaText.next() == viaBits.next())
        }
    }
}
