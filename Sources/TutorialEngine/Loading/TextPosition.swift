/// A line and column (1-based) in a lesson file.
struct TextPosition: Hashable, Sendable {
    var line: Int
    var column: Int
}
