/// A small deterministic pseudo-random generator (SplitMix64): one seed fixes every generated name, IP and UID.
struct SeededRandom: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The alphabet of apimachinery's `utilrand.String` (27 characters).
    static let nameAlphabet = Array("bcdfghjklmnpqrstvwxz2456789")

    /// `n` characters from the 27-character alphabet, each from 5 random bits with rejection (as `utilrand.String`).
    mutating func nameSuffix(_ count: Int = 5) -> String {
        var result = ""
        result.reserveCapacity(count)
        while result.count < count {
            let value = Int(next() & 31)
            if value < 27 { result.append(SeededRandom.nameAlphabet[value]) }
        }
        return result
    }

    /// A lowercase RFC 4122 version-4 UUID string.
    mutating func uuid() -> String {
        var high = next()
        var low = next()
        high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = SeededRandom.hex(high, digits: 16) + SeededRandom.hex(low, digits: 16)
        let chars = Array(hex)
        return String(chars[0..<8]) + "-" + String(chars[8..<12]) + "-" + String(chars[12..<16]) + "-"
            + String(chars[16..<20]) + "-" + String(chars[20..<32])
    }

    /// `count` lowercase hex digits (for container IDs and image digests).
    mutating func hexString(_ count: Int) -> String {
        var result = ""
        while result.count < count { result += SeededRandom.hex(next(), digits: 16) }
        return String(result.prefix(count))
    }

    /// A uniform integer in `0..<bound`.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// `value` as zero-padded lowercase hex.
    static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return text.count >= digits ? text : String(repeating: "0", count: digits - text.count) + text
    }
}
