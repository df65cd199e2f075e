/// Turns fuzzer bytes into the text the tutor would receive.
enum FuzzInput {
    /// The bytes as text, with invalid UTF-8 replaced by U+FFFD as a terminal or file reader would.
    static func text(_ input: [UInt8]) -> String {
        String(decoding: input, as: UTF8.self)
    }

    /// At most `limit` lines of the input (a line per shell command).
    static func lines(_ input: [UInt8], limit: Int) -> [String] {
        text(input).split(separator: "\n", maxSplits: limit, omittingEmptySubsequences: false).prefix(limit).map(String.init)
    }
}
