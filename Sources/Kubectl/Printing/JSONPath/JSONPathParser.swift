/// The template parser of client-go `util/jsonpath` (`parser.go`), with its error messages.
struct JSONPathParser {
    private var input: [Unicode.Scalar] = []
    private var pos = 0
    private var start = 0
    private(set) var root: [JSONPathNode] = []

    /// Parses a whole template (text with `{…}` actions).
    static func parse(_ template: String) throws(JSONPathParseError) -> [JSONPathNode] {
        var parser = JSONPathParser()
        parser.input = Array(template.unicodeScalars)
        // client-go's parser state functions call each other; here they return the next state, so a template of
        // thousands of actions needs no deeper stack than one.
        var state = State.text
        while state != .done {
            state = state == .text ? try parser.parseText() : try parser.parseInsideAction()
        }
        return parser.root
    }

    /// Where the parser is: in text between actions, inside an action, or at the end.
    private enum State { case text, action, done }

    /// `parseAction`: parses `text` as the inside of one action and returns that action's nodes.
    static func parseAction(_ text: String) throws(JSONPathParseError) -> [JSONPathNode] {
        let nodes = try parse("{" + text + "}")
        guard case .list(let inner)? = nodes.first else { return [] }
        return inner
    }

    private static let eof = Unicode.Scalar(0)

    private mutating func next() -> Unicode.Scalar? {
        guard pos < input.count else {
            pos += 1
            return nil
        }
        defer { pos += 1 }
        return input[pos]
    }

    private mutating func backup() { pos -= 1 }

    private func peek() -> Unicode.Scalar? { pos < input.count ? input[pos] : nil }

    private mutating func consumeText() -> String {
        let end = min(pos, input.count)
        let text = start < end ? String(String.UnicodeScalarView(input[start..<end])) : ""
        start = pos
        return text
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        let scalars = Array(prefix.unicodeScalars)
        guard pos + scalars.count <= input.count else { return false }
        return Array(input[pos..<(pos + scalars.count)]) == scalars
    }

    // The current action's node list is built in `current`, then appended to the root on `}`.
    private var current: [JSONPathNode] = []

    private mutating func parseText() throws(JSONPathParseError) -> State {
        while true {
            if hasPrefix("{") {
                if pos > start { root.append(.text(consumeText())) }
                pos += 1
                _ = consumeText()
                current = []
                return .action
            }
            if next() == nil { break }
        }
        pos = min(pos, input.count)
        if pos > start { root.append(.text(consumeText())) }
        return .done
    }

    private mutating func parseInsideAction() throws(JSONPathParseError) -> State {
        while true {
            if hasPrefix("}") {
                pos += 1
                _ = consumeText()
                root.append(.list(current))
                current = []
                return .text
            }
            if hasPrefix("[?(") {
                try parseFilter()
                continue
            }
            if hasPrefix("..") {
                if case .recursive? = current.last { throw JSONPathParseError("invalid multiple recursive descent") }
                pos += 2
                _ = consumeText()
                current.append(.recursive)
                if let r = peek(), JSONPathParser.isAlphaNumeric(r) { parseField() }
                continue
            }
            let r = next()
            switch r {
            case nil, "\r"?, "\n"?:
                throw JSONPathParseError("unclosed action")
            case " "?, "@"?, "$"?:
                _ = consumeText()
            case "["?:
                try parseArray()
            case "\""?, "'"?:
                try parseQuote(r!)
            case "."?:
                parseField()
            case let r? where r == "+" || r == "-" || JSONPathParser.isDigit(r):
                backup()
                try parseNumber()
            case let r? where JSONPathParser.isAlphaNumeric(r):
                backup()
                parseIdentifier()
            case let r?:
                let hex = String(r.value, radix: 16, uppercase: true)
                throw JSONPathParseError("unrecognized character in action: U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) '\(Character(r))'")
            }
        }
    }

