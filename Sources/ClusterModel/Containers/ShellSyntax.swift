/// The syntax tree of the small POSIX shell subset a simulated container's `sh -c` runs: simple commands with
/// assignments and redirections, pipelines, `&&`/`||`, `;`, `while`/`until`, `for` and `if`.
///
/// Hand-written because no package models a shell and nothing here may run on the host: the tree is only ever
/// interpreted by `ShellInterpreter` over the simulation's virtual clock.
indirect enum ShellNode: Sendable, Equatable {
    /// `NAME=value … word … [redirections]`.
    case simple(assignments: [ShellAssignment], words: [ShellWord], redirections: [ShellRedirection])
    /// Commands run one after another (`;`, newlines, `&`).
    case sequence([ShellNode])
    /// `a && b`.
    case and(ShellNode, ShellNode)
    /// `a || b`.
    case or(ShellNode, ShellNode)
    /// `a | b | c`: each command's output is the next one's input.
    case pipeline([ShellNode])
    /// `while COND; do BODY; done` (`until` when `negated`).
    case loop(condition: ShellNode, body: ShellNode, negated: Bool)
    /// `for NAME in WORDS; do BODY; done`.
    case forLoop(name: String, words: [ShellWord], body: ShellNode)
    /// `if COND; then A; elif …; else B; fi` (elif as nested ifs).
    case ifElse(condition: ShellNode, then: ShellNode, otherwise: ShellNode?)
    /// `! command`.
    case not(ShellNode)
}

extension ShellNode {
    /// Whether the node runs a command whose first word is one of `names` (as written), anywhere inside.
    func runs(anyOf names: Set<String>) -> Bool {
        switch self {
        case .simple(_, let words, _): return words.first?.plainText.map(names.contains) ?? false
        case .sequence(let nodes), .pipeline(let nodes): return nodes.contains { $0.runs(anyOf: names) }
        case .and(let a, let b), .or(let a, let b): return a.runs(anyOf: names) || b.runs(anyOf: names)
        case .loop(let condition, let body, _): return condition.runs(anyOf: names) || body.runs(anyOf: names)
        case .forLoop(_, _, let body): return body.runs(anyOf: names)
        case .ifElse(let condition, let then, let otherwise):
            return condition.runs(anyOf: names) || then.runs(anyOf: names) || (otherwise?.runs(anyOf: names) ?? false)
        case .not(let inner): return inner.runs(anyOf: names)
        }
    }

    /// Whether the node is a condition that always holds (`true`, `:`).
    var alwaysSucceeds: Bool {
        guard case .simple([], let words, []) = self, words.count == 1, let word = words[0].plainText else { return false }
        return word == "true" || word == ":"
    }
}

/// `NAME=value` before a command (or alone).
struct ShellAssignment: Sendable, Equatable {
    var name: String
    var value: ShellWord
}

/// One word of a command line, as its parts: literal text, quoted text and expansions.
struct ShellWord: Sendable, Equatable {
    /// A part of a word.
    enum Part: Sendable, Equatable {
        /// Text as written (quoted text cannot be split or turned into a keyword).
        case literal(String, quoted: Bool)
        /// `$name`, `${name}`, `$?`, `$1`.
        case variable(String, quoted: Bool)
        /// `$((expression))`.
        case arithmetic(String, quoted: Bool)
        /// `$(command)` or `` `command` ``.
        case command(String, quoted: Bool)
    }

    var parts: [Part]

    /// The word's text when it is a single unquoted literal (keywords, operators of `[`), else nil.
    var plainText: String? {
        guard parts.count == 1, case .literal(let text, quoted: false) = parts[0] else { return nil }
        return text
    }
}

/// A redirection: `>`, `>>` or `<` to a file, or `>&N` to another descriptor.
struct ShellRedirection: Sendable, Equatable {
    var descriptor: Int
    /// The target file, or nil for a descriptor duplication (`2>&1`).
    var target: ShellWord?
    var input: Bool
    /// `>>`: appends to the file.
    var append = false
}

/// A syntax error, with busybox sh's text (`sh: syntax error: unexpected "done"`).
struct ShellSyntaxError: Error, Sendable, Equatable {
    var message: String
}

/// Turns the text of `sh -c` into a `ShellNode`.
struct ShellParser {
    private enum Token: Equatable {
        case word(ShellWord)
        case op(String)
        case redirect(ShellRedirection)
    }

    private var tokens: [Token] = []
    private var position = 0
    /// Nesting of compound commands, bounded so that a hostile script cannot exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 100

