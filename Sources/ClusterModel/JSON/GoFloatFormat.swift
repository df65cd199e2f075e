/// Formats a `Double` exactly as Go's `encoding/json` writes a `float64`.
///
/// Hand-written because Go's rules differ from Swift's `description`: the shortest digits that round-trip, in plain
/// decimal notation from 1e-6 up to (not including) 1e21 (`1e19` is `10000000000000000000`), else in exponent notation
/// with a one-digit negative exponent kept short (`1e-7`, `1e+21`).
enum GoFloatFormat {
    /// The JSON text of `value` (`null` for NaN and infinities, which Go refuses to encode).
    static func format(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return "null" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        let (negative, digits, exponent) = decompose(value)
        let sign = negative ? "-" : ""
        let magnitude = abs(value)
        if magnitude >= 1e-6 && magnitude < 1e21 {
            // `exponent` is the position of the decimal point relative to the start of `digits`.
            if exponent <= 0 { return sign + "0." + String(repeating: "0", count: -exponent) + digits }
            if exponent >= digits.count { return sign + digits + String(repeating: "0", count: exponent - digits.count) }
            let split = digits.index(digits.startIndex, offsetBy: exponent)
            return sign + digits[..<split] + "." + digits[split...]
        }
        let power = exponent - 1
        let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        let powerText = power < 0 ? "-" + String(-power) : "+" + (power < 10 ? "0" : "") + String(power)
        return sign + mantissa + "e" + powerText
    }

    /// The shortest round-tripping decimal digits of `value` (no leading or trailing zeros) and the position of the
    /// decimal point: value = 0.DIGITS × 10^exponent.
    private static func decompose(_ value: Double) -> (negative: Bool, digits: String, exponent: Int) {
        var text = "\(abs(value))"
        var power = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            power = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        var integer = text
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            integer = String(text[..<dot])
            fraction = String(text[text.index(after: dot)...])
        }
        var digits = integer + fraction
        var exponent = integer.count + power
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (value < 0, digits, exponent)
    }
}
