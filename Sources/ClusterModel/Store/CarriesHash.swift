/// A dictionary or set key that computes its hash once, when it is made, and hands that to `Hashable`.
///
/// The model's keys are hashed for every store, index and queue access (hundreds of thousands of times per second at
/// scale); a full SipHash round over their strings costs more than the rest of a lookup. Conforming types store
/// `hashCode` and compare it first in `==`.
protocol CarriesHash: Hashable {
    /// The key's hash, computed once (for example FNV-1a over its strings).
    var hashCode: UInt64 { get }
}

extension CarriesHash {
    func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }

    /// The hash Dictionary and Set use: the stored hash mixed with the table's seed, without running a `Hasher`.
    /// The seed is still mixed in, so tables of different sizes or instances do not share a layout (which keeps
    /// copying between them linear). Nothing depends on iteration order: every listing is sorted.
    func _rawHashValue(seed: Int) -> Int { Int(truncatingIfNeeded: ObjectKey.mix(hashCode, seed: seed)) }
}
