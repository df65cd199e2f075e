extension String {
    /// Whether the UTF-8 bytes of `needle` occur in this string's UTF-8 bytes.
    ///
    /// The standard library's `contains(_:)` for strings compares characters through a generic search and costs
    /// microseconds per call; the controllers search their own ASCII messages (object names in quotes) on every status
    /// update, where comparing bytes gives the same answer.
    func containsBytes(of needle: String) -> Bool {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= haystack.count else { return false }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }
}
