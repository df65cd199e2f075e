/// One flag a kubectl command accepts: its names, value type, default and help text.
public struct FlagSpec: Hashable, Sendable {
    /// The long name without dashes, e.g. `output`.
    public var name: String
    /// The one-letter shorthand, e.g. `o`.
    public var shorthand: Character?
    /// How the value is parsed.
    public var kind: FlagKind
    /// The default value as kubectl prints it in help (`''` is written as the empty string here).
    public var defaultValue: String
    /// The help text shown under `Options:`.
    public var usage: String

    /// Creates a flag description.
    public init(_ name: String, _ shorthand: Character? = nil, _ kind: FlagKind, default defaultValue: String? = nil, _ usage: String) {
        self.name = name
        self.shorthand = shorthand
        self.kind = kind
        switch kind {
        case .bool: self.defaultValue = defaultValue ?? "false"
        case .int: self.defaultValue = defaultValue ?? "0"
        case .duration: self.defaultValue = defaultValue ?? "0s"
        case .stringArray: self.defaultValue = defaultValue ?? ""
        case .string, .optionalString: self.defaultValue = defaultValue ?? ""
        }
        self.usage = usage
    }

    /// True when the flag never consumes a following argument.
    var takesNoValue: Bool {
        switch kind {
        case .bool, .optionalString: return true
        default: return false
        }
    }

    /// The name pflag uses in `invalid argument` messages: `-w, --watch` or `--timeout`.
    var displayName: String {
        if let shorthand { return "-\(shorthand), --\(name)" }
        return "--\(name)"
    }

    /// The default as help prints it: `=false`, `='':`, `=[]`, `=-1`.
    var helpDefault: String {
        switch kind {
        case .stringArray: return defaultValue.isEmpty ? "[]" : "[\(defaultValue)]"
        case .string, .optionalString: return "'\(defaultValue)'"
        default: return defaultValue
        }
    }
}
