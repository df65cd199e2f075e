import ClusterModel

/// Writes a `JSONValue` as YAML exactly as kubectl's `-o yaml` does: `sigs.k8s.io/yaml` converts the JSON to
/// YAML with go-yaml v2, so this follows go-yaml v2's encoder and emitter (`encode.go`, `emitterc.go`,
/// `resolve.go`, `sorter.go`):
///
/// * keys sorted with go-yaml's natural order (letters by code point, digit runs numerically, a non-letter
///   before a letter), 2-space indentation, sequences not indented under their mapping key;
/// * a string that would resolve to another YAML 1.1 type (`true`, `y`, `on`, `null`, `""`, `1014`, `1e3`,
///   `0x1F`, `2026-11-28T12:13:21Z`, `1:20`) is double-quoted; a string that cannot be plain (leading or
///   trailing space, `: `, ` #`, a leading indicator such as `[`, `*`, `-␠`) is single-quoted; control
///   characters force double quotes with escapes; a string with a newline is a `|`/`|-`/`|+` literal block
///   unless it has a space before a newline or trailing spaces (then double-quoted);
/// * plain, single- and double-quoted scalars longer than 80 columns are folded at spaces, as go-yaml's
///   `best_width` does;
/// * `{}` and `[]` for empty collections, `null` for null.
public struct YAMLEmitter {
    private var out = ""
    private var column = 0
    private var whitespace = true
    private var indention = true
    private static let bestWidth = 80

    /// The YAML document for `value`, ending with a newline.
    public static func document(_ value: JSONValue) -> String {
        var emitter = YAMLEmitter()
        emitter.emitRoot(value)
        return emitter.out
    }

    // MARK: Structure

    private mutating func emitRoot(_ value: JSONValue) {
        switch value {
        case .object(let members) where !members.isEmpty: emitMapping(members, indent: 0)
        case .array(let items) where !items.isEmpty: emitSequence(items, indent: 0)
        default: emitScalarOrEmpty(value, indent: 2, key: false)
        }
        writeIndent(0)
    }

    private mutating func emitMapping(_ members: [String: JSONValue], indent: Int) {
        for key in YAMLEmitter.sortedKeys(members.keys) {
            writeIndent(indent)
            emitString(key, indent: indent + 2, key: true)
            writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
            let value = members[key]!
            switch value {
            case .object(let nested) where !nested.isEmpty: emitMapping(nested, indent: indent + 2)
            case .array(let items) where !items.isEmpty: emitSequence(items, indent: indent)
            default: emitScalarOrEmpty(value, indent: indent + 2, key: false)
            }
        }
    }

    private mutating func emitSequence(_ items: [JSONValue], indent: Int) {
        for item in items {
            writeIndent(indent)
            writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
            switch item {
            case .object(let nested) where !nested.isEmpty: emitMapping(nested, indent: indent + 2)
            case .array(let nested) where !nested.isEmpty: emitSequence(nested, indent: indent + 2)
            default: emitScalarOrEmpty(item, indent: indent + 2, key: false)
            }
        }
    }

    private mutating func emitScalarOrEmpty(_ value: JSONValue, indent: Int, key: Bool) {
        switch value {
        case .object:
            writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
            writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
        case .array:
            writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
            writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
        case .null: writePlain("null", indent: indent, allowBreaks: false)
        case .bool(let flag): writePlain(flag ? "true" : "false", indent: indent, allowBreaks: false)
        case .int(let number): writePlain(String(number), indent: indent, allowBreaks: false)
        case .double(let number): writePlain(YAMLEmitter.goFloat(number), indent: indent, allowBreaks: false)
        case .string(let text): emitString(text, indent: indent, key: key)
        }
    }

    // MARK: Strings

    private enum Style { case plain, single, double, literal }

