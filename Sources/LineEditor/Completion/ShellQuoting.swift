/// Quotes completion candidates so that the shell's tokenizer reads them back unchanged.
///
/// Without an opening quote, special characters are escaped with a backslash (`my\ pod`), which
/// also works for a partial common prefix. When the learner already opened a quote, the candidate
/// continues inside it and is closed only when complete.
public enum ShellQuoting {
    /// The quote a token opened, if any.
    public enum Style: Equatable, Sendable {
        case none, single, double
    }

    /// Characters that end a word or mean something to a POSIX shell.
    static let specialCharacters: Set<Character> = [
        " ", "\t", "\n", "'", "\"", "\\", "$", "`", "&", "|", ";", "<", ">", "(", ")", "*", "?", "[",
        "]", "{", "}", "#", "~",
    ]

    /// Whether `value` needs quoting.
    public static func needsQuoting(_ value: String) -> Bool {
        value.contains { specialCharacters.contains($0) }
    }

    /// The quote style implied by the raw text of a token.
    public static func style(ofToken token: Substring) -> Style {
        switch token.first {
        case "'": .single
        case "\"": .double
        default: .none
        }
    }

    /// Quotes `value` for insertion in `style`; `complete` adds the closing quote.
    public static func quote(_ value: String, style: Style, complete: Bool) -> String {
        switch style {
        case .none:
            var result = ""
            for character in value {
                if specialCharacters.contains(character) { result.append("\\") }
                result.append(character)
            }
            return result
        case .single:
            let body = value.replacingAll("'", with: "'\\''")
            return "'" + body + (complete ? "'" : "")
        case .double:
            var body = ""
            for character in value {
                if character == "\"" || character == "\\" || character == "$" || character == "`" {
                    body.append("\\")
                }
                body.append(character)
            }
            return "\"" + body + (complete ? "\"" : "")
        }
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation).
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
