/// The value type of a command-line flag, which decides how pflag parses it.
public enum FlagKind: Hashable, Sendable {
    /// `--flag`, `--flag=true|false`; never consumes the next argument.
    case bool
    /// A string value: `--flag value`, `--flag=value`, `-fvalue`.
    case string
    /// An integer value, validated with Go's `strconv.ParseInt` wording.
    case int
    /// A Go duration (`30s`, `2m`, `0`).
    case duration
    /// A repeatable string list (`-f a -f b`, also comma-separated).
    case stringArray
    /// A string whose value is optional: given alone it takes `noValue` (`--dry-run` → `unchanged`).
    case optionalString(noValue: String)
}
