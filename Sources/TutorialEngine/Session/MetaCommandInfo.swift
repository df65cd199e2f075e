/// A lesson meta-command with its one-line help in each language, for help screens and Tab completion.
public struct MetaCommandInfo: Hashable, Sendable {
    /// The word, e.g. `hint`.
    public var name: String
    /// The usage, e.g. `reset [lesson]`.
    public var usage: String
    /// One line of help, keyed by language (`en`, `zh-CN`).
    public var summary: [String: String]

    /// A meta-command description.
    public init(name: String, usage: String, summary: [String: String]) {
        self.name = name
        self.usage = usage
        self.summary = summary
    }

    /// The help line in `language` (English when missing).
    public func summary(in language: String) -> String { summary[language] ?? summary["en"] ?? "" }
}
