/// POSIX basic and extended regular expressions (GNU grep's dialects) translated into Swift `Regex` syntax.
///
/// Hand-written because Swift's `Regex` and Foundation's `NSRegularExpression` speak Perl-style syntax: in a
/// basic expression `\(`, `\)`, `\{`, `\}`, `\|`, `\+` and `\?` are the operators and the bare characters are
/// literal, a `*` at the start is literal, and `^`/`$` anchor only at the ends. Bracket expressions take
/// `[:alpha:]`-style classes (C locale, as GNU in `C.UTF-8`), `]` first is literal. Errors carry GNU grep's
/// texts (`Unmatched [, [^, [:, [., or [=`). Matching is Swift's leftmost-first, not POSIX leftmost-longest,
/// which only changes which text matches, never whether a line does — except with back-references.
enum PosixRegex {
    /// The Swift regex syntax for `pattern`, or GNU grep's message for why it is invalid.
    static func translate(_ pattern: String, extended: Bool) -> Result<String, RegexSyntaxError> {
        var translator = Translator(scalars: Array(pattern.unicodeScalars), extended: extended)
        do throws(RegexSyntaxError) {
            return .success(try translator.run())
        } catch {
            return .failure(error)
        }
    }

    /// `text` matched literally (grep -F).
    static func literal(_ text: String) -> String {
        text.unicodeScalars.map(Translator.escaped).joined()
    }

    private struct Translator {
        let scalars: [Unicode.Scalar]
        let extended: Bool
        var index = 0
        var output = ""
        var openGroups = 0
        /// True where a quantifier has nothing to repeat (start, after `(` or `|`).
        var atExpressionStart = true

        init(scalars: [Unicode.Scalar], extended: Bool) {
            self.scalars = scalars
            self.extended = extended
        }

        static func escaped(_ scalar: Unicode.Scalar) -> String {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar.value > 0x7F { return String(scalar) }
            if scalar.value < 0x20 || scalar.value == 0x7F { return "\\x{" + String(scalar.value, radix: 16) + "}" }
            if scalar == " " { return " " }
            return "\\" + String(scalar)
        }

        mutating func run() throws(RegexSyntaxError) -> String {
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if scalar == "\\" {
                    guard index < scalars.count else { throw .trailingBackslash }
                    let next = scalars[index]
                    index += 1
                    try escape(next)
                    continue
                }
                try plain(scalar)
            }
            if openGroups > 0 { throw .unmatchedOpen }
            return output
        }

        mutating func plain(_ scalar: Unicode.Scalar) throws(RegexSyntaxError) {
            switch scalar {
            case "[":
                output += try bracket()
                atExpressionStart = false
            case ".":
                output += "."
                atExpressionStart = false
            case "^":
                if extended || atExpressionStart {
                    output += "^"
                } else {
                    output += "\\^"
                    atExpressionStart = false
                }
            case "$":
                if extended || atEnd() { output += "$" } else { output += "\\$" }
                if !extended { atExpressionStart = false }
            case "*":
                if atExpressionStart {
                    if !extended {
                        output += "\\*"
                        atExpressionStart = false
                    }
                } else {
                    output += "*"
                }
            case "+" where extended, "?" where extended:
                if !atExpressionStart { output += String(scalar) }
            case "{" where extended:
                if atExpressionStart {
                    _ = try interval(closing: "}")
                } else if let quantifier = try interval(closing: "}") {
                    output += quantifier
                } else {
                    output += "\\{"
                }
            case "(" where extended:
                try openGroup()
            case ")" where extended && openGroups > 0:
                closeGroup()
            case "|" where extended:
                output += "|"
                atExpressionStart = true
            default:
                output += Self.escaped(scalar)
                atExpressionStart = false
            }
        }

        mutating func escape(_ scalar: Unicode.Scalar) throws(RegexSyntaxError) {
            switch scalar {
            case "(" where !extended: try openGroup()
            case ")" where !extended:
                guard openGroups > 0 else { throw .unmatchedClose }
                closeGroup()
            case "|" where !extended:
                output += "|"
                atExpressionStart = true
            case "{" where !extended:
                guard let quantifier = try interval(closing: "\\}") else { throw .unmatchedBrace }
                if !atExpressionStart { output += quantifier }
            case "+" where !extended, "?" where !extended:
                if !atExpressionStart { output += String(scalar) }
            case "1"..."9":
                output += "\\" + String(scalar)
                atExpressionStart = false
            case "<", ">", "b":
                output += "\\b"
            case "B":
                output += "\\B"
            case "w", "W", "s", "S":
                output += "\\" + String(scalar)
                atExpressionStart = false
            case "`":
                output += "^"
            case "'":
                output += "$"
            default:
                output += Self.escaped(scalar)
                atExpressionStart = false
            }
        }

        mutating func openGroup() throws(RegexSyntaxError) {
            // Swift's regex compiler recurses on groups: keep nesting within what it handles (GNU would run out of
            // memory long after).
            guard openGroups < 200 else { throw .tooBig }
            output += "("
            openGroups += 1
            atExpressionStart = true
        }

        mutating func closeGroup() {
            output += ")"
            openGroups -= 1
            atExpressionStart = false
        }

