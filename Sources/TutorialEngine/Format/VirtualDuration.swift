/// A Go-style duration (`2m`, `120s`, `1m30s`, `500ms`, `-5s`) in milliseconds.
public struct VirtualDuration: Hashable, Sendable {
    /// The length in milliseconds (may be negative).
    public var milliseconds: Int64

    /// A duration.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// Parses `[-]N(h|m|s|ms)…`; nil when malformed.
    public init?(parsing text: String) {
        var rest = Substring(text)
        var sign: Int64 = 1
        if rest.hasPrefix("-") {
            sign = -1
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { return nil }
        if rest == "0" {
            milliseconds = 0
            return
        }
        var total: Int64 = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let number = Int64(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let unit: Int64
            if rest.hasPrefix("ms") {
                unit = 1
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("h") {
                unit = 3_600_000
                rest = rest.dropFirst()
            } else if rest.hasPrefix("m") {
                unit = 60_000
                rest = rest.dropFirst()
            } else if rest.hasPrefix("s") {
                unit = 1000
                rest = rest.dropFirst()
            } else {
                return nil
            }
            total += number * unit
        }
        milliseconds = sign * total
    }
}