    /// Parses `text`; an unbalanced construct throws busybox's syntax error.
    static func parse(_ text: String) throws(ShellSyntaxError) -> ShellNode {
        var parser = ShellParser()
        parser.tokens = try tokenize(Array(text.unicodeScalars))
        let node = try parser.list(until: [])
        if parser.position < parser.tokens.count {
            throw ShellSyntaxError(message: "syntax error: unexpected \(parser.describe(parser.tokens[parser.position]))")
        }
        return node
    }

    // MARK: Tokens

    private static func tokenize(_ s: [Unicode.Scalar]) throws(ShellSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var parts: [ShellWord.Part] = []
        var literal = ""
        var inWord = false
        func flushLiteral() {
            if !literal.isEmpty { parts.append(.literal(literal, quoted: false)) }
            literal = ""
        }
        func endWord() {
            flushLiteral()
            if inWord { tokens.append(.word(ShellWord(parts: parts))) }
            parts = []
            inWord = false
        }
        while i < s.count {
            let c = s[i]
            switch c {
            case " ", "\t":
                endWord()
                i += 1
            case "\n", ";", "&", "|", "(", ")":
                endWord()
                if (c == "&" || c == "|" || c == ";"), i + 1 < s.count, s[i + 1] == c {
                    tokens.append(.op(String(c) + String(c)))
                    i += 2
                } else {
                    tokens.append(.op(String(c)))
                    i += 1
                }
            case "#" where !inWord:
                while i < s.count, s[i] != "\n" { i += 1 }
            case ">", "<":
                var descriptor = c == "<" ? 0 : 1
                if inWord, parts.isEmpty, let number = Int(literal), literal.count == 1 {
                    descriptor = number
                    literal = ""
                    inWord = false
                }
                endWord()
                i += 1
                var append = false
                if c == ">", i < s.count, s[i] == ">" {
                    append = true
                    i += 1
                }
                if i < s.count, s[i] == "&" {
                    i += 1
                    while i < s.count, s[i] == " " { i += 1 }
                    while i < s.count, ("0"..."9").contains(s[i]) || s[i] == "-" { i += 1 }
                    tokens.append(.redirect(ShellRedirection(descriptor: descriptor, target: nil, input: c == "<")))
                    continue
                }
                while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
                // The target is the next word.
                var j = i
                var sub: [Unicode.Scalar] = []
                while j < s.count, !" \t\n;&|()<>".unicodeScalars.contains(s[j]) {
                    if s[j] == "'" || s[j] == "\"" {
                        let quote = s[j]
                        sub.append(s[j])
                        j += 1
                        while j < s.count, s[j] != quote {
                            sub.append(s[j])
                            j += 1
                        }
                        if j < s.count { sub.append(s[j]) }
                        j += 1
                        continue
                    }
                    sub.append(s[j])
                    j += 1
                }
                let target = try tokenize(sub)
                guard target.count == 1, case .word(let word) = target[0] else {
                    throw ShellSyntaxError(message: "syntax error: unexpected newline")
                }
                tokens.append(.redirect(ShellRedirection(descriptor: descriptor, target: word, input: c == "<", append: append)))
                i = j
            case "'":
                inWord = true
                flushLiteral()
                var text = ""
                i += 1
                while i < s.count, s[i] != "'" {
                    text.unicodeScalars.append(s[i])
                    i += 1
                }
                guard i < s.count else { throw ShellSyntaxError(message: "syntax error: unterminated quoted string") }
                i += 1
                parts.append(.literal(text, quoted: true))
            case "\"":
                inWord = true
                flushLiteral()
                i += 1
                var text = ""
                while i < s.count, s[i] != "\"" {
                    if s[i] == "\\", i + 1 < s.count, "$`\"\\\n".unicodeScalars.contains(s[i + 1]) {
                        text.unicodeScalars.append(s[i + 1])
                        i += 2
                    } else if s[i] == "$" || s[i] == "`" {
                        if !text.isEmpty { parts.append(.literal(text, quoted: true)) }
                        text = ""
                        let (part, next) = try expansion(s, at: i, quoted: true)
                        parts.append(part)
                        i = next
                    } else {
                        text.unicodeScalars.append(s[i])
                        i += 1
                    }
                }
                guard i < s.count else { throw ShellSyntaxError(message: "syntax error: unterminated quoted string") }
                i += 1
                parts.append(.literal(text, quoted: true))
            case "\\":
                inWord = true
                if i + 1 < s.count {
                    if s[i + 1] != "\n" {
                        flushLiteral()
                        parts.append(.literal(String(s[i + 1]), quoted: true))
                    }
                    i += 2
                } else {
                    i += 1
                }
            case "$", "`":
                let (part, next) = try expansion(s, at: i, quoted: false)
                inWord = true
                flushLiteral()
                parts.append(part)
                i = next
            default:
                inWord = true
                literal.unicodeScalars.append(c)
                i += 1
            }
        }
        endWord()
        return tokens
    }

