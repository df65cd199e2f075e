extension ObjectKey {
    /// A sort key for the first 24 bytes of an ASCII name: three big-endian 8-byte words, zero-padded.
    ///
    /// For ASCII text String's order is the order of the bytes, so comparing the words orders names as `<` does
    /// whenever they differ within their first 24 bytes; only ties need String's (much slower) comparison.
    /// `nil` for non-ASCII names, which always use String's comparison.
    private struct NamePrefix: Comparable {
        var words: (UInt64, UInt64, UInt64)

        init?(_ name: String) {
            if let prefix = name.utf8.withContiguousStorageIfAvailable({ NamePrefix(bytes: $0) }) {
                guard let prefix else { return nil }
                self = prefix
                return
            }
            guard let prefix = NamePrefix(bytes: Array(name.utf8)) else { return nil }
            self = prefix
        }

        /// The prefix of a name given as its UTF-8 bytes (read in place for native strings), eight bytes at a time.
        private init?(bytes: some Collection<UInt8>) {
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
            var high: UInt64 = 0  // the top bits of every byte: non-zero for a non-ASCII name
            var word: UInt64 = 0
            var index = 0
            for byte in bytes {
                word = word << 8 | UInt64(byte)
                index += 1
                if index & 7 == 0 {
                    high |= word
                    switch index {
                    case 8: words.0 = word
                    case 16: words.1 = word
                    case 24: words.2 = word
                    default: break
                    }
                    word = 0
                }
            }
            let rest = index & 7
            if rest != 0 {
                high |= word
                let padded = word << UInt64(8 * (8 - rest))
                switch index / 8 {
                case 0: words.0 = padded
                case 1: words.1 = padded
                case 2: words.2 = padded
                default: break
                }
            }
            guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
            self.words = words
        }

        static func < (lhs: NamePrefix, rhs: NamePrefix) -> Bool {
            if lhs.words.0 != rhs.words.0 { return lhs.words.0 < rhs.words.0 }
            if lhs.words.1 != rhs.words.1 { return lhs.words.1 < rhs.words.1 }
            return lhs.words.2 < rhs.words.2
        }

        static func == (lhs: NamePrefix, rhs: NamePrefix) -> Bool { lhs.words == rhs.words }
    }

    /// `keys` sorted as `sorted()` sorts them (namespace, then name), computing each name's byte prefix once
    /// instead of running String's comparison for every pair (sorting thousands of pod keys per sync).
    static func sorted(_ keys: some Sequence<ObjectKey>) -> [ObjectKey] {
        let all = Array(keys)
        if let fast = sortedInOneNamespace(all) { return fast }
        var decorated = all.map { (key: $0, prefix: NamePrefix($0.name)) }
        decorated.sort { lhs, rhs in
            if lhs.key.namespace != rhs.key.namespace { return lhs.key.namespace < rhs.key.namespace }
            if let a = lhs.prefix, let b = rhs.prefix, a != b { return a < b }
            return lhs.key.name < rhs.key.name
        }
        return decorated.map(\.key)
    }

    /// `keys` sorted as by `sorted(_:)`, each distinct key once.
    static func sortedUnique(_ keys: [ObjectKey]) -> [ObjectKey] {
        let sorted = ObjectKey.sorted(keys)
        var result: [ObjectKey] = []
        result.reserveCapacity(sorted.count)
        for key in sorted where result.last != key { result.append(key) }
        return result
    }

    /// One entry of the fast sort: a name's byte prefix and the key's position, no reference-counted fields, so
    /// sorting moves plain words.
    private struct SortEntry {
        var prefix: NamePrefix
        var position: Int
    }

    /// The common case of `sorted(_:)`: every key in one namespace with an ASCII name. Sorts plain prefixes and
    /// positions (ties in the first 24 bytes fall back to comparing the names); nil when the case does not apply.
    private static func sortedInOneNamespace(_ keys: [ObjectKey]) -> [ObjectKey]? {
        guard let namespace = keys.first?.namespace else { return [] }
        var entries: [SortEntry] = []
        entries.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() {
            guard key.namespace == namespace, let prefix = NamePrefix(key.name) else { return nil }
            entries.append(SortEntry(prefix: prefix, position: position))
        }
        entries.sort { lhs, rhs in
            if lhs.prefix != rhs.prefix { return lhs.prefix < rhs.prefix }
            let a = keys[lhs.position].name
            let b = keys[rhs.position].name
            if a != b { return a < b }
            return lhs.position < rhs.position
        }
        return entries.map { keys[$0.position] }
    }
}
