/// How a shell session starts: its seed, its surroundings and whether a person is typing.
public struct ShellConfiguration: Sendable {
    /// Fixes every generated name, IP and UID.
    public var seed: UInt64
    /// The process environment (colors, XDG paths, locale).
    public var environment: [String: String]
    /// True when stdin and stdout are a terminal: line editing, colors, and virtual time following real time.
    public var interactive: Bool
    /// A real directory whose files `ls`, `cat` and `kubectl apply -f` see (the current directory).
    public var workingDirectory: String?

    /// Creates a configuration.
    public init(seed: UInt64, environment: [String: String], interactive: Bool, workingDirectory: String?) {
        self.seed = seed
        self.environment = environment
        self.interactive = interactive
        self.workingDirectory = workingDirectory
    }

    /// Whether output may carry ANSI colors: only on a terminal, and never with NO_COLOR or TERM=dumb.
    public var colors: Bool {
        guard interactive else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