    /// The expansion starting at `s[i]` (`$…` or a backquote) and the index after it.
    private static func expansion(_ s: [Unicode.Scalar], at i: Int, quoted: Bool) throws(ShellSyntaxError) -> (ShellWord.Part, Int) {
        if s[i] == "`" {
            var j = i + 1
            var text = ""
            while j < s.count, s[j] != "`" {
                text.unicodeScalars.append(s[j])
                j += 1
            }
            guard j < s.count else { throw ShellSyntaxError(message: "syntax error: unterminated quoted string") }
            return (.command(text, quoted: quoted), j + 1)
        }
        var j = i + 1
        guard j < s.count else { return (.literal("$", quoted: quoted), j) }
        if s[j] == "(" {
            let arithmetic = j + 1 < s.count && s[j + 1] == "("
            var depth = 0
            var text = ""
            var k = j
            while k < s.count {
                if s[k] == "(" { depth += 1 }
                if s[k] == ")" {
                    depth -= 1
                    if depth == 0 { break }
                }
                text.unicodeScalars.append(s[k])
                k += 1
            }
            guard k < s.count else { throw ShellSyntaxError(message: "syntax error: unterminated quoted string") }
            if arithmetic {
                // text is "((expr)" → expr
                let inner = String(text.dropFirst(2).dropLast())
                return (.arithmetic(inner, quoted: quoted), k + 1)
            }
            return (.command(String(text.dropFirst()), quoted: quoted), k + 1)
        }
        if s[j] == "{" {
            var name = ""
            j += 1
            while j < s.count, s[j] != "}" {
                name.unicodeScalars.append(s[j])
                j += 1
            }
            guard j < s.count else { throw ShellSyntaxError(message: "syntax error: unterminated quoted string") }
            return (.variable(name, quoted: quoted), j + 1)
        }
        if "?$#!@*0123456789".unicodeScalars.contains(s[j]) { return (.variable(String(s[j]), quoted: quoted), j + 1) }
        var name = ""
        while j < s.count, s[j].properties.isAlphabetic || s[j] == "_" || ("0"..."9").contains(s[j]) {
            guard s[j].isASCII else { break }
            name.unicodeScalars.append(s[j])
            j += 1
        }
        if name.isEmpty { return (.literal("$", quoted: quoted), j) }
        return (.variable(name, quoted: quoted), j)
    }

    // MARK: Grammar

    private func describe(_ token: Token) -> String {
        switch token {
        case .word(let word): return "\"\(word.plainText ?? "word")\""
        case .op(let op): return op == "\n" ? "newline" : "\"\(op)\""
        case .redirect: return "redirection"
        }
    }

    private func peekKeyword() -> String? {
        guard position < tokens.count, case .word(let word) = tokens[position] else { return nil }
        return word.plainText
    }

    private mutating func skipNewlines() {
        while position < tokens.count, tokens[position] == .op("\n") || tokens[position] == .op(";") { position += 1 }
    }

    private mutating func expect(_ keyword: String) throws(ShellSyntaxError) {
        skipNewlines()
        guard peekKeyword() == keyword else {
            let found = position < tokens.count ? describe(tokens[position]) : "end of file"
            throw ShellSyntaxError(message: "syntax error: unexpected \(found) (expecting \"\(keyword)\")")
        }
        position += 1
    }

    /// Commands up to one of the `terminators` keywords (not consumed) or the end.
    private mutating func list(until terminators: Set<String>) throws(ShellSyntaxError) -> ShellNode {
        var nodes: [ShellNode] = []
        while true {
            skipNewlines()
            if position >= tokens.count { break }
            if let keyword = peekKeyword(), terminators.contains(keyword) { break }
            if tokens[position] == .op(")") { break }
            nodes.append(try andOr())
            if position < tokens.count, tokens[position] == .op("&") { position += 1 }
        }
        return nodes.count == 1 ? nodes[0] : .sequence(nodes)
    }

