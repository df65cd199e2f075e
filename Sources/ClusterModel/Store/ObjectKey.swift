/// The identity of a stored object within its resource type: namespace (empty when cluster-scoped) and name.
///
/// The hash of namespace and name is computed once, when the key is made: keys are hashed and compared far more
/// often than they are made (dictionaries, sets, index lookups), and comparing the stored hashes first
/// settles almost every unequal comparison without looking at the strings.
struct ObjectKey: CarriesHash, Comparable, Sendable {
    /// The namespace, `""` for cluster-scoped objects.
    let namespace: String
    /// The object name.
    let name: String
    /// FNV-1a (64 bit) over the namespace, a separator and the name.
    let hashCode: UInt64

    init(namespace: String, name: String) {
        self.init(namespace: namespace, name: name, hashCode: ObjectKey.hashCode(namespace: namespace, name: name))
    }

    /// A key whose hash is already known (`hashCode` must be `ObjectKey.hashCode(namespace:name:)`).
    init(namespace: String, name: String, hashCode: UInt64) {
        self.namespace = namespace
        self.name = name
        self.hashCode = hashCode
    }

    /// The hash a key of `namespace` and `name` carries.
    static func hashCode(namespace: String, name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        hash = fnv1a(namespace, hash)
        hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3  // 0xFF never occurs in UTF-8: separates namespace and name
        return fnv1a(name, hash)
    }

    /// FNV-1a (64 bit) over the UTF-8 bytes of `text`, continuing from `hash`. Reads native strings' bytes in place
    /// (iterating `utf8` costs several times more per byte).
    @inline(__always)
    static func fnv1a(_ text: String, _ start: UInt64) -> UInt64 {
        if let hash = text.utf8.withContiguousStorageIfAvailable({ bytes in
            var hash = start
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }) {
            return hash
        }
        var hash = start
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    static func == (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        lhs.hashCode == rhs.hashCode && lhs.name == rhs.name && lhs.namespace == rhs.namespace
    }

    /// Mixes a 64-bit hash with a table seed (the finalizer of MurmurHash3, which spreads every input bit).
    @inline(__always)
    static func mix(_ hash: UInt64, seed: Int) -> UInt64 {
        var value = hash ^ UInt64(truncatingIfNeeded: seed)
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value &*= 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value
    }

    static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        lhs.namespace != rhs.namespace ? lhs.namespace < rhs.namespace : lhs.name < rhs.name
    }
}
