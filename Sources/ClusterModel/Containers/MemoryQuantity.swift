/// A memory quantity (`128Mi`, `1G`, `250M`, `1e9`) as a number of bytes, for comparing what a process needs with
/// its container's limit.
enum MemoryQuantity {
    /// The bytes `text` stands for, or nil when it is not a quantity.
    static func bytes(_ text: String) -> Double? {
        let suffixes: [(String, Double)] = [
            ("Ki", 1024), ("Mi", 1_048_576), ("Gi", 1_073_741_824), ("Ti", 1_099_511_627_776), ("k", 1e3), ("K", 1e3), ("M", 1e6),
            ("G", 1e9), ("T", 1e12), ("m", 1e-3),
        ]
        for (suffix, factor) in suffixes where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count)).map { $0 * factor }
        }
        return Double(text)
    }
}