    private mutating func andOr() throws(ShellSyntaxError) -> ShellNode {
        var node = try pipeline()
        while position < tokens.count, tokens[position] == .op("&&") || tokens[position] == .op("||") {
            let isAnd = tokens[position] == .op("&&")
            position += 1
            while position < tokens.count, tokens[position] == .op("\n") { position += 1 }
            let right = try pipeline()
            node = isAnd ? .and(node, right) : .or(node, right)
        }
        return node
    }

    private mutating func pipeline() throws(ShellSyntaxError) -> ShellNode {
        var negated = false
        if peekKeyword() == "!" {
            negated = true
            position += 1
        }
        var stages = [try command()]
        while position < tokens.count, tokens[position] == .op("|") {
            position += 1
            while position < tokens.count, tokens[position] == .op("\n") { position += 1 }
            stages.append(try command())
        }
        let node = stages.count == 1 ? stages[0] : .pipeline(stages)
        return negated ? .not(node) : node
    }

    private mutating func command() throws(ShellSyntaxError) -> ShellNode {
        guard position < tokens.count else { throw ShellSyntaxError(message: "syntax error: unexpected end of file") }
        depth += 1
        defer { depth -= 1 }
        if depth > ShellParser.maximumDepth { throw ShellSyntaxError(message: "syntax error: nested too deeply") }
        switch peekKeyword() {
        case "while", "until":
            let negated = peekKeyword() == "until"
            position += 1
            let condition = try list(until: ["do"])
            try expect("do")
            let body = try list(until: ["done"])
            try expect("done")
            return .loop(condition: condition, body: body, negated: negated)
        case "for":
            position += 1
            guard let name = peekKeyword() else { throw ShellSyntaxError(message: "syntax error: bad for loop variable") }
            position += 1
            var words: [ShellWord] = []
            if peekKeyword() == "in" {
                position += 1
                while position < tokens.count, case .word(let word) = tokens[position] {
                    words.append(word)
                    position += 1
                }
            }
            try expect("do")
            let body = try list(until: ["done"])
            try expect("done")
            return .forLoop(name: name, words: words, body: body)
        case "if":
            position += 1
            return try ifRest()
        case "{":
            position += 1
            let body = try list(until: ["}"])
            try expect("}")
            return body
        case "do", "done", "then", "fi", "else", "elif", "}":
            throw ShellSyntaxError(message: "syntax error: unexpected \"\(peekKeyword() ?? "")\"")
        default:
            break
        }
        if tokens[position] == .op("(") {
            position += 1
            let body = try list(until: [])
            guard position < tokens.count, tokens[position] == .op(")") else {
                throw ShellSyntaxError(message: "syntax error: unexpected end of file (expecting \")\")")
            }
            position += 1
            return body
        }
        var assignments: [ShellAssignment] = []
        var words: [ShellWord] = []
        var redirections: [ShellRedirection] = []
        loop: while position < tokens.count {
            switch tokens[position] {
            case .word(let word):
                if words.isEmpty, let assignment = ShellParser.assignment(word) {
                    assignments.append(assignment)
                } else {
                    words.append(word)
                }
            case .redirect(let redirection): redirections.append(redirection)
            case .op: break loop
            }
            position += 1
        }
        if assignments.isEmpty && words.isEmpty && redirections.isEmpty {
            throw ShellSyntaxError(message: "syntax error: unexpected \(describe(tokens[position]))")
        }
        return .simple(assignments: assignments, words: words, redirections: redirections)
    }

    private mutating func ifRest() throws(ShellSyntaxError) -> ShellNode {
        let condition = try list(until: ["then"])
        try expect("then")
        let then = try list(until: ["elif", "else", "fi"])
        skipNewlines()
        switch peekKeyword() {
        case "elif":
            position += 1
            return .ifElse(condition: condition, then: then, otherwise: try ifRest())
        case "else":
            position += 1
            let otherwise = try list(until: ["fi"])
            try expect("fi")
            return .ifElse(condition: condition, then: then, otherwise: otherwise)
        default:
            try expect("fi")
            return .ifElse(condition: condition, then: then, otherwise: nil)
        }
    }

    /// `NAME=value` as an assignment (the name unquoted, a valid identifier).
    private static func assignment(_ word: ShellWord) -> ShellAssignment? {
        guard case .literal(let text, quoted: false)? = word.parts.first, let equals = text.firstIndex(of: "=") else { return nil }
        let name = String(text[..<equals])
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_",
            name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) })
        else { return nil }
        var rest = word.parts
        let remainder = String(text[text.index(after: equals)...])
        rest[0] = .literal(remainder, quoted: false)
        if remainder.isEmpty { rest.removeFirst() }
        return ShellAssignment(name: name, value: ShellWord(parts: rest))
    }
}
