/// A key of the label indexes: one `key=value` label within a namespace.
///
/// A struct rather than a joined string, so that looking a label up allocates nothing. Like `ObjectKey` it carries
/// its hash, computed once when the key is made (FNV-1a over the three parts), so that hashing it in the index costs
/// one word instead of three strings.
struct LabelIndexKey: CarriesHash, Sendable {
    let namespace: String
    let key: String
    let value: String
    let hashCode: UInt64

    init(namespace: String, key: String, value: String) {
        self.namespace = namespace
        self.key = key
        self.value = value
        // 0xFF never occurs in UTF-8: it separates the parts.
        let separator: (UInt64) -> UInt64 = { ($0 ^ 0xFF) &* 0x0000_0100_0000_01B3 }
        let afterNamespace = separator(ObjectKey.fnv1a(namespace, 0xcbf2_9ce4_8422_2325))
        let afterKey = separator(ObjectKey.fnv1a(key, afterNamespace))
        self.hashCode = ObjectKey.fnv1a(value, afterKey)
    }

    static func == (lhs: LabelIndexKey, rhs: LabelIndexKey) -> Bool {
        lhs.hashCode == rhs.hashCode && lhs.value == rhs.value && lhs.key == rhs.key && lhs.namespace == rhs.namespace
    }
}
