/// Why a POSIX regular expression is invalid, in GNU grep's words.
enum RegexSyntaxError: Error, Hashable {
    case unmatchedBracket, unmatchedOpen, unmatchedClose, unmatchedBrace, badInterval, trailingBackslash, badRange
    case badClass, invalid, tooBig
    case classOutsideBracket(String)

    /// The message after `grep: `.
    var message: String {
        switch self {
        case .unmatchedBracket: return "Unmatched [, [^, [:, [., or [="
        case .unmatchedOpen: return "Unmatched ( or \\("
        case .unmatchedClose: return "Unmatched ) or \\)"
        case .unmatchedBrace: return "Unmatched \\{"
        case .badInterval: return "Invalid content of \\{\\}"
        case .trailingBackslash: return "Trailing backslash"
        case .badRange: return "Invalid range end"
        case .badClass: return "Invalid character class name"
        case .invalid: return "Invalid regular expression"
        case .tooBig: return "Regular expression too big"
        case .classOutsideBracket: return "character class syntax is [[:space:]], not [:space:]"
        }
    }
}