    private mutating func emitString(_ text: String, indent: Int, key: Bool) {
        let scalars = Array(text.unicodeScalars)
        var style: Style
        let canUsePlain = YAMLEmitter.resolvesToString(text) && !YAMLEmitter.isBase60Float(text)
        if text.contains("\n") {
            style = .literal
        } else if canUsePlain {
            style = .plain
        } else {
            style = .double
        }
        let analysis = Analysis(scalars)
        if key && analysis.multiline { style = .double }
        if style == .plain {
            if !analysis.blockPlainAllowed { style = .single }
            if scalars.isEmpty && key { style = .single }
        }
        if style == .single && !analysis.singleQuotedAllowed { style = .double }
        if style == .literal && (!analysis.blockAllowed || key) { style = .double }
        switch style {
        case .plain: writePlain(text, indent: indent, allowBreaks: !key)
        case .single: writeSingleQuoted(scalars, indent: indent, allowBreaks: !key)
        case .double: writeDoubleQuoted(scalars, indent: indent, allowBreaks: !key)
        case .literal: writeLiteral(scalars, indent: indent)
        }
    }

    /// go-yaml's `yaml_emitter_analyze_scalar`, reduced to the flags block context needs.
    private struct Analysis {
        var multiline = false
        var blockPlainAllowed = true
        var singleQuotedAllowed = true
        var blockAllowed = true

