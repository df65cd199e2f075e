/// The styles the lesson renderer uses for runs of text.
public enum TextStyle: Hashable, Sendable {
    /// Ordinary prose.
    case plain
    /// A code span or code block (commands, names, fields).
    case code
    /// Strong emphasis.
    case bold
    /// A heading inside a text, or a step title.
    case heading
    /// A passed check (always accompanied by ✓ and a word, never colour alone).
    case success
    /// A failing check (always accompanied by ✗ and a word).
    case failure
    /// Secondary information (hints about meta-commands, progress counters).
    case dim
}
