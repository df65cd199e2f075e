/// Reads a jq program into a ``JqExpression``: paths (`.a.b`, `.items[]`, `.[0]`, `.[1:]`, `."a b"`, `..`),
/// `|`, `,`, `//`, `or`, `and`, comparisons, `+ - * / %`, literals, string interpolation, `[…]`, `{…}`, `?`,
/// and calls of the builtins ``JqBuiltins`` knows.
///
/// Variables, `as`, `reduce`, `if`, `def`, formats (`@csv`) and the other builtins of jq are refused as not
/// supported; a name jq itself does not know is jq's `name/arity is not defined` error.
struct JqParser {
    /// Why a program does not compile: jq's message, or the tutor's refusal of an unsupported feature.
    enum Failure: Error {
        /// jq's message and how many spaces jq 1.6 prints after the program (the failing token's end, less one).
        case syntax(String, Int)
        case undefined(String)
        /// A feature of jq the built-in one lacks, named as the program writes it (`$x`, `@csv`, `'if'`).
        case unsupported(String)
        /// A program longer than ``JqParser/maximumTokens`` tokens.
        case tooLong
        /// String interpolation nested deeper than 16 levels.
        case tooDeep
    }

    private enum Token: Equatable {
        case dot, dotDot, field(String), identifier(String), number(Double), string(String), punctuation(String)
        case variable(String), format(String), end
        /// A closing bracket that closes nothing open (jq's lexer calls it INVALID_CHARACTER).
        case invalid
    }

    private var tokens: [Token] = []
    /// Where each token starts in the program (in characters): jq 1.6 prints that many spaces after the program
    /// in a syntax error (the last token's start for an unexpected end).
    private var starts: [Int] = []
    private var position = 0
    /// How deep inside string interpolations this program is.
    private var depth = 0

    /// The most tokens a program may have: the parser and the evaluator recurse on the program's structure, and
    /// what a learner types at a prompt is far shorter.
    static let maximumTokens = 500

    /// Parses `program`.
    static func parse(_ program: String) -> Result<JqExpression, Failure> {
        parse(program, depth: 0)
    }

    /// Parses `program`, a string interpolation `depth` levels deep.
    private static func parse(_ program: String, depth: Int) -> Result<JqExpression, Failure> {
        guard depth < 16 else { return .failure(.tooDeep) }
        do throws(Failure) {
            var parser = JqParser()
            parser.depth = depth
            (parser.tokens, parser.starts) = try lex(program)
            if parser.peek() == .invalid { throw parser.unexpected(expecting: "$end") }
            guard parser.tokens.count <= maximumTokens else { throw .tooLong }
            let expression = try parser.parsePipe()
            guard parser.peek() == .end else { throw parser.unexpected(expecting: "$end") }
            return .success(expression)
        } catch {
            return .failure(error)
        }
    }

    // MARK: Lexing

