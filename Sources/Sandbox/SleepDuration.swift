/// Durations as `sleep` accepts them: coreutils' `30`, `30s`, `2m`, `1h`, `1d`, `0.5m`, and Go's `1m30s`.
enum SleepDuration {
    /// The longest a single `sleep` may move virtual time (30 days).
    static let maximum: Double = 30 * 86_400

    /// The seconds a duration names, or nil when it is not a duration.
    static func seconds(_ text: String) -> Double? {
        guard !text.isEmpty else { return nil }
        var total = 0.0
        var rest = Substring(text)
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, number.filter({ $0 == "." }).count <= 1, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unit = rest.prefix { $0.isASCII && $0.isLetter }
            rest = rest.dropFirst(unit.count)
            switch unit {
            case "", "s": total += value
            case "ms": total += value / 1000
            case "m": total += value * 60
            case "h": total += value * 3600
            case "d": total += value * 86_400
            default: return nil
            }
            if unit.isEmpty && !rest.isEmpty { return nil }
        }
        return total
    }
}
