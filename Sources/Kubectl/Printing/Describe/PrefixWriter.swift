import ClusterModel

/// kubectl describe's `PrefixWriter`: lines written at an indentation level (two spaces per level) into a
/// buffer that is then aligned by the describe tabwriter (``TabWriter/describe()``).
struct PrefixWriter {
    private(set) var text = ""

    /// Writes `content` prefixed by `level` × two spaces (`w.Write(LEVEL_n, …)`), escaped for the terminal as
    /// kubectl's prefix writer does (`printers.WriteEscaped`).
    mutating func write(_ level: Int, _ content: String) {
        text += String(repeating: "  ", count: level) + TerminalEscaping.kubectl(content)
    }

    /// Writes `content` and a newline with no prefix (`w.WriteLine`), escaped for the terminal.
    mutating func writeLine(_ content: String) { text += TerminalEscaping.kubectl(content) + "\n" }

    /// The aligned output.
    func rendered() -> String {
        var writer = TabWriter.describe()
        return writer.format(text)
    }
}
