/// A small deterministic mutator for the smoke run: libFuzzer's simplest moves (flip, insert, erase, copy a
/// slice, splice another input) driven by a fixed-seed generator, so a failure reproduces on every run.
struct ByteMutator {
    private var state: UInt64

    /// A mutator whose sequence of edits is fixed by `seed`.
    init(seed: UInt64) {
        state = seed | 1
    }

    /// The next pseudo-random number (xorshift64*).
    private mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    private mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }

    /// Bytes that matter to the parsers under test.
    private static let interesting: [[UInt8]] = [
        "{", "}", "[", "]", ":", "-", "\n", "  ", "'", "\"", "\\", "*", "&a ", "*a", "..", "?(@", "=", "==", "-1",
        "9223372036854775807", "-9223372036854775808", "2147483648", "1e19", ".inf", "0x", "%", "\u{0}", "\t",
    ].map { Array($0.utf8) }

    /// `input` after one to four edits, spliced with `other` now and then.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            let at = below(bytes.count + 1)
            switch below(6) {
            case 0 where !bytes.isEmpty:
                bytes[min(at, bytes.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
            case 1:
                bytes.insert(contentsOf: Self.interesting[below(Self.interesting.count)], at: at)
            case 2 where !bytes.isEmpty:
                bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(8)))
            case 3 where !bytes.isEmpty:
                let start = below(bytes.count)
                let slice = bytes[start..<min(bytes.count, start + 1 + below(16))]
                bytes.insert(contentsOf: slice, at: at)
            case 4 where !other.isEmpty:
                let start = below(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + below(64))], at: at)
            default:
                bytes.insert(UInt8(truncatingIfNeeded: next()), at: at)
            }
        }
        return bytes
    }
}
