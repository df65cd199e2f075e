/// The line being edited and where the cursor is, as handed to a ``CompletionProvider``.
public struct CompletionRequest: Equatable, Sendable {
    /// The whole line.
    public var line: String
    /// The cursor position, in `Character`s from the start of ``line``.
    public var cursor: Int

    public init(line: String, cursor: Int) {
        self.line = line
        self.cursor = cursor
    }

    /// The text before the cursor.
    public var textBeforeCursor: Substring {
        line.prefix(max(0, cursor))
    }
}