        /// In a basic expression, `$` anchors only at the end of the pattern or before `\)` or `\|`.
        func atEnd() -> Bool {
            if index == scalars.count { return true }
            return index + 1 < scalars.count && scalars[index] == "\\" && (scalars[index + 1] == ")" || scalars[index + 1] == "|")
        }

        /// An interval `{m}`, `{m,}`, `{,n}`, `{m,n}` after its opening brace, as a Swift quantifier; nil when an
        /// extended expression's `{` does not start one (it is then literal).
        mutating func interval(closing: String) throws(RegexSyntaxError) -> String? {
            let start = index
            var minimum = ""
            var maximum: String?
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                minimum.unicodeScalars.append(scalars[index])
                index += 1
            }
            if index < scalars.count, scalars[index] == "," {
                index += 1
                var digits = ""
                while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                    digits.unicodeScalars.append(scalars[index])
                    index += 1
                }
                maximum = digits
            }
            let closingScalars = Array(closing.unicodeScalars)
            let closes = index + closingScalars.count <= scalars.count
                && Array(scalars[index..<index + closingScalars.count]) == closingScalars
            guard closes, !(minimum.isEmpty && maximum == nil) else {
                if extended {
                    index = start
                    return nil
                }
                let rest = Array(scalars[start...])
                let closedLater = rest.indices.contains { $0 + 1 < rest.count && rest[$0] == "\\" && rest[$0 + 1] == "}" }
                throw closedLater ? .badInterval : .unmatchedBrace
            }
            index += closingScalars.count
            let low = Int(minimum) ?? 0
            if let maximum, let high = Int(maximum) {
                guard low <= high, high <= 32767 else { throw .badInterval }
                return "{\(low),\(high)}"
            }
            guard low <= 32767 else { throw .badInterval }
            return maximum == nil ? "{\(low)}" : "{\(low),}"
        }

        /// A bracket expression after its `[`.
        mutating func bracket() throws(RegexSyntaxError) -> String {
            let open = index - 1
            var result = "["
            if index < scalars.count, scalars[index] == "^" {
                result += "^"
                index += 1
            }
            var first = true
            while true {
                guard index < scalars.count else {
                    throw index == open + 1 ? .invalid : .unmatchedBracket
                }
                let scalar = scalars[index]
                if scalar == "]" && !first {
                    index += 1
                    break
                }
                first = false
                if scalar == "[", index + 1 < scalars.count, [":", "=", "."].contains(scalars[index + 1]) {
                    let kind = scalars[index + 1]
                    var name = ""
                    var cursor = index + 2
                    while cursor + 1 < scalars.count, !(scalars[cursor] == kind && scalars[cursor + 1] == "]") {
                        name.unicodeScalars.append(scalars[cursor])
                        cursor += 1
                    }
                    guard cursor + 1 < scalars.count else { throw .unmatchedBracket }
                    index = cursor + 2
                    if kind == ":" {
                        guard let members = Self.characterClasses[name] else { throw .badClass }
                        result += members
                    } else {
                        result += name.unicodeScalars.map(Self.escaped).joined()
                    }
                    continue
                }
                index += 1
                if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
                    var end = scalars[index + 1]
                    index += 2
                    if end == "[", index < scalars.count, scalars[index] == "." {
                        // [a-[.z.]]: a collating element as the end of a range.
                        var cursor = index + 1
                        var name = ""
                        while cursor + 1 < scalars.count, !(scalars[cursor] == "." && scalars[cursor + 1] == "]") {
                            name.unicodeScalars.append(scalars[cursor])
                            cursor += 1
                        }
                        guard cursor + 1 < scalars.count, let only = name.unicodeScalars.first else { throw .unmatchedBracket }
                        end = only
                        index = cursor + 2
                    }
                    guard scalar.value <= end.value else { throw .badRange }
                    result += Self.escapedInBracket(scalar) + "-" + Self.escapedInBracket(end)
                    continue
                }
                result += Self.escapedInBracket(scalar)
            }
            // "[:space:]" is almost always a mistake for "[[:space:]]": GNU grep refuses it.
            let body = String(String.UnicodeScalarView(scalars[(open + 1)..<(index - 1)]))
            if body.count >= 2, body.hasPrefix(":"), body.hasSuffix(":") {
                throw .classOutsideBracket(body)
            }
            return result + "]"
        }

        static func escapedInBracket(_ scalar: Unicode.Scalar) -> String {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar.value > 0x7F { return String(scalar) }
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar == " " { return "\\x{" + String(scalar.value, radix: 16) + "}" }
            return "\\" + String(scalar)
        }

        /// The C locale's character classes, as members of a Swift character class.
        static let characterClasses: [String: String] = [
            "alpha": "a-zA-Z", "digit": "0-9", "alnum": "a-zA-Z0-9", "upper": "A-Z", "lower": "a-z",
            "space": "\\x{20}\\x{9}-\\x{d}", "blank": "\\x{20}\\x{9}", "punct": "!-/:-@\\[-`{-~", "xdigit": "0-9A-Fa-f",
            "cntrl": "\\x{0}-\\x{1f}\\x{7f}", "print": "\\x{20}-~", "graph": "!-~",
        ]
    }
}
