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
    /// The same alphabet as ASCII bytes.
    private static let nameAlphabetBytes: [UInt8] = Array("bcdfghjklmnpqrstvwxz2456789".utf8)

    /// `n` characters from the 27-character alphabet, each from 5 random bits with rejection (as `utilrand.String`).
    mutating func nameSuffix(_ count: Int = 5) -> String {
        guard count > 0 else { return "" }
        // Written straight into the string's storage (one allocation, none for short suffixes); every byte up to
        // `count` is initialized.
        return String(unsafeUninitializedCapacity: count) { bytes in
            var position = 0
            while position < count {
                let value = Int(next() & 31)
                if value < 27 {
                    bytes[position] = SeededRandom.nameAlphabetBytes[value]
                    position += 1
                }
            }
            return count
        }
    }

    /// `prefix` followed by `nameSuffix(count)` (the same random draws), written in one allocation: a generated
    /// object name such as a pod's `<replicaset>-<5 chars>`.
    mutating func name(prefix: String, suffixLength count: Int = 5) -> String {
        var prefix = prefix
        return prefix.withUTF8 { head in
            String(unsafeUninitializedCapacity: head.count + max(0, count)) { bytes in
                var position = 0
                for byte in head {
                    bytes[position] = byte
                    position += 1
                }
                while position < head.count + count {
                    let value = Int(next() & 31)
                    if value < 27 {
                        bytes[position] = SeededRandom.nameAlphabetBytes[value]
                        position += 1
                    }
                }
                return position
            }
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A lowercase RFC 4122 version-4 UUID string.
    mutating func uuid() -> String {
        let (high, low) = uuidBits()
        return SeededRandom.uuidString(high: high, low: low)
    }

    /// The 128 bits of the next version-4 UUID (what `uuid()` formats), for callers that format it later.
    mutating func uuidBits() -> (high: UInt64, low: UInt64) {
        let high = (next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let low = (next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return (high, low)
    }

    /// The UUID string of the bits `uuidBits()` returned.
    static func uuidString(high: UInt64, low: UInt64) -> String {
        // Written straight into the string's storage (one allocation); every byte is initialized below.
        return String(unsafeUninitializedCapacity: 36) { bytes in
            var position = 0
            for word in [high, low] {
                var shift = 60
                while shift >= 0 {
                    if position == 8 || position == 13 || position == 18 || position == 23 {
                        bytes[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    bytes[position] = SeededRandom.hexDigits[Int((word >> UInt64(shift)) & 0xF)]
                    position += 1
                    shift -= 4
                }
            }
            return position
        }
    }

    /// `count` lowercase hex digits (for container IDs and image digests).
    mutating func hexString(_ count: Int) -> String {
        guard count > 0 else {
            _ = next()  // the generator advances as for any other count
            return ""
        }
        // Written straight into the string's storage (one allocation); every byte up to `count` is initialized.
        return String(unsafeUninitializedCapacity: count) { bytes in
            var word = next()
            var left = 16
            for position in 0..<count {
                if left == 0 {
                    word = next()
                    left = 16
                }
                bytes[position] = SeededRandom.hexDigits[Int(word & 0xF)]
                word >>= 4
                left -= 1
            }
            return count
        }
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
