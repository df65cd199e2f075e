/// Why a command line could not be split into words.
public enum ShellWordsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A `'` was opened and never closed.
    case unterminatedSingleQuote
    /// A `"` was opened and never closed.
    case unterminatedDoubleQuote
    /// The line ends with an unescaped backslash.
    case trailingBackslash

    /// A message in the style of a POSIX shell.
    public var description: String {
        switch self {
        case .unterminatedSingleQuote: return "unexpected EOF while looking for matching `''"
        case .unterminatedDoubleQuote: return "unexpected EOF while looking for matching `\"'"
        case .trailingBackslash: return "unexpected EOF after `\\'"
        }
    }
}
