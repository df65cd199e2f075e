/// Reads a stream of JSON values (whitespace between them, as jq takes them) with jq 1.6's parse errors:
/// `parse error: Invalid numeric literal at line 1, column 5`.
///
/// jq reports the line and column where the token that failed ended (counting the character that ended it);
/// this reader counts the same way, so `kubectl get pods | jq .` fails as the real pair does.
struct JqJSONReader {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 0

    /// A reader of `text`.
    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// A value read from the stream, with the number of lines read when it ended (jq's `(at <stdin>:N)`).
    struct Read {
        var value: JqValue
        var line: Int
    }

    /// The values until the end or the first error (values before an error are still returned).
    mutating func readAll() -> (values: [Read], error: String?) {
        var values: [Read] = []
        while true {
            skipWhitespace()
            if index >= scalars.count { return (values, nil) }
            do throws(ParseFailure) {
                let value = try readValue(depth: 0)
                skipWhitespace()
                values.append(Read(value: value, line: line - 1))
            } catch {
                return (values, "parse error: \(error.message) at line \(line), column \(column)")
            }
        }
    }

    private struct ParseFailure: Error {
        var message: String
    }

    private mutating func advance() -> Unicode.Scalar? {
        guard index < scalars.count else { return nil }
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" {
            line += 1
            column = 0
        } else {
            column += 1
        }
        return scalar
    }

    private mutating func skipWhitespace() {
        while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { _ = advance() }
    }

    private func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func unfinished() -> ParseFailure {
        while advance() != nil {}
        return ParseFailure(message: "Unfinished JSON term at EOF")
    }

    private mutating func readValue(depth: Int) throws(ParseFailure) -> JqValue {
        skipWhitespace()
        guard let first = peek() else { throw unfinished() }
        // jq 1.6's limit (MAX_PARSING_DEPTH), which also bounds the recursion here and in the evaluator.
        guard depth < 256 else {
            _ = advance()
            throw ParseFailure(message: "Exceeds depth limit for parsing")
        }
        switch first {
        case "{":
            _ = advance()
            var members: [JqMember] = []
            skipWhitespace()
            if peek() == "}" {
                _ = advance()
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard let next = peek() else { throw unfinished() }
                guard next == "\"" else {
                    if next == "}" || next == "," {
                        _ = advance()
                        throw ParseFailure(message: next == "}" ? "Expected another key-value pair" : "Expected value before ','")
                    }
                    _ = try readLiteral()
                    throw ParseFailure(message: "Object keys must be strings")
                }
                let key = try readString()
                skipWhitespace()
                guard let colon = peek() else { throw unfinished() }
                guard colon == ":" else {
                    _ = try? readValue(depth: depth + 1)
                    _ = advance()
                    throw ParseFailure(message: "Expected separator between values")
                }
                _ = advance()
                let value = try readValue(depth: depth + 1)
                members.append(JqMember(key: key, value: value))
                skipWhitespace()
                guard let separator = advance() else { throw unfinished() }
                if separator == "}" { return .object(members) }
                guard separator == "," else { throw ParseFailure(message: "Expected separator between values") }
            }
        case "[":
            _ = advance()
            var elements: [JqValue] = []
            skipWhitespace()
            if peek() == "]" {
                _ = advance()
                return .array(elements)
            }
            while true {
                skipWhitespace()
                if peek() == "]" {
                    _ = advance()
                    throw ParseFailure(message: "Expected another array element")
                }
                elements.append(try readValue(depth: depth + 1))
                skipWhitespace()
                guard let separator = advance() else { throw unfinished() }
                if separator == "]" { return .array(elements) }
                guard separator == "," else { throw ParseFailure(message: "Expected separator between values") }
            }
        case "\"":
            return .string(try readString())
        case "]", "}":
            _ = advance()
            throw ParseFailure(message: "Unmatched '\(first)'")
        case ",":
            _ = advance()
            throw ParseFailure(message: "Expected value before ','")
        case ":":
            _ = advance()
            throw ParseFailure(message: "':' not as part of an object")
        default:
            return try readLiteral()
        }
    }

    /// A bare token (number, true, false, null) up to the next delimiter, which is consumed as jq does.
    private mutating func readLiteral() throws(ParseFailure) -> JqValue {
        var token = ""
        while let next = peek(), !" \t\n\r[]{},:\"".unicodeScalars.contains(next) {
            token.unicodeScalars.append(next)
            _ = advance()
        }
        let atEnd = peek() == nil
        func fail(_ message: String) -> ParseFailure {
            if atEnd { return ParseFailure(message: message + " at EOF") }
            _ = advance()
            return ParseFailure(message: message)
        }
        switch token {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        if let first = token.unicodeScalars.first, ["t", "f", "n"].contains(first) { throw fail("Invalid literal") }
        let isNumber = !token.isEmpty && token.unicodeScalars.allSatisfy { "0123456789+-.eE".unicodeScalars.contains($0) }
        guard isNumber, let number = Double(token) else { throw fail("Invalid numeric literal") }
        return .number(number)
    }

    private mutating func readString() throws(ParseFailure) -> String {
        _ = advance()
        var text = String.UnicodeScalarView()
        var pendingHigh: UInt32?
        while true {
            guard let scalar = advance() else { throw unfinished() }
            if scalar == "\"" { break }
            if scalar != "\\" {
                text.append(scalar)
                continue
            }
            guard let escape = advance() else { throw unfinished() }
            switch escape {
            case "\"", "\\", "/": text.append(escape)
            case "b": text.append("\u{8}")
            case "f": text.append("\u{C}")
            case "n": text.append("\n")
            case "r": text.append("\r")
            case "t": text.append("\t")
            case "u":
                var hex = ""
                for _ in 0..<4 {
                    guard let digit = advance() else { throw unfinished() }
                    hex.unicodeScalars.append(digit)
                }
                guard let code = UInt32(hex, radix: 16) else { throw ParseFailure(message: "Invalid escape") }
                if (0xD800..<0xDC00).contains(code) {
                    pendingHigh = code
                    continue
                }
                if (0xDC00..<0xE000).contains(code), let high = pendingHigh {
                    let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                    text.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                } else {
                    text.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                }
            default: throw ParseFailure(message: "Invalid escape")
            }
            if pendingHigh != nil, escape != "u" { text.append("\u{FFFD}") }
            pendingHigh = nil
        }
        return String(text)
    }
}
