import ClusterModel

/// Go's `fmt` renderings of decoded JSON values (`map[string]interface{}`, `[]interface{}`, `int64`, `float64`,
/// `string`, `bool`, nil), which kubectl shows in custom-columns cells (`%v`) and jsonpath errors (`%#v`).
enum GoFormat {
    /// A float64 as `strconv.FormatFloat(f, 'g', -1, 64)` and `%v` write it: shortest digits, exponent form
    /// when the exponent is below −4 or at least 6 (`1e+06`, `1.5e-05`, `0.5`, `123456.5`).
    static func float(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        var text = "\(value)"
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        var digits = ""
        var pointPosition = text.count
        if let dot = text.firstIndex(of: ".") {
            pointPosition = text.distance(from: text.startIndex, to: dot)
            digits = text.replacingDot()
        } else {
            digits = text
        }
        var decimalPoint = pointPosition + exponent
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            decimalPoint -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        let sign = negative ? "-" : ""
        let exp = decimalPoint - 1
        if exp < -4 || exp >= 6 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let magnitude = abs(exp)
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        }
        if decimalPoint <= 0 { return sign + "0." + String(repeating: "0", count: -decimalPoint) + digits }
        if decimalPoint >= digits.count { return sign + digits + String(repeating: "0", count: decimalPoint - digits.count) }
        return sign + digits.prefix(decimalPoint) + "." + digits.dropFirst(decimalPoint)
    }

    /// `fmt.Sprintf("%v", value)`: `map[k:v k2:v2]` (sorted keys), `[a b]`, `<nil>`, numbers, raw strings.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return float(number)
        case .string(let text): return text
        case .array(let items): return "[" + items.map(GoFormat.value).joined(separator: " ") + "]"
        case .object(let members): return "map[" + members.keys.sorted().map { "\($0):\(GoFormat.value(members[$0]!))" }.joined(separator: " ") + "]"
        }
    }

    /// `fmt.Sprintf("%#v", value)` for a value held in an `interface{}`.
    static func syntax(_ value: JSONValue) -> String {
        switch value {
        case .null: return "interface {}(nil)"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return float(number)
        case .string(let text): return quoted(text)
        case .array(let items): return "[]interface {}{" + items.map(GoFormat.syntax).joined(separator: ", ") + "}"
        case .object(let members):
            return "map[string]interface {}{" + members.keys.sorted().map { "\(quoted($0)):\(GoFormat.syntax(members[$0]!))" }.joined(separator: ", ") + "}"
        }
    }

    /// Go's `%q` for a string (`strconv.Quote`): the one implementation in `ClusterModel`.
    static func quoted(_ text: String) -> String { GoQuote.quoted(text) }
}

extension String {
    /// The characters without the first `.`.
    fileprivate func replacingDot() -> String {
        var copy = self
        if let dot = copy.firstIndex(of: ".") { copy.remove(at: dot) }
        return copy
    }
}
