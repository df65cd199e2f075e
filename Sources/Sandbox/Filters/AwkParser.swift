/// Reads the small awk subset ``AwkFilter`` runs: `[pattern] [{ print items [;] }]`.
struct AwkParser {
    private let characters: [Character]
    private var index = 0

    /// A parser of `program`.
    init(_ program: String) { characters = Array(program) }

    /// The pattern and the print items (nil items: print the line; empty: an empty action), or nil when the
    /// program is outside the subset.
    mutating func parse() -> (pattern: AwkFilter.Pattern, items: [AwkFilter.Item]?)? {
        skipBlanks()
        var pattern = AwkFilter.Pattern.always
        if peek() != "{" {
            guard let parsed = parsePattern() else { return nil }
            pattern = parsed
            skipBlanks()
        }
        var items: [AwkFilter.Item]?
        if peek() == "{" {
            index += 1
            skipBlanks()
            if peek() == "}" {
                items = []
            } else {
                guard word() == "print" else { return nil }
                var parsed: [AwkFilter.Item] = []
                var comma = false
                while true {
                    skipBlanks()
                    guard let next = peek() else { return nil }
                    if next == "}" || next == ";" { break }
                    if next == "," {
                        guard !parsed.isEmpty, !comma else { return nil }
                        comma = true
                        index += 1
                        continue
                    }
                    guard let operand = parseOperand() else { return nil }
                    parsed.append(AwkFilter.Item(operand: operand, commaBefore: comma))
                    comma = false
                }
                if comma { return nil }
                if peek() == ";" {
                    index += 1
                    skipBlanks()
                }
                items = parsed.isEmpty ? nil : parsed
            }
            guard peek() == "}" else { return nil }
            index += 1
            skipBlanks()
        } else if case .always = pattern {
            return nil
        }
        guard index == characters.count else { return nil }
        return (pattern, items)
    }

    private func peek() -> Character? { index < characters.count ? characters[index] : nil }

    private mutating func skipBlanks() {
        while let character = peek(), character == " " || character == "\t" || character == "\n" { index += 1 }
    }

    private mutating func word() -> String {
        var text = ""
        while let character = peek(), character.isLetter || character == "_" {
            text.append(character)
            index += 1
        }
        return text
    }

    private mutating func number() -> Double? {
        var text = ""
        while let character = peek(), character.isASCII, character.isNumber || character == "." {
            text.append(character)
            index += 1
        }
        return Double(text)
    }

    private mutating func parsePattern() -> AwkFilter.Pattern? {
        var negated = false
        if peek() == "!" {
            negated = true
            index += 1
            skipBlanks()
        }
        if peek() == "/" {
            index += 1
            var text = ""
            while let character = peek(), character != "/" {
                if character == "\\", index + 1 < characters.count, characters[index + 1] == "/" {
                    index += 1
                }
                text.append(characters[index])
                index += 1
            }
            guard peek() == "/" else { return nil }
            index += 1
            return .regex(text, negated: negated)
        }
        guard !negated, let left = parseOperand() else { return nil }
        skipBlanks()
        var comparison = ""
        while let character = peek(), "<>=!".contains(character) {
            comparison.append(character)
            index += 1
        }
        guard ["==", "!=", "<", "<=", ">", ">="].contains(comparison) else { return nil }
        skipBlanks()
        guard let right = parseOperand() else { return nil }
        return .compare(left, comparison, right)
    }

    private mutating func parseOperand() -> AwkFilter.Operand? {
        guard let character = peek() else { return nil }
        if character == "$" {
            index += 1
            if peek() == "(" {
                index += 1
                skipBlanks()
                guard word() == "NF" else { return nil }
                skipBlanks()
                var minus = 0
                if peek() == "-" {
                    index += 1
                    skipBlanks()
                    guard let value = number(), value == value.rounded(), value < 1e6 else { return nil }
                    minus = Int(value)
                    skipBlanks()
                }
                guard peek() == ")" else { return nil }
                index += 1
                return .lastField(minus: minus)
            }
            if peek() == "N" {
                guard word() == "NF" else { return nil }
                return .lastField(minus: 0)
            }
            guard let value = number(), value == value.rounded(), value < 1e6 else { return nil }
            return .field(Int(value))
        }
        if character == "\"" {
            index += 1
            var text = ""
            while let next = peek(), next != "\"" {
                if next == "\\", index + 1 < characters.count {
                    index += 1
                    switch characters[index] {
                    case "n": text.append("\n")
                    case "t": text.append("\t")
                    default: text.append(characters[index])
                    }
                } else {
                    text.append(next)
                }
                index += 1
            }
            guard peek() == "\"" else { return nil }
            index += 1
            return .string(text)
        }
        if character.isASCII, character.isNumber { return number().map(AwkFilter.Operand.number) }
        switch word() {
        case "NR": return .recordNumber
        case "NF": return .fieldCount
        default: return nil
        }
    }
}
