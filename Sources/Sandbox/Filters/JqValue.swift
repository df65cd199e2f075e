/// A JSON value as jq holds it: objects keep their keys in input order (jq prints them so), numbers are doubles.
///
/// `ClusterModel`'s `JSONValue` sorts keys as Go does, which is right for kubectl's output and wrong for jq's,
/// hence a value type of jq's own.
enum JqValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JqValue])
    case object([JqMember])

    /// jq's type name (`null`, `boolean`, `number`, `string`, `array`, `object`).
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The member `key` of an object.
    func member(_ key: String) -> JqValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// jq's truthiness: everything but `null` and `false`.
    var isTruthy: Bool {
        switch self {
        case .null, .bool(false): return false
        default: return true
        }
    }

    /// How jq names the value in an error: its type and its JSON, cut after 11 bytes when longer than 14, as
    /// jq 1.6 does.
    var errorDescription: String {
        let text = compactText
        let shown = text.utf8.count > 14 ? String(decoding: Array(text.utf8.prefix(11)), as: UTF8.self) + "..." : text
        return "\(typeName) (\(shown))"
    }

    /// jq's order of values: null < false < true < numbers < strings < arrays < objects.
    static func compare(_ a: JqValue, _ b: JqValue) -> Int {
        func rank(_ value: JqValue) -> Int {
            switch value {
            case .null: return 0
            case .bool(false): return 1
            case .bool(true): return 2
            case .number: return 3
            case .string: return 4
            case .array: return 5
            case .object: return 6
            }
        }
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.string(let x), .string(let y)): return SortFilter.bytes(x, y)
        case (.array(let x), .array(let y)):
            for (left, right) in zip(x, y) {
                let order = compare(left, right)
                if order != 0 { return order }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        case (.object(let x), .object(let y)):
            let keysX = sortedKeys(x), keysY = sortedKeys(y)
            let order = compare(.array(keysX.map(JqValue.string)), .array(keysY.map(JqValue.string)))
            if order != 0 { return order }
            for key in keysX {
                let inner = compare(JqValue.object(x).member(key) ?? .null, JqValue.object(y).member(key) ?? .null)
                if inner != 0 { return inner }
            }
            return 0
        default: return rank(a) < rank(b) ? -1 : (rank(a) > rank(b) ? 1 : 0)
        }
    }

    /// jq's equality: numbers by value, objects whatever their key order.
    static func equal(_ a: JqValue, _ b: JqValue) -> Bool { compare(a, b) == 0 }

    /// An object's keys in byte order, each once.
    static func sortedKeys(_ members: [JqMember]) -> [String] {
        Array(Set(members.map(\.key))).sorted { SortFilter.bytes($0, $1) < 0 }
    }

    /// The value on one line, as `jq -c` prints it.
    var compactText: String {
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// The value as `jq` prints it: two-space indentation, `"key": value`.
    var indentedText: String {
        var output = ""
        write(to: &output, indent: 2, level: 0)
        return output
    }

    private func write(to output: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += Self.format(value)
        case .string(let value): output += Self.quoted(value)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                if let indent { output += "\n" + String(repeating: " ", count: indent * (level + 1)) }
                element.write(to: &output, indent: indent, level: level + 1)
            }
            if let indent { output += "\n" + String(repeating: " ", count: indent * level) }
            output += "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                if let indent { output += "\n" + String(repeating: " ", count: indent * (level + 1)) }
                output += Self.quoted(member.key) + (indent == nil ? ":" : ": ")
                member.value.write(to: &output, indent: indent, level: level + 1)
            }
            if let indent { output += "\n" + String(repeating: " ", count: indent * level) }
            output += "}"
        }
    }

    /// A string as jq writes it: `"`, `\` and control characters escaped (`\n`, `\t`, … or `\u001b`).
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// A number as jq 1.6 prints it: the shortest digits that read back, in exponent form (`1e+20`, `1e-05`)
    /// when the decimal point would sit more than 15 places past them or 4 before them.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "null" }
        if value.isInfinite { return value > 0 ? "1.7976931348623157e+308" : "-1.7976931348623157e+308" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let negative = value < 0
        // Swift's description has the shortest round-trip digits: split them into digits and exponent.
        let description = abs(value).description
        let parts = description.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let integerPart = mantissa.prefix { $0 != "." }
        let fractionPart = mantissa.contains(".") ? mantissa.drop { $0 != "." }.dropFirst() : ""
        var digits = String(integerPart) + String(fractionPart)
        exponent += integerPart.count
        // Strip leading zeros (0.001 → digits 1, point moves) and trailing zeros.
        while digits.hasPrefix("0"), digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        let decimalPoint = exponent
        var text: String
        if decimalPoint <= -4 || decimalPoint > digits.count + 15 {
            text = String(digits.prefix(1))
            if digits.count > 1 { text += "." + digits.dropFirst() }
            let power = decimalPoint - 1
            let magnitude = String(abs(power))
            text += "e" + (power < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
        } else if decimalPoint <= 0 {
            text = "0." + String(repeating: "0", count: -decimalPoint) + digits
        } else if decimalPoint >= digits.count {
            text = digits + String(repeating: "0", count: decimalPoint - digits.count)
        } else {
            text = String(digits.prefix(decimalPoint)) + "." + digits.dropFirst(decimalPoint)
        }
        return (negative ? "-" : "") + text
    }
}
