import ClusterModel

/// `-o kyaml`: KYAML as sigs.k8s.io/yaml's `kyaml.Encoder` writes an object's JSON (kubectl v1.35's KYAML printer).
///
/// Written here rather than taken from a package: no Swift package emits KYAML, and the output must be byte for byte
/// the encoder's — a `---` header, `{}` and `[]` for every map and list (a list of maps or lists "cuddled" as
/// `[{`…`}, {`…`}]`), trailing commas, keys quoted only when a YAML parser could read them as something else, every
/// string value double-quoted with Go's escapes, and multi-line strings folded (`\n\` line endings).
enum KYAMLEmitter {
    /// One document: `---`, the value, a newline.
    static func document(_ value: JSONValue) -> String {
        var out = "---\n"
        render(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    private static func render(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int, .double: out += value.compactJSON
        case .string(let text): string(text, indent: indent + 1, key: false, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            let cuddle = items.allSatisfy { if case .array = $0 { return true }; if case .object = $0 { return true }; return false }
            if cuddle {
                // `renderCuddledSequence`.
                out += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ", " }
                    render(item, indent: indent, into: &out)
                }
                out += "]"
                return
            }
            // `renderUncuddledSequence`.
            out += "[\n" + spaces(indent)
            for item in items {
                out += spaces(1)
                render(item, indent: indent + 1, into: &out)
                out += ",\n" + spaces(indent)
            }
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for key in members.keys.sorted() {
                out += spaces(indent + 1)
                string(key, indent: indent + 1, key: true, into: &out)
                out += ": "
                render(members[key]!, indent: indent + 1, into: &out)
                out += ",\n"
            }
            out += spaces(indent) + "}"
        }
    }

    private static func spaces(_ level: Int) -> String { String(repeating: "  ", count: level) }

    /// `renderString`: a key bare when `needsQuotes` allows (keys are rendered compact: `\n` and `\t` escaped);
    /// a value always quoted, a multi-line one folded with each line indented to `indent`.
    private static func string(_ text: String, indent: Int, key: Bool, into out: inout String) {
        let multi = text.contains("\n") || text.unicodeScalars.contains("\n")
        if key, !multi, !needsQuotes(text) {
            out += text
            return
        }
        var buffer = "\""
        let folded = multi && !key
        if folded { buffer += "\\\n" }
        for scalar in text.unicodeScalars {
            if buffer.hasSuffix("\n") {
                // `appendEscapedRune` after a fold: the indent, then a space (or an escape for leading white space).
                buffer += spaces(indent)
                buffer += scalar.properties.isWhitespace && scalar != "\n" ? "\\" : " "
            }
            switch scalar {
            case "\n": buffer += key ? "\\n" : "\\n\\\n"
            case "\t": buffer += key ? "\\t" : "\t"
            case "\"", "\\":
                buffer += "\\"
                buffer.unicodeScalars.append(scalar)
            default: buffer += escaped(scalar)
            }
        }
        if folded {
            if !buffer.hasSuffix("\n") { buffer += "\\\n" }
            buffer += spaces(indent)
        }
        out += buffer + "\""
    }

    /// Go's `strconv.Quote` escapes for one scalar (printable characters as they are).
    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{07}": return "\\a"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        case "\r": return "\\r"
        case "\u{0B}": return "\\v"
        case "\u{00}": return "\\0"
        case "\u{1B}": return "\\e"
        case "\u{85}": return "\\N"
        case "\u{A0}": return "\\_"
        case "\u{2028}": return "\\L"
        case "\u{2029}": return "\\P"
        default: break
        }
        if GoQuote.isPrint(scalar) { return String(scalar) }
        let hex = String(scalar.value, radix: 16)
        if scalar.value < 0x20 || scalar.value == 0x7F { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        if scalar.value < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// `needsQuotes`: empty, ambiguous to a YAML parser, or holding a character other than letters, digits and `_`
    /// (`-`, `.`, `/` are allowed inside).
    static func needsQuotes(_ text: String) -> Bool {
        if text.isEmpty || isTypeAmbiguous(text) { return true }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" { continue }
            if index > 0, index < scalars.count - 1, scalar == "-" || scalar == "." || scalar == "/" { continue }
            return true
        }
        return false
    }

    /// `isTypeAmbiguous`: null, booleans (YAML 1.1's and `strconv.ParseBool`'s), numbers (also with `_`, `0x`, `0o`,
    /// `0b`), sexagesimal numbers, infinities, NaN and timestamps.
    static func isTypeAmbiguous(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["null", "~", "", "true", "y", "yes", "on", "false", "n", "no", "off", ".inf", "-.inf", "+.inf", ".nan"].contains(lower) { return true }
        if ["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"].contains(text) { return true }
        let plain = text.replacingOccurrences("_", with: "")
        if isGoInteger(plain) || isGoFloat(plain) { return true }
        if isSexagesimal(text) || isTimestamp(text) { return true }
        return false
    }

    /// `strconv.ParseInt(s, 0, 64)` succeeds (a sign, then decimal, `0x`, `0o`, `0b` or a leading-0 octal).
    private static func isGoInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("+") || body.hasPrefix("-") { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        let lower = body.lowercased()
        if lower.hasPrefix("0x") { return lower.count > 2 && Int64(lower.dropFirst(2), radix: 16) != nil }
        if lower.hasPrefix("0o") { return lower.count > 2 && Int64(lower.dropFirst(2), radix: 8) != nil }
        if lower.hasPrefix("0b") { return lower.count > 2 && Int64(lower.dropFirst(2), radix: 2) != nil }
        if lower.hasPrefix("0"), lower.count > 1 { return Int64(lower.dropFirst(), radix: 8) != nil }
        return Int64(lower) != nil
    }

    /// `strconv.ParseFloat(s, 64)` succeeds (also `inf`, `infinity`, `nan`, hexadecimal floats).
    private static func isGoFloat(_ text: String) -> Bool {
        guard let first = text.first, first.isNumber || "+-.iInN".contains(first) else { return false }
        return Double(text) != nil
    }

    /// `[+-]?[1-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?`.
    private static func isSexagesimal(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        guard let head = scalars.first, ("1"..."9").contains(head) else { return false }
        var parts = String(String.UnicodeScalarView(scalars)).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].allSatisfy({ $0.isNumber || $0 == "_" }) else { return false }
        var last = parts.removeLast()
        if let dot = last.firstIndex(of: ".") {
            guard last[last.index(after: dot)...].allSatisfy({ $0.isNumber || $0 == "_" }) else { return false }
            last = last[..<dot]
        }
        parts.append(last)
        for part in parts.dropFirst() {
            guard (1...2).contains(part.count), part.allSatisfy(\.isNumber) else { return false }
            if part.count == 2, let tens = part.first, !("0"..."5").contains(tens) { return false }
        }
        return true
    }

    /// The timestamp shapes `parseTimestamp` accepts: a date `YYYY-M-D`, optionally with a time after `T`, `t` or a
    /// space.
    private static func isTimestamp(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 8, characters.prefix(4).allSatisfy(\.isNumber), characters[4] == "-" else { return false }
        let date = text.prefix { $0 != "T" && $0 != "t" && $0 != " " }
        let fields = date.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), (1...2).contains(fields[1].count),
            (1...2).contains(fields[2].count)
        else { return false }
        let rest = text.dropFirst(date.count)
        if rest.isEmpty { return true }
        let time = rest.dropFirst()
        return time.count >= 5 && time.contains(":")
    }
}