    private static func lex(_ program: String) throws(Failure) -> ([Token], [Int]) {
        let characters = Array(program)
        var start = 0
        var tokens: [Token] = [] {
            didSet { starts.append(start) }
        }
        var starts: [Int] = []
        var open: [Character] = []
        var index = 0
        func isNameStart(_ character: Character) -> Bool { character.isASCII && (character.isLetter || character == "_") }
        func isName(_ character: Character) -> Bool { isNameStart(character) || (character.isASCII && character.isNumber) }
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            if character == "#" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            }
            start = index
            if character == "." {
                if index + 1 < characters.count, characters[index + 1] == "." {
                    tokens.append(.dotDot)
                    index += 2
                    continue
                }
                if index + 1 < characters.count, isNameStart(characters[index + 1]) {
                    var name = ""
                    index += 1
                    while index < characters.count, isName(characters[index]) {
                        name.append(characters[index])
                        index += 1
                    }
                    tokens.append(.field(name))
                    continue
                }
                if index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber {
                    // .5 is a number
                } else {
                    tokens.append(.dot)
                    index += 1
                    continue
                }
            }
            if character.isASCII && character.isNumber || character == "." {
                var text = ""
                while index < characters.count, characters[index].isASCII,
                    characters[index].isNumber || characters[index] == "." || characters[index] == "e" || characters[index] == "E"
                        || ((characters[index] == "+" || characters[index] == "-") && (text.hasSuffix("e") || text.hasSuffix("E")))
                {
                    text.append(characters[index])
                    index += 1
                }
                guard let number = Double(text) else { throw .syntax("syntax error, unexpected IDENT", max(0, index - 1)) }
                tokens.append(.number(number))
                continue
            }
            if character == "\"" {
                var raw = ""
                index += 1
                var depth = 0
                var inInner = false
                while index < characters.count {
                    let next = characters[index]
                    if depth == 0 {
                        if next == "\"" { break }
                        if next == "\\", index + 1 < characters.count {
                            raw.append(next)
                            raw.append(characters[index + 1])
                            if characters[index + 1] == "(" { depth = 1 }
                            index += 2
                            continue
                        }
                    } else {
                        if next == "\"" { inInner.toggle() }
                        if !inInner {
                            if next == "(" { depth += 1 }
                            if next == ")" { depth -= 1 }
                        }
                    }
                    raw.append(next)
                    index += 1
                }
                guard index < characters.count else { throw .syntax("syntax error, unexpected $end", max(0, index - 1)) }
                index += 1
                tokens.append(.string(raw))
                continue
            }
            if character == "$" || character == "@" {
                var name = ""
                index += 1
                while index < characters.count, isName(characters[index]) {
                    name.append(characters[index])
                    index += 1
                }
                tokens.append(character == "$" ? .variable(name) : .format(name))
                continue
            }
            if isNameStart(character) {
                var name = ""
                while index < characters.count, isName(characters[index]) || characters[index] == ":" && index + 1 < characters.count && characters[index + 1] == ":" {
                    name.append(characters[index])
                    index += 1
                }
                tokens.append(.identifier(name))
                continue
            }
            let pairs = ["==", "!=", "<=", ">=", "//", "|=", "+=", "-=", "*=", "/=", "%=", "?/"]
            if index + 1 < characters.count, pairs.contains(String(characters[index...index + 1])) {
                tokens.append(.punctuation(String(characters[index...index + 1])))
                index += 2
                continue
            }
            guard "|,()[]{}:;?<>+-*/%=".contains(character) else {
                throw .syntax("syntax error, unexpected INVALID_CHARACTER", index)
            }
            if "([{".contains(character) { open.append(character) }
            if let opener = [")": "(", "]": "[", "}": "{"][character] as Character? {
                guard open.last == opener else {
                    index += 1
                    tokens.append(.invalid)
                    continue
                }
                open.removeLast()
            }
            tokens.append(.punctuation(String(character)))
            index += 1
        }
        start = characters.count
        tokens.append(.end)
        return (tokens, starts)
    }

    // MARK: Parsing

    private func peek() -> Token { tokens[position] }

    private mutating func next() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func accept(_ punctuation: String) -> Bool {
        if peek() == .punctuation(punctuation) {
            position += 1
            return true
        }
        return false
    }

    private func unexpected(expecting: String? = nil) -> Failure {
        let name: String
        switch peek() {
        case .end: name = "$end"
        case .identifier(let word) where ["as", "then", "else", "end", "elif", "reduce", "foreach", "if", "def", "try", "catch", "label"].contains(word):
            name = word
        case .identifier: name = "IDENT"
        case .field: name = "FIELD"
        case .number, .string: name = "LITERAL"
        case .variable: name = "'$'"
        case .format: name = "FORMAT"
        case .dot: name = "'.'"
        case .dotDot: name = "REC"
        case .invalid: name = "INVALID_CHARACTER"
        case .punctuation(let text): name = text.count == 1 ? "'\(text)'" : text
        }
        let column = peek() == .end ? (position > 0 ? starts[position - 1] : 0) : starts[position]
        return .syntax("syntax error, unexpected \(name)" + (expecting.map { ", expecting \($0)" } ?? ""), column)
    }

    private mutating func expect(_ punctuation: String) throws(Failure) {
        // jq's parser names what it expected only where one token can follow (the end of an object).
        guard accept(punctuation) else { throw unexpected(expecting: punctuation == "}" ? "'}'" : nil) }
    }

    private mutating func parsePipe() throws(Failure) -> JqExpression {
        let left = try parseComma()
        if case .identifier("as") = peek() { throw .unsupported("'as $name'") }
        if accept("|") { return .pipe(left, try parsePipe()) }
        return left
    }

    private mutating func parseComma() throws(Failure) -> JqExpression {
        var left = try parseAlternative()
        while accept(",") { left = .comma(left, try parseAlternative()) }
        return left
    }

    private mutating func parseAlternative() throws(Failure) -> JqExpression {
        let left = try parseOr()
        if accept("//") { return .alternative(left, try parseAlternative()) }
        for assignment in ["=", "|=", "+=", "-=", "*=", "/=", "%="] where peek() == .punctuation(assignment) {
            throw .unsupported("'\(assignment)'")
        }
        return left
    }

    private mutating func parseOr() throws(Failure) -> JqExpression {
        var left = try parseAnd()
        while peek() == .identifier("or") {
            position += 1
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(Failure) -> JqExpression {
        var left = try parseComparison()
        while peek() == .identifier("and") {
            position += 1
            left = .and(left, try parseComparison())
        }
        return left
    }

    private mutating func parseComparison() throws(Failure) -> JqExpression {
        let left = try parseAdditive()
        for comparison in ["==", "!=", "<=", ">=", "<", ">"] where accept(comparison) {
            return .binary(comparison, left, try parseAdditive())
        }
        return left
    }

    private mutating func parseAdditive() throws(Failure) -> JqExpression {
        var left = try parseMultiplicative()
        while true {
            if accept("+") {
                left = .binary("+", left, try parseMultiplicative())
            } else if accept("-") {
                left = .binary("-", left, try parseMultiplicative())
            } else {
                return left
            }
        }
    }

    private mutating func parseMultiplicative() throws(Failure) -> JqExpression {
        var left = try parsePostfix()
        while true {
            var matched = false
            for operation in ["*", "/", "%"] where accept(operation) {
                left = .binary(operation, left, try parsePostfix())
                matched = true
                break
            }
            if !matched { return left }
        }
    }

    private mutating func parsePostfix() throws(Failure) -> JqExpression {
        var expression = try parseTerm()
        while true {
            switch peek() {
            case .field(let name):
                position += 1
                expression = .field(expression, name)
            case .dot:
                position += 1
                if case .string(let raw) = peek() {
                    position += 1
                    expression = .index(expression, try Self.stringExpression(raw, depth: depth))
                } else if peek() == .punctuation("[") {
                    continue
                } else {
                    throw unexpected()
                }
            case .punctuation("["):
                position += 1
                expression = try parseBracket(on: expression)
            case .punctuation("?"):
                position += 1
                expression = .optional(expression)
            default:
                return expression
            }
        }
    }

    /// After `[`: `]` (iterate), `expr]` (index), `a:b]`, `:b]`, `a:]` (slice).
    private mutating func parseBracket(on base: JqExpression) throws(Failure) -> JqExpression {
        if accept("]") { return .iterate(base) }
        if accept(":") {
            let end = try parsePipe()
            try expect("]")
            return .slice(base, nil, end)
        }
        let first = try parsePipe()
        if accept(":") {
            if accept("]") { return .slice(base, first, nil) }
            let end = try parsePipe()
            try expect("]")
            return .slice(base, first, end)
        }
        try expect("]")
        return .index(base, first)
    }

    private mutating func parseTerm() throws(Failure) -> JqExpression {
        let token = next()
        switch token {
        case .dot:
            if case .string(let raw) = peek() {
                position += 1
                return .index(.identity, try Self.stringExpression(raw, depth: depth))
            }
            return .identity
        case .dotDot: return .recurse
        case .field(let name): return .field(.identity, name)
        case .number(let value): return .literal(.number(value))
        case .string(let raw): return try Self.stringExpression(raw, depth: depth)
        case .variable(let name): throw .unsupported("$\(name)")
        case .format(let name): throw .unsupported("@\(name)")
        case .punctuation("("):
            let inner = try parsePipe()
            try expect(")")
            return inner
        case .punctuation("["):
            if accept("]") { return .array(nil) }
            let inner = try parsePipe()
            try expect("]")
            return .array(inner)
        case .punctuation("{"):
            return try parseObject()
        case .punctuation("-"):
            return .negate(try parsePostfix())
        case .identifier(let name):
            switch name {
            case "null": return .literal(.null)
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "if", "reduce", "foreach", "def", "try", "label", "import", "include":
                throw .unsupported("'\(name)'")
            default: break
            }
            var arguments: [JqExpression] = []
            if accept("(") {
                arguments.append(try parsePipe())
                while accept(";") { arguments.append(try parsePipe()) }
                guard accept(")") else { throw unexpected(expecting: "';' or ')'") }
            }
            guard JqBuiltins.supports(name, arity: arguments.count) else {
                if JqBuiltins.jqHas(name) { throw .unsupported("\(name)/\(arguments.count)") }
                throw .undefined("\(name)/\(arguments.count)")
            }
            return .call(name, arguments)
        default:
            if token != .end { position -= 1 }
            throw unexpected()
        }
    }

    private mutating func parseObject() throws(Failure) -> JqExpression {
        var entries: [(key: JqExpression, value: JqExpression)] = []
        if accept("}") { return .object(entries) }
        repeat {
            if peek() == .punctuation("}") { break }  // jq 1.6 takes a trailing comma: {"a": 1,}
            let key: JqExpression
            var shorthand: JqExpression?
            switch next() {
            case .identifier(let name):
                key = .literal(.string(name))
                shorthand = .field(.identity, name)
            case .string(let raw):
                key = try Self.stringExpression(raw, depth: depth)
                shorthand = .index(.identity, key)
            case .number(let value):
                key = .literal(.number(value))
            case .variable(let name): throw .unsupported("$\(name)")
            case .punctuation("("):
                key = try parsePipe()
                try expect(")")
            default:
                position -= 1
                throw unexpected()
            }
            if accept(":") {
                entries.append((key, try parseObjectValue()))
            } else if let shorthand {
                entries.append((key, shorthand))
            } else {
                throw unexpected(expecting: "':'")
            }
        } while accept(",")
        try expect("}")
        return .object(entries)
    }

    /// An object value: a term with postfixes and `|`-free operators, as jq's grammar allows there.
    private mutating func parseObjectValue() throws(Failure) -> JqExpression {
        var value = try parseAlternativeNoComma()
        while accept("|") { value = .pipe(value, try parseAlternativeNoComma()) }
        return value
    }

    private mutating func parseAlternativeNoComma() throws(Failure) -> JqExpression {
        let left = try parseOr()
        if accept("//") { return .alternative(left, try parseAlternativeNoComma()) }
        return left
    }

    /// A string literal's expression: its escapes decoded and its `\(…)` parts parsed.
    private static func stringExpression(_ raw: String, depth: Int) throws(Failure) -> JqExpression {
        var parts: [JqExpression.StringPart] = []
        var text = ""
        let characters = Array(raw)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "\\", index + 1 < characters.count else {
                text.append(character)
                index += 1
                continue
            }
            let escape = characters[index + 1]
            index += 2
            switch escape {
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "r": text.append("\r")
            case "b": text.append("\u{8}")
            case "f": text.append("\u{C}")
            case "\"", "\\", "/": text.append(escape)
            case "u":
                guard index + 4 <= characters.count, let code = UInt32(String(characters[index..<index + 4]), radix: 16) else {
                    throw .syntax("syntax error, unexpected INVALID_CHARACTER", 0)
                }
                text.unicodeScalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                index += 4
            case "(":
                var open = 1
                var inner = ""
                while index < characters.count {
                    if characters[index] == "(" { open += 1 }
                    if characters[index] == ")" {
                        open -= 1
                        if open == 0 { break }
                    }
                    inner.append(characters[index])
                    index += 1
                }
                index += 1
                if !text.isEmpty {
                    parts.append(.text(text))
                    text = ""
                }
                switch parse(inner, depth: depth + 1) {
                case .success(let expression): parts.append(.interpolation(expression))
                case .failure(let failure): throw failure
                }
            default:
                throw .syntax("syntax error, unexpected INVALID_CHARACTER", 0)
            }
        }
        if !text.isEmpty || parts.isEmpty { parts.append(.text(text)) }
        if parts.count == 1, case .text(let only) = parts[0] { return .literal(.string(only)) }
        return .string(parts)
    }
}