    private static func isDigit(_ r: Unicode.Scalar) -> Bool { r.properties.numericType == .decimal }
    private static func isAlphaNumeric(_ r: Unicode.Scalar) -> Bool { r == "_" || r.properties.isAlphabetic || isDigit(r) }
    private static func isTerminator(_ r: Unicode.Scalar?) -> Bool {
        guard let r else { return true }
        switch r {
        case " ", "\t", "\r", "\n", ".", ",", "[", "]", "$", "@", "{", "}": return true
        default: return false
        }
    }

    private mutating func parseIdentifier() {
        while true {
            let r = next()
            if JSONPathParser.isTerminator(r) {
                backup()
                break
            }
        }
        let value = consumeText()
        if value == "true" || value == "false" {
            current.append(.bool(value == "true"))
        } else {
            current.append(.identifier(value))
        }
    }

    private mutating func parseNumber() throws(JSONPathParseError) {
        if let r = peek(), r == "+" || r == "-" { _ = next() }
        while true {
            let r = next()
            if r != "." && !(r.map(JSONPathParser.isDigit) ?? false) {
                backup()
                break
            }
        }
        let value = consumeText()
        if let number = Int(value.hasPrefix("+") ? String(value.dropFirst()) : value) {
            current.append(.int(number))
        } else if let number = Double(value) {
            current.append(.float(number))
        } else {
            throw JSONPathParseError("cannot parse number \(value)")
        }
    }

    private mutating func parseField() {
        _ = consumeText()
        while true {
            let r = next()
            if r == "\\" {
                _ = next()
            } else if JSONPathParser.isTerminator(r) {
                backup()
                break
            }
        }
        let value = consumeText()
        if value == "*" {
            current.append(.wildcard)
        } else {
            current.append(.field(String(value.filter { $0 != "\\" })))
        }
    }

