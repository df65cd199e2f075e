/// Everything kubectl knows about one command: its path, help text and flags.
public struct VerbSpec: Sendable {
    /// The command path after `kubectl`, e.g. `["rollout", "status"]`.
    public var path: [String]
    /// The one-line summary shown in command lists.
    public var summary: String
    /// The long description printed at the top of `--help` (already laid out).
    public var long: String
    /// The `Examples:` block (lines indented by two spaces), or empty.
    public var examples: String
    /// The text after `Usage:` (without the leading two spaces).
    public var usage: String
    /// The command's own flags (global flags are separate).
    public var flags: [FlagSpec]
    /// Sub-commands as (name, summary), for `rollout` and `config`.
    public var subcommands: [(String, String)]
    /// Whether the simulated cluster implements the command.
    public var supported: Bool
    /// The command's name and aliases for the `Aliases:` section (`configmap, cm`), or empty.
    public var aliases: [String]

    /// Creates a command description.
    public init(path: [String], summary: String, long: String, aliases: [String] = [], examples: String = "", usage: String,
                flags: [FlagSpec] = [], subcommands: [(String, String)] = [], supported: Bool = true) {
        self.aliases = aliases
        self.path = path
        self.summary = summary
        self.long = long
        self.examples = examples
        self.usage = usage
        self.flags = flags
        self.subcommands = subcommands
        self.supported = supported
    }

    /// `kubectl get`, `kubectl rollout status`.
    public var commandPath: String { (["kubectl"] + path).joined(separator: " ") }

    /// The flag with this long name, if the command or the global set has it.
    func flag(named name: String) -> FlagSpec? {
        flags.first { $0.name == name } ?? VerbCatalog.globalFlags.first { $0.name == name }
    }

    /// The flag with this shorthand, if any.
    func flag(shorthand: Character) -> FlagSpec? {
        flags.first { $0.shorthand == shorthand } ?? VerbCatalog.globalFlags.first { $0.shorthand == shorthand }
    }
}
