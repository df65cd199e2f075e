/// Checks resource quantities (`500m`, `1Gi`, `2`, `1e3`) as `resource.ParseQuantity` does, with its error texts.
enum QuantityFormat {
    /// `resource.ErrFormatWrong`.
    static let formatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    /// `resource.ErrSuffix`.
    static let suffixWrong = "unable to parse quantity's suffix"
    /// `resource.ErrNumeric`.
    static let numericWrong = "unable to parse numeric part of quantity"

    /// The suffixes ParseQuantity accepts: binary SI, decimal SI, or a decimal exponent.
    private static let suffixes: Set<String> = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "n", "u", "m", "k", "M", "G", "T", "P", "E"]

    /// The error for `text`, or nil when it is a valid quantity.
    static func problem(_ text: String) -> String? {
        var rest = Substring(text.trimmingSpaces)
        if rest.isEmpty { return formatWrong }
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        if number.isEmpty { return formatWrong }
        let suffix = rest.dropFirst(number.count)
        // The regular expression's suffix part: letters from the set, then an optional signed number.
        let letters = suffix.prefix { "eEinumkKMGTP".contains($0) }
        var exponent = suffix.dropFirst(letters.count)
        if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
        if !exponent.allSatisfy({ $0.isASCII && $0.isNumber }) { return formatWrong }
        if number.filter({ $0 == "." }).count > 1 || number == "." { return numericWrong }
        let suffixText = String(suffix)
        if suffixes.contains(suffixText) { return nil }
        if let first = suffixText.first, first == "e" || first == "E" {
            let digits = suffixText.dropFirst()
            let unsigned = digits.first == "+" || digits.first == "-" ? digits.dropFirst() : digits
            if !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
        }
        return suffixWrong
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines (`strings.TrimSpace`).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !" \t\n\r".unicodeScalars.contains($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !" \t\n\r".unicodeScalars.contains($0) })!
        return String(scalars[start...end])
    }
}
