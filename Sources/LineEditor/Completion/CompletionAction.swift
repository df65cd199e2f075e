/// What the editor does after Tab, as decided by ``CompletionEngine``.
public enum CompletionAction: Equatable, Sendable {
    /// Nothing to do: ring the bell.
    case beep
    /// Delete `deleting` characters before the cursor, then insert `text`.
    case replace(deleting: Int, text: String)
    /// Print `listing` (lines joined by "\n") under the line, then redraw the prompt and line.
    case list(String)
}
