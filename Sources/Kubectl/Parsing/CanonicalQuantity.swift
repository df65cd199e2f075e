/// A resource quantity as kubectl sends it after `resource.ParseQuantity`: a `Quantity` marshals to its canonical
/// text (`Quantity.CanonicalizeBytes`), so `--limits=cpu=0.5,memory=1024Mi` goes out as `500m` and `1Gi`.
///
/// The value is kept as an integer mantissa and a power of ten, rounded up to nano precision as ParseQuantity
/// rounds. The format comes from the suffix: binary SI (`Ki`…`Ei`), decimal SI (`n`…`E`, none) or a decimal
/// exponent (`e3`). Values beyond 64-bit arithmetic keep the text as given (Go would switch to `inf.Dec`).
enum CanonicalQuantity {
    private enum Format { case binarySI, decimalSI, decimalExponent }

    /// The canonical text of a quantity ParseQuantity accepted.
    static func text(_ input: String) -> String {
        let trimmed = input.trimmingCharacters(in: " \t\n\r")
        var rest = Substring(trimmed)
        var negative = false
        if rest.first == "+" || rest.first == "-" {
            negative = rest.first == "-"
            rest = rest.dropFirst()
        }
        let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let suffix = String(rest.dropFirst(number.count))
        let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        var scale = -(parts.count > 1 ? parts[1].count : 0)
        guard var mantissa = Int64(digits.isEmpty ? "0" : digits) else { return input }
        let format: Format
        let binary: [String: Int] = ["Ki": 1, "Mi": 2, "Gi": 3, "Ti": 4, "Pi": 5, "Ei": 6]
        let decimal: [String: Int] = ["n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18]
        if let power = binary[suffix] {
            format = .binarySI
            for _ in 0..<power {
                let (product, overflow) = mantissa.multipliedReportingOverflow(by: 1024)
                if overflow { return input }
                mantissa = product
            }
        } else if let exponent = decimal[suffix] {
            format = .decimalSI
            scale += exponent
        } else if let first = suffix.first, first == "e" || first == "E", let exponent = Int(suffix.dropFirst()) {
            format = .decimalExponent
            scale += exponent
        } else {
            return input
        }
        if mantissa == 0 { return "0" }
        // ParseQuantity rounds away from zero to nano precision.
        if scale < -9 {
            guard let divisor = power10(-9 - scale) else { return input }
            mantissa = mantissa / divisor + (mantissa % divisor == 0 ? 0 : 1)
            scale = -9
        }
        let sign = negative ? "-" : ""
        var chosen = format
        if chosen == .binarySI {
            // Small values and ones with a fraction print as decimal SI.
            if let integral = integralValue(mantissa, scale), integral >= 1024 {
                var amount = integral
                var exponent = 0
                while amount % 1024 == 0, exponent < 6 {
                    amount /= 1024
                    exponent += 1
                }
                return sign + String(amount) + ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][exponent]
            }
            chosen = .decimalSI
        }
        // `AsCanonicalBytes`: strip factors of ten, then bring the exponent to a multiple of three.
        while mantissa % 10 == 0 {
            mantissa /= 10
            scale += 1
        }
        let remainder = ((scale % 3) + 3) % 3
        if remainder != 0 {
            guard let factor = power10(remainder) else { return input }
            let (product, overflow) = mantissa.multipliedReportingOverflow(by: factor)
            if overflow { return input }
            mantissa = product
            scale -= remainder
        }
        let digitsText = sign + String(mantissa)
        if chosen == .decimalSI, let suffixText = [-9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E"][scale] {
            return digitsText + suffixText
        }
        return scale == 0 ? digitsText : digitsText + "e\(scale)"
    }

    private static func power10(_ exponent: Int) -> Int64? {
        var value: Int64 = 1
        for _ in 0..<exponent {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = product
        }
        return value
    }

    /// `mantissa × 10^scale` when it is a whole number that fits.
    private static func integralValue(_ mantissa: Int64, _ scale: Int) -> Int64? {
        if scale >= 0 {
            guard let factor = power10(scale) else { return nil }
            let (product, overflow) = mantissa.multipliedReportingOverflow(by: factor)
            return overflow ? nil : product
        }
        guard let divisor = power10(-scale), mantissa % divisor == 0 else { return nil }
        return mantissa / divisor
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