    private mutating func parseArray() throws(JSONPathParseError) {
        while true {
            switch next() {
            case nil, "\n"?: throw JSONPathParseError("unterminated array")
            case "]"?: break
            default: continue
            }
            break
        }
        let raw = consumeText()
        var text = String(raw.dropFirst().dropLast())
        if text == "*" { text = ":" }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count > 1 {
            var union: [[JSONPathNode]] = []
            for part in parts {
                union.append(try JSONPathParser.parseAction("[" + JSONPathParser.trimSpaces(String(part)) + "]"))
            }
            current.append(.union(union))
            return
        }
        if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'"), !text.dropFirst().dropLast().contains("'") {
            current += try JSONPathParser.parseAction("." + text.dropFirst().dropLast())
            return
        }
        guard let groups = JSONPathParser.sliceGroups(text) else { throw JSONPathParseError("invalid array index \(text)") }
        var params = [JSONPathSliceParameter](repeating: JSONPathSliceParameter(value: 0, known: false, derived: false), count: 3)
        for index in 0..<3 {
            var value = groups[index]
            if !value.isEmpty {
                if index > 0 { value = String(value.dropFirst()) }
                if index > 0 && value.isEmpty {
                    params[index].known = false
                } else {
                    guard let number = Int(value) else { throw JSONPathParseError("array index \(value) is not a number") }
                    params[index].known = true
                    params[index].value = number
                }
            } else if index == 1 {
                params[index] = JSONPathSliceParameter(value: params[0].value &+ 1, known: true, derived: true)
            }
        }
        current.append(.array(params))
    }

    /// Matches `^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$` and returns the three groups (`""` when absent).
    private static func sliceGroups(_ text: String) -> [String]? {
        var rest = Substring(text)
        func group(leadingColon: Bool) -> String? {
            var taken = ""
            if leadingColon {
                guard rest.first == ":" else { return "" }
                taken.append(":")
                rest = rest.dropFirst()
            }
            if rest.first == "-" {
                taken.append("-")
                rest = rest.dropFirst()
            }
            while let c = rest.first, c.isASCII, c.isNumber {
                taken.append(c)
                rest = rest.dropFirst()
            }
            return taken
        }
        guard let first = group(leadingColon: false), let second = group(leadingColon: true), let third = group(leadingColon: true) else { return nil }
        return rest.isEmpty ? [first, second, third] : nil
    }

    private static func trimSpaces(_ text: String) -> String {
        var scalars = Substring(text)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }

    private mutating func parseFilter() throws(JSONPathParseError) {
        pos += 3
        _ = consumeText()
        var begin = false
        var end = false
        var pair: Unicode.Scalar = "\""
        loop: while true {
            let r = next()
            switch r {
            case nil, "\n"?: throw JSONPathParseError("unterminated filter")
            case "\""?, "'"?:
                if !begin {
                    begin = true
                    pair = r!
                    continue
                }
                if input[pos - 2] != "\\" && r! == pair { end = true }
            case ")"?:
                if begin == end { break loop }
            default: break
            }
        }
        if next() != "]" { throw JSONPathParseError("unclosed array expect ]") }
        let raw = consumeText()
        let text = String(raw.unicodeScalars.dropLast(2))
        if let (left, op, right) = JSONPathParser.splitComparison(text) {
            let leftNodes = try JSONPathParser.parseAction(left)
            let rightNodes = try JSONPathParser.parseAction(right)
            current.append(.filter(left: leftNodes, right: rightNodes, op: op))
        } else {
            current.append(.filter(left: try JSONPathParser.parseAction(text), right: [], op: "exists"))
        }
    }

    /// Matches `^([^!<>=]+)([!<>=]+)(.+?)$`.
    private static func splitComparison(_ text: String) -> (String, String, String)? {
        let scalars = Array(text.unicodeScalars)
        let operators: Set<Unicode.Scalar> = ["!", "<", ">", "="]
        guard let opStart = scalars.firstIndex(where: { operators.contains($0) }), opStart > 0 else { return nil }
        var opEnd = opStart
        while opEnd < scalars.count && operators.contains(scalars[opEnd]) { opEnd += 1 }
        guard opEnd < scalars.count, !scalars[opEnd...].contains("\n") else { return nil }
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(slice)) }
        return (string(scalars[..<opStart]), string(scalars[opStart..<opEnd]), string(scalars[opEnd...]))
    }

    private mutating func parseQuote(_ end: Unicode.Scalar) throws(JSONPathParseError) {
        loop: while true {
            switch next() {
            case nil, "\n"?: throw JSONPathParseError("unterminated quoted string")
            case "\\"?:
                let r = next()
                if r == nil || r == "\n" { throw JSONPathParseError("unterminated quoted string") }
            case let r? where r == end: break loop
            default: break
            }
        }
        let value = consumeText()
        guard let text = JSONPathParser.unquote(value) else {
            throw JSONPathParseError("unquote string \(value) error invalid syntax")
        }
        current.append(.text(text))
    }

    /// `UnquoteExtend`: Go string-literal escapes inside single or double quotes.
    static func unquote(_ quoted: String) -> String? {
        var scalars = Array(quoted.unicodeScalars)
        guard scalars.count >= 2, scalars.first == scalars.last else { return nil }
        scalars = Array(scalars.dropFirst().dropLast())
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            guard c == "\\" else {
                out.append(c)
                continue
            }
            guard index < scalars.count else { return nil }
            let e = scalars[index]
            index += 1
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "v": out.append("\u{0B}")
            case "\\", "'", "\"": out.append(e)
            case "x", "u", "U":
                let count = e == "x" ? 2 : e == "u" ? 4 : 8
                guard index + count <= scalars.count,
                    let value = UInt32(String(String.UnicodeScalarView(scalars[index..<(index + count)])), radix: 16),
                    let scalar = Unicode.Scalar(value)
                else { return nil }
                out.append(scalar)
                index += count
            default: return nil
            }
        }
        return String(out)
    }
}

/// A JSONPath template syntax error, with client-go's message (e.g. `unterminated array`).
struct JSONPathParseError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