        init(_ value: [Unicode.Scalar]) {
            if value.isEmpty {
                blockPlainAllowed = true
                singleQuotedAllowed = true
                blockAllowed = false
                return
            }
            var blockIndicators = false
            var lineBreaks = false, specialCharacters = false
            var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
            var breakSpace = false, spaceBreak = false
            var precededByWhitespace = true, previousSpace = false, previousBreak = false
            if value.count >= 3 {
                let head = String(String.UnicodeScalarView(value[0..<3]))
                if head == "---" || head == "..." { blockIndicators = true }
            }
            for index in value.indices {
                let character = value[index]
                let followedByWhitespace = index + 1 >= value.count || value[index + 1] == " " || value[index + 1] == "\t"
                if index == 0 {
                    switch character {
                    case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`": blockIndicators = true
                    case "?", ":": if followedByWhitespace { blockIndicators = true }
                    case "-": if followedByWhitespace { blockIndicators = true }
                    default: break
                    }
                } else {
                    switch character {
                    case ":": if followedByWhitespace { blockIndicators = true }
                    case "#": if precededByWhitespace { blockIndicators = true }
                    default: break
                    }
                }
                if !YAMLEmitter.isPrintable(character) { specialCharacters = true }
                if character == " " {
                    if index == 0 { leadingSpace = true }
                    if index == value.count - 1 { trailingSpace = true }
                    if previousBreak { breakSpace = true }
                    previousSpace = true
                    previousBreak = false
                } else if YAMLEmitter.isBreak(character) {
                    lineBreaks = true
                    if index == 0 { leadingBreak = true }
                    if index == value.count - 1 { trailingBreak = true }
                    if previousSpace { spaceBreak = true }
                    previousSpace = false
                    previousBreak = true
                } else {
                    previousSpace = false
                    previousBreak = false
                }
                precededByWhitespace = character == " " || character == "\t" || YAMLEmitter.isBreak(character) || character == "\0"
            }
            multiline = lineBreaks
            if leadingSpace || leadingBreak || trailingSpace || trailingBreak { blockPlainAllowed = false }
            if trailingSpace { blockAllowed = false }
            if breakSpace {
                blockPlainAllowed = false
                singleQuotedAllowed = false
            }
            if spaceBreak || specialCharacters {
                blockPlainAllowed = false
                singleQuotedAllowed = false
                blockAllowed = false
            }
            if lineBreaks { blockPlainAllowed = false }
            if blockIndicators { blockPlainAllowed = false }
        }
    }

    static func isPrintable(_ character: Unicode.Scalar) -> Bool {
        let value = character.value
        return value == 0x0A || (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value)
            || ((0xE000...0xFFFD).contains(value) && value != 0xFEFF)
    }

    static func isBreak(_ character: Unicode.Scalar) -> Bool {
        character == "\n" || character == "\r" || character.value == 0x85 || character.value == 0x2028 || character.value == 0x2029
    }

    // MARK: Writers

    private mutating func put(_ text: String) {
        out += text
        column += text.unicodeScalars.count
    }

    private mutating func putBreak() {
        out += "\n"
        column = 0
    }

    private mutating func writeIndent(_ indent: Int) {
        if !indention || column > indent || (column == indent && !whitespace) { putBreak() }
        if column < indent { put(String(repeating: " ", count: indent - column)) }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(_ indicator: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(" ") }
        put(indicator)
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    private mutating func writePlain(_ text: String, indent: Int, allowBreaks: Bool) {
        if !whitespace { put(" ") }
        let value = Array(text.unicodeScalars)
        var spaces = false
        var index = 0
        while index < value.count {
            let character = value[index]
            if character == " " {
                let nextIsSpace = index + 1 < value.count && value[index + 1] == " "
                if allowBreaks && !spaces && column > YAMLEmitter.bestWidth && !nextIsSpace {
                    writeIndent(indent)
                } else {
                    put(" ")
                }
                spaces = true
            } else {
                put(String(character))
                indention = false
                spaces = false
            }
            index += 1
        }
        whitespace = false
        indention = false
    }

    private mutating func writeSingleQuoted(_ value: [Unicode.Scalar], indent: Int, allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        for index in value.indices {
            let character = value[index]
            if character == " " {
                let nextIsSpace = index + 1 < value.count && value[index + 1] == " "
                if allowBreaks && !spaces && column > YAMLEmitter.bestWidth && index > 0 && index < value.count - 1 && !nextIsSpace {
                    writeIndent(indent)
                } else {
                    put(" ")
                }
                spaces = true
            } else {
                put(String(character))
                if character == "'" { put("'") }
                indention = false
                spaces = false
            }
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private mutating func writeDoubleQuoted(_ value: [Unicode.Scalar], indent: Int, allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        for index in value.indices {
            let character = value[index]
            if !YAMLEmitter.isPrintable(character) || character.value == 0xFEFF || YAMLEmitter.isBreak(character)
                || character == "\"" || character == "\\"
            {
                put("\\" + YAMLEmitter.escape(character))
                spaces = false
            } else if character == " " {
                if allowBreaks && !spaces && column > YAMLEmitter.bestWidth && index > 0 && index < value.count - 1 {
                    writeIndent(indent)
                    if index + 1 < value.count && value[index + 1] == " " { put("\\") }
                } else {
                    put(" ")
                }
                spaces = true
            } else {
                put(String(character))
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private static func escape(_ character: Unicode.Scalar) -> String {
        switch character.value {
        case 0x00: return "0"
        case 0x07: return "a"
        case 0x08: return "b"
        case 0x09: return "t"
        case 0x0A: return "n"
        case 0x0B: return "v"
        case 0x0C: return "f"
        case 0x0D: return "r"
        case 0x1B: return "e"
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x85: return "N"
        case 0xA0: return "_"
        case 0x2028: return "L"
        case 0x2029: return "P"
        default:
            let hex = String(character.value, radix: 16, uppercase: true)
            if character.value <= 0xFF { return "x" + String(repeating: "0", count: 2 - hex.count) + hex }
            if character.value <= 0xFFFF { return "u" + String(repeating: "0", count: 4 - hex.count) + hex }
            return "U" + String(repeating: "0", count: 8 - hex.count) + hex
        }
    }

    private mutating func writeLiteral(_ value: [Unicode.Scalar], indent: Int) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        if let first = value.first, first == " " || YAMLEmitter.isBreak(first) { put("2") }
        if let last = value.last {
            if !YAMLEmitter.isBreak(last) {
                put("-")
            } else if value.count == 1 || YAMLEmitter.isBreak(value[value.count - 2]) {
                put("+")
            }
        } else {
            put("-")
        }
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        for character in value {
            if YAMLEmitter.isBreak(character) {
                putBreak()
                indention = true
                breaks = true
            } else {
                if breaks {
                    writeIndent(indent)
                    breaks = false
                }
                put(String(character))
                indention = false
            }
        }
        // go-yaml leaves the emitter at the start of a line after a trailing break.
        whitespace = true
    }

    // MARK: Resolution (what a plain scalar would parse as)

    /// Whether go-yaml v2 would read `text`, unquoted, back as a string (`resolve` returns `!!str`).
    static func resolvesToString(_ text: String) -> Bool {
        let special: Set<String> = [
            "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no", "No", "NO", "false", "False",
            "FALSE", "off", "Off", "OFF", "", "~", "null", "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf",
            "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", "<<",
        ]
        guard let first = text.unicodeScalars.first else { return false }
        let hint: Character?
        switch first {
        case "+", "-": hint = "S"
        case "0"..."9": hint = "D"
        case "y", "Y", "n", "N", "t", "T", "f", "F", "o", "O", "~": hint = "M"
        case ".": hint = "."
        case "<": hint = "M"
        default: hint = nil
        }
        guard let hint else { return true }
        if special.contains(text) { return false }
        switch hint {
        case ".": return !isGoFloat(text)
        case "D", "S":
            if isTimestamp(text) { return false }
            let plain = String(text.filter { $0 != "_" })
            if isGoInteger(plain) { return false }
            if isYAMLStyleFloat(plain) { return false }
            if plain.hasPrefix("0b"), !plain.dropFirst(2).isEmpty, plain.dropFirst(2).allSatisfy({ $0 == "0" || $0 == "1" }) { return false }
            if plain.hasPrefix("-0b"), !plain.dropFirst(3).isEmpty, plain.dropFirst(3).allSatisfy({ $0 == "0" || $0 == "1" }) { return false }
            return true
        default: return true
        }
    }

    /// `strconv.ParseInt(s, 0, 64)` or `ParseUint` would succeed (sign, then `0x`, `0o`, `0b`, leading-`0` octal, or decimal).
    static func isGoInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if body.isEmpty { return false }
        func all(_ digits: Substring, _ allowed: (Character) -> Bool) -> Bool { !digits.isEmpty && digits.allSatisfy(allowed) }
        let lower = body.lowercased()
        if lower.hasPrefix("0x") { return all(body.dropFirst(2), { $0.isHexDigit }) }
        if lower.hasPrefix("0o") { return all(body.dropFirst(2), { ("0"..."7").contains($0) }) }
        if lower.hasPrefix("0b") { return all(body.dropFirst(2), { $0 == "0" || $0 == "1" }) }
        if body.first == "0" { return body.allSatisfy { ("0"..."7").contains($0) } }
        return body.allSatisfy { ("0"..."9").contains($0) }
    }

    /// go-yaml's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isYAMLStyleFloat(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
        func digits(_ s: inout Substring) -> Int {
            var count = 0
            while let c = s.first, c.isASCII, c.isNumber {
                s = s.dropFirst()
                count += 1
            }
            return count
        }
        if chars.first == "." {
            chars = chars.dropFirst()
            if digits(&chars) == 0 { return false }
        } else {
            if digits(&chars) == 0 { return false }
            if chars.first == "." {
                chars = chars.dropFirst()
                _ = digits(&chars)
            }
        }
        if chars.first == "e" || chars.first == "E" {
            chars = chars.dropFirst()
            if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
            if digits(&chars) == 0 { return false }
        }
        return chars.isEmpty
    }

    /// `strconv.ParseFloat` would accept a string starting with `.` (only `.5`-style decimals matter here).
    static func isGoFloat(_ text: String) -> Bool { isYAMLStyleFloat(text) }

    /// go-yaml's `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
    static func isBase60Float(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
        guard let first = chars.first, first.isASCII, first.isNumber else { return false }
        while let c = chars.first, c == "_" || (c.isASCII && c.isNumber) { chars = chars.dropFirst() }
        var groups = 0
        while chars.first == ":" {
            chars = chars.dropFirst()
            let digits = chars.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2 else { return false }
            if digits.count == 2, let lead = digits.first, !("0"..."5").contains(lead) { return false }
            chars = chars.dropFirst(digits.count)
            groups += 1
        }
        guard groups > 0 else { return false }
        if chars.first == "." {
            chars = chars.dropFirst()
            while let c = chars.first, c == "_" || (c.isASCII && c.isNumber) { chars = chars.dropFirst() }
        }
        return chars.isEmpty
    }

    /// go-yaml's `parseTimestamp`: `YYYY-M-D`, `YYYY-M-D[Tt]H:M:S[.frac](Z|±hh:mm)` or `YYYY-M-D H:M:S[.frac]`.
    static func isTimestamp(_ text: String) -> Bool {
        let chars = Array(text)
        var index = 0
        func number(maxDigits: Int) -> Bool {
            let start = index
            while index < chars.count, index - start < maxDigits, chars[index].isASCII, chars[index].isNumber { index += 1 }
            return index > start
        }
        func expect(_ c: Character) -> Bool {
            guard index < chars.count, chars[index] == c else { return false }
            index += 1
            return true
        }
        let yearStart = index
        guard number(maxDigits: 4), index - yearStart == 4, expect("-"), number(maxDigits: 2), expect("-"), number(maxDigits: 2) else { return false }
        if index == chars.count { return true }
        let separator = chars[index]
        guard separator == "T" || separator == "t" || separator == " " else { return false }
        index += 1
        guard number(maxDigits: 2), expect(":"), number(maxDigits: 2), expect(":"), number(maxDigits: 2) else { return false }
        if index < chars.count, chars[index] == "." {
            index += 1
            guard number(maxDigits: 9) else { return false }
        }
        if separator == " " { return index == chars.count }
        guard index < chars.count else { return false }
        if chars[index] == "Z" { return index + 1 == chars.count }
        guard chars[index] == "+" || chars[index] == "-" else { return false }
        index += 1
        guard number(maxDigits: 2), index - 0 > 0, expect(":"), number(maxDigits: 2) else { return false }
        return index == chars.count
    }

    // MARK: Numbers and key order

    /// A float as go-yaml writes it (`strconv.FormatFloat(f, 'g', -1, 64)`).
    static func goFloat(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value > 0 ? ".inf" : "-.inf" }
        return GoFormat.float(value)
    }

    /// go-yaml's `keyList.Less` for string keys.
    static func keyLess(_ a: String, _ b: String) -> Bool {
        let ar = Array(a.unicodeScalars), br = Array(b.unicodeScalars)
        var i = 0
        while i < ar.count && i < br.count {
            if ar[i] == br[i] {
                i += 1
                continue
            }
            let al = ar[i].properties.isAlphabetic, bl = br[i].properties.isAlphabetic
            if al && bl { return ar[i].value < br[i].value }
            if al || bl { return bl }
            func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == "0" || br[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(ar[j]) {
                    if ar[j] != "0" {
                        an = 1
                        bn = 1
                        break
                    }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && isDigit(ar[ai]) {
                an = an &* 10 &+ Int64(ar[ai].value - 48)
                ai += 1
            }
            var bi = i
            while bi < br.count && isDigit(br[bi]) {
                bn = bn &* 10 &+ Int64(br[bi].value - 48)
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].value < br[i].value
        }
        return ar.count < br.count
    }

    static func sortedKeys(_ keys: Dictionary<String, JSONValue>.Keys) -> [String] {
        keys.sorted(by: keyLess)
    }
}
