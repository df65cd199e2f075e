import ClusterModel

/// Decodes a JSON text the way Go's `encoding/json` does when the API server reads a request body, with its
/// syntax errors word for word (`invalid character 'b' looking for beginning of object key string`,
/// `unexpected end of JSON input`): the texts of the state machine in Go's `encoding/json/scanner.go`.
///
/// kubectl sends a patch that starts with `{` unchanged (apimachinery `yaml.ToJSON` only converts other text), so
/// the server, not kubectl, reports its syntax errors; this decoder lets the simulated server report them too.
/// Members whose value is `null` are kept (a merge patch deletes with them).
struct GoJSONDecoder {
    /// A syntax error, worded as Go's `SyntaxError.Error()`.
    struct SyntaxError: Error, Equatable {
        var message: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// Go's scanner refuses nesting deeper than 10,000 levels (`exceeded max depth`); the simulated cluster takes
    /// at most ``TutorLimits/maximumPatchDepth`` (what its recursive merges handle safely), checked first with
    /// ``nestingDepth(_:)``. This bound only keeps the decoder itself safe.
    private static let maximumDepth = TutorLimits.maximumPatchDepth

    /// The deepest nesting of `[` and `{` outside strings, found without recursion.
    static func nestingDepth(_ text: String) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return deepest
    }

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// The value `text` holds, or Go's error for it.
    static func decode(_ text: String) throws(SyntaxError) -> JSONValue {
        var decoder = GoJSONDecoder(text)
        decoder.skipSpace()
        let value = try decoder.value()
        decoder.skipSpace()
        if decoder.position < decoder.bytes.count {
            throw decoder.invalid(decoder.bytes[decoder.position], "after top-level value")
        }
        return value
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private var endOfInput: SyntaxError { SyntaxError(message: "unexpected end of JSON input") }

    /// `invalid character 'x' <context>`, the character quoted as Go's `quoteChar` does.
    private func invalid(_ byte: UInt8, _ context: String) -> SyntaxError {
        let quoted: String
        switch byte {
        case UInt8(ascii: "'"): quoted = "'\\''"
        case UInt8(ascii: "\""): quoted = "'\"'"
        default: quoted = "'" + GoQuote.quoted(String(Character(Unicode.Scalar(byte)))).dropFirst().dropLast() + "'"
        }
        return SyntaxError(message: "invalid character \(quoted) \(context)")
    }

    private mutating func next() throws(SyntaxError) -> UInt8 {
        guard position < bytes.count else { throw endOfInput }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func value() throws(SyntaxError) -> JSONValue {
        guard position < bytes.count else { throw endOfInput }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: throw invalid(byte, "looking for beginning of value")
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw SyntaxError(message: "exceeded max depth") }
    }

    private mutating func object() throws(SyntaxError) -> JSONValue {
        try enter()
        position += 1
        var members: [String: JSONValue] = [:]
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard position < bytes.count else { throw endOfInput }
            guard bytes[position] == UInt8(ascii: "\"") else { throw invalid(bytes[position], "looking for beginning of object key string") }
            let key = try string()
            skipSpace()
            let colon = try next()
            guard colon == UInt8(ascii: ":") else { throw invalid(colon, "after object key") }
            skipSpace()
            members[key] = try value()
            skipSpace()
            let separator = try next()
            if separator == UInt8(ascii: "}") { break }
            guard separator == UInt8(ascii: ",") else { throw invalid(separator, "after object key:value pair") }
        }
        depth -= 1
        return .object(members)
    }

    private mutating func array() throws(SyntaxError) -> JSONValue {
        try enter()
        position += 1
        var items: [JSONValue] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            let separator = try next()
            if separator == UInt8(ascii: "]") { break }
            guard separator == UInt8(ascii: ",") else { throw invalid(separator, "after array element") }
        }
        depth -= 1
        return .array(items)
    }

    private mutating func string() throws(SyntaxError) -> String {
        position += 1
        var scalars: [UInt8] = []
        var pendingHigh: UInt32?
        func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        while true {
            let byte = try next()
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw invalid(byte, "in string literal") }
            guard byte == UInt8(ascii: "\\") else {
                if pendingHigh != nil { appendScalar(0xFFFD, to: &scalars); pendingHigh = nil }
                scalars.append(byte)
                continue
            }
            let escape = try next()
            let simple: [UInt8: UInt8] = [
                UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D,
                UInt8(ascii: "t"): 0x09, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "\""): 0x22,
            ]
            if let replacement = simple[escape] {
                if pendingHigh != nil { appendScalar(0xFFFD, to: &scalars); pendingHigh = nil }
                scalars.append(replacement)
                continue
            }
            guard escape == UInt8(ascii: "u") else { throw invalid(escape, "in string escape code") }
            var code: UInt32 = 0
            for _ in 0..<4 {
                let digit = try next()
                guard let value = Self.hexValue(digit) else { throw invalid(digit, "in \\u hexadecimal character escape") }
                code = code * 16 + value
            }
            if let high = pendingHigh {
                pendingHigh = nil
                if (0xDC00...0xDFFF).contains(code) {
                    appendScalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00), to: &scalars)
                    continue
                }
                appendScalar(0xFFFD, to: &scalars)
            }
            if (0xD800...0xDBFF).contains(code) {
                pendingHigh = code
            } else if (0xDC00...0xDFFF).contains(code) {
                appendScalar(0xFFFD, to: &scalars)
            } else {
                appendScalar(code, to: &scalars)
            }
        }
        if pendingHigh != nil { appendScalar(0xFFFD, to: &scalars) }
        // Go replaces invalid UTF-8 with U+FFFD when it decodes a string.
        return String(decoding: scalars, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private func isDigit(_ index: Int) -> Bool {
        index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
    }

    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = position
        var integral = true
        if bytes[position] == UInt8(ascii: "-") {
            position += 1
            guard position < bytes.count else { throw endOfInput }
            guard isDigit(position) else { throw invalid(bytes[position], "in numeric literal") }
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while isDigit(position) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            integral = false
            position += 1
            guard position < bytes.count else { throw endOfInput }
            guard isDigit(position) else { throw invalid(bytes[position], "after decimal point in numeric literal") }
            while isDigit(position) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            integral = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count else { throw endOfInput }
            guard isDigit(position) else { throw invalid(bytes[position], "in exponent of numeric literal") }
            while isDigit(position) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if integral, let int = Int(text) { return .int(int) }
        return .double(Double(text) ?? 0)
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        position += 1
        for byte in expected.dropFirst() {
            let actual = try next()
            if actual != byte {
                throw invalid(actual, "in literal \(word) (expecting '\(Character(Unicode.Scalar(byte)))')")
            }
        }
    }
}
