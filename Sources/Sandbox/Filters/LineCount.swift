/// A count of lines as head and tail read it: digits, optionally with GNU's multiplier suffixes.
enum LineCount {
    /// The number of `text` (without sign), or nil when GNU would call it invalid. Counts too large for an
    /// `Int` saturate, as GNU's do.
    static func parse(_ text: Substring) -> Int? {
        let multipliers: [String: Int] = [
            "": 1, "b": 512, "kB": 1000, "K": 1024, "k": 1024, "KiB": 1024, "MB": 1_000_000, "M": 1 << 20, "MiB": 1 << 20,
            "GB": 1_000_000_000, "G": 1 << 30, "GiB": 1 << 30,
        ]
        let digits = text.prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty, let multiplier = multipliers[String(text.dropFirst(digits.count))] else { return nil }
        guard let value = Int(digits) else { return Int.max }
        let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
        return overflow ? Int.max : product
    }
}
