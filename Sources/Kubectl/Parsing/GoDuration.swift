/// Go's `time.ParseDuration` and `Duration.String`, for flags such as `--timeout=30s`.
enum GoDuration {
    /// Why a duration did not parse: Go's message, e.g. `time: invalid duration "abc"`.
    struct ParseError: Error { var message: String }

    /// Seconds in `text` (`1h2m3.5s`, `300ms`, `0`, `-1s`).
    static func parse(_ text: String) throws(ParseError) -> Double {
        let quoted = "\"\(text)\""
        var rest = Substring(text)
        var sign = 1.0
        if rest.first == "-" || rest.first == "+" {
            if rest.first == "-" { sign = -1 }
            rest = rest.dropFirst()
        }
        if rest == "0" { return 0 }
        if rest.isEmpty { throw ParseError(message: "time: invalid duration \(quoted)") }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) ?? (number == "." ? nil : Double("0" + number)) else {
                throw ParseError(message: "time: invalid duration \(quoted)")
            }
            rest = rest.dropFirst(number.count)
            let unit = rest.prefix { !($0.isNumber || $0 == ".") }
            if unit.isEmpty { throw ParseError(message: "time: missing unit in duration \(quoted)") }
            rest = rest.dropFirst(unit.count)
            let scale: Double
            switch unit {
            case "ns": scale = 1e-9
            case "us", "µs", "μs": scale = 1e-6
            case "ms": scale = 1e-3
            case "s": scale = 1
            case "m": scale = 60
            case "h": scale = 3600
            default: throw ParseError(message: "time: unknown unit \"\(unit)\" in duration \(quoted)")
            }
            total += value * scale
        }
        return sign * total
    }

    /// Go's `Duration.String` for whole and fractional seconds: `0s`, `30s`, `2m0s`, `1h0m0s`, `1.5s`.
    static func format(_ seconds: Double) -> String {
        if seconds == 0 { return "0s" }
        let negative = seconds < 0
        var value = abs(seconds)
        var out = ""
        if value >= 3600 {
            let hours = Int(value / 3600)
            out += "\(hours)h"
            value -= Double(hours) * 3600
        }
        if value >= 60 || !out.isEmpty {
            let minutes = Int(value / 60)
            out += "\(minutes)m"
            value -= Double(minutes) * 60
        }
        if value == value.rounded() {
            out += "\(Int(value))s"
        } else {
            var text = String(value)
            if text.hasSuffix(".0") { text.removeLast(2) }
            out += text + "s"
        }
        return (negative ? "-" : "") + out
    }
}
