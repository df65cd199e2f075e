/// Splits a command line into words the way a POSIX shell does (without expansions).
///
/// Supports `'…'` (literal), `"…"` (with `\` escaping `$`, `` ` ``, `"`, `\` and newline), a backslash
/// outside quotes escaping the next character, and comments starting with an unquoted `#` at the
/// beginning of a word. Quoted empty strings (`''`, `""`) are kept as empty words.
public enum ShellWords {
    /// The words of `line`, or an error for an unterminated quote or a trailing backslash.
    public static func split(_ line: String) throws(ShellWordsError) -> [String] {
        try scan(line).words
    }

    /// The words of `line` and the first shell operator character (`|`, `;`, `&`, `<`, `>`) outside quotes, if
    /// any: a line the shell runs has none (there are no pipes or redirections here), and saying so beats passing
    /// `| tail -3` on to kubectl as arguments.
    public static func scan(_ line: String) throws(ShellWordsError) -> (words: [String], operator: Character?) {
        var unquotedOperator: Character? = nil
        var words: [String] = []
        var current = ""
        var inWord = false
        var iterator = Array(line)
        var index = 0
        func finishWord() {
            if inWord { words.append(current) }
            current = ""
            inWord = false
        }
        while index < iterator.count {
            let character = iterator[index]
            switch character {
            case " ", "\t", "\n", "\r":
                finishWord()
            case "#" where !inWord:
                index = iterator.count
                continue
            case "\\":
                guard index + 1 < iterator.count else { throw .trailingBackslash }
                index += 1
                if iterator[index] != "\n" {
                    current.append(iterator[index])
                    inWord = true
                }
            case "'":
                inWord = true
                index += 1
                while index < iterator.count, iterator[index] != "'" {
                    current.append(iterator[index])
                    index += 1
                }
                guard index < iterator.count else { throw .unterminatedSingleQuote }
            case "\"":
                inWord = true
                index += 1
                while index < iterator.count, iterator[index] != "\"" {
                    if iterator[index] == "\\", index + 1 < iterator.count, "$`\"\\\n".contains(iterator[index + 1]) {
                        index += 1
                        if iterator[index] != "\n" { current.append(iterator[index]) }
                    } else {
                        current.append(iterator[index])
                    }
                    index += 1
                }
                guard index < iterator.count else { throw .unterminatedDoubleQuote }
            default:
                if unquotedOperator == nil, "|;&<>".contains(character) { unquotedOperator = character }
                current.append(character)
                inWord = true
            }
            index += 1
        }
        finishWord()
        iterator.removeAll()
        return (words, unquotedOperator)
    }
}
