import Kubectl

/// A shell line split at its unquoted `|` into the commands of a pipeline.
///
/// The quoting rules are `ShellWords`': `'…'` is literal, `"…"` keeps `\` before `$`, `` ` ``, `"`, `\` and
/// newline, a backslash outside quotes escapes the next character, and an unquoted `#` at the start of a word
/// begins a comment. So `grep 'a|b'` and `echo a\|b` hold no pipe. `||` and `|&` are command-list and
/// redirection syntax, which the shell does not run; they are reported, not split.
public struct Pipeline: Hashable, Sendable {
    /// The text of each command, in order (at least one; untrimmed).
    public var commands: [String]

    /// True when the line has more than one command.
    public var isPipe: Bool { commands.count > 1 }

    /// Splits `line` at unquoted `|`.
    ///
    /// A line without a pipe gives one command, the whole line, even when its quotes are unbalanced (the word
    /// scanner reports those). An empty command before or after a `|` is bash's syntax error.
    public static func split(_ line: String) throws(PipelineError) -> Pipeline {
        let characters = Array(line)
        var commands: [String] = []
        var current = ""
        var inWord = false
        var index = 0
        func endCommand() throws(PipelineError) {
            if current.allSatisfy(\.isWhitespace) { throw .emptyCommand }
            commands.append(current)
            current = ""
            inWord = false
        }
        scanning: while index < characters.count {
            let character = characters[index]
            switch character {
            case " ", "\t", "\n", "\r":
                inWord = false
                current.append(character)
            case "#" where !inWord:
                break scanning
            case "\\":
                current.append(character)
                inWord = true
                if index + 1 < characters.count {
                    index += 1
                    current.append(characters[index])
                }
            case "'", "\"":
                inWord = true
                current.append(character)
                index += 1
                while index < characters.count, characters[index] != character {
                    if character == "\"", characters[index] == "\\", index + 1 < characters.count {
                        current.append(characters[index])
                        index += 1
                    }
                    current.append(characters[index])
                    index += 1
                }
                if index < characters.count { current.append(characters[index]) }
            case "|":
                if index + 1 < characters.count, characters[index + 1] == "|" || characters[index + 1] == "&" {
                    throw .listOperator(characters[index + 1] == "|" ? "||" : "|&")
                }
                try endCommand()
            default:
                inWord = true
                current.append(character)
            }
            index += 1
        }
        if commands.isEmpty { return Pipeline(commands: [line]) }
        if current.allSatisfy(\.isWhitespace) { throw .missingCommandAtEnd }
        commands.append(current)
        return Pipeline(commands: commands)
    }

    /// The words of the first command of `line` (the whole line without a pipe), or nil when it does not scan.
    ///
    /// Lessons use it to compare what a learner ran with `kubectl …` rules: `kubectl delete pod x | cat` is a
    /// delete all the same.
    public static func firstCommandWords(_ line: String) -> [String]? {
        guard let pipeline = try? split(line), let words = try? ShellWords.split(pipeline.commands[0]) else {
            return nil
        }
        return words
    }
}
