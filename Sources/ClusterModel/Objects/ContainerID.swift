/// A container's runtime id, `containerd://` and 64 random hex digits, kept as its 256 random bits and formatted
/// when rendered (most pods' container ids are never shown; each formatted id is two allocations).
struct ContainerID: Sendable, Equatable {
    private let first: UInt64
    private let second: UInt64
    private let third: UInt64
    private let fourth: UInt64

    /// The next id from `random`: the same bits, in the same order, as `"containerd://" + random.hexString(64)`.
    init(random: inout SeededRandom) {
        first = random.next()
        second = random.next()
        third = random.next()
        fourth = random.next()
    }

    /// `containerd://<64 hex digits>`, each word's digits lowest nibble first (as `SeededRandom.hexString` writes).
    var text: String {
        let prefix = "containerd://"
        return prefix + String(unsafeUninitializedCapacity: 64) { bytes in
            var position = 0
            for var word in [first, second, third, fourth] {
                for _ in 0..<16 {
                    bytes[position] = SeededRandom.hexDigits[Int(word & 0xF)]
                    word >>= 4
                    position += 1
                }
            }
            return 64
        }
    }
}
