/// `awk`, limited to one-rule programs: an optional pattern (`NR>1`, `NF>=3`, `$3 == "Running"`, `$2 != 0`,
/// `/regex/`, `!/regex/`) and an optional `{print …}` action whose items are `$N`, `$NF`, `$(NF-N)`, `$0`, `NR`,
/// `NF`, numbers and "strings", separated by commas (joined with a space) or spaces (joined directly).
/// `-F SEP` sets the field separator (one character, `\t`, or an extended regular expression).
///
/// A whole awk is a language; programs outside this subset are refused with a message that names what
/// works, rather than run wrongly.
struct AwkFilter: TextFilter {
    /// A value an item or a comparison reads.
    indirect enum Operand: Hashable {
        case field(Int), lastField(minus: Int), recordNumber, fieldCount, number(Double), string(String)
    }

    /// The pattern that selects lines.
    enum Pattern: Hashable {
        case always
        case compare(Operand, String, Operand)
        case regex(String, negated: Bool)
    }

    /// One item of `print` and whether a comma came before it.
    struct Item: Hashable {
        var operand: Operand
        var commaBefore: Bool
    }

    private let pattern: Pattern
    private let regex: PosixMatcher?
    private let items: [Item]?
    private let separator: FieldSeparator
    private var recordNumber = 0

    /// How lines split into fields.
    enum FieldSeparator {
        case blanks
        case character(Character)
        case regex(Regex<AnyRegexOutput>)
    }

    /// Parses awk's arguments.
    static func make(_ arguments: [String], language: String) -> Result<AwkFilter, FailedFilter> {
        let scanner = OptionScanner(
            program: "awk", flags: [], valued: ["F"], long: ["field-separator": .init(reportedAs: "F", takesValue: true)],
            unsupported: ["v", "f", "assign", "file", "help", "version"],
            trailer: "Usage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] 'program' file ...\n",
            status: 2, language: language)
        var separatorText: String?
        var operands: [String] = []
        switch scanner.scan(arguments) {
        case .failure(let failed): return .failure(failed)
        case .success(let scanned):
            for item in scanned {
                switch item {
                case .option("F", let value?): separatorText = value
                case .option: break
                case .operand(let word): operands.append(word)
                }
            }
        }
        guard let program = operands.first else { return .failure(scanner.usage("")) }
        if operands.count > 1 { return .failure(scanner.noFiles(operands[1])) }
        let refusal = FailedFilter(error: FilterText.awkProgram(program, language: language), status: 2)
        var separator = FieldSeparator.blanks
        if let text = separatorText {
            let unescaped = text == "\\t" || text == "t" ? "\t" : text
            if unescaped == " " {
                separator = .blanks
            } else if unescaped.count == 1, let character = unescaped.first, !"\\^$.[]|()*+?{}".contains(character) {
                separator = .character(character)
            } else if case .success(let syntax) = PosixRegex.translate(unescaped, extended: true), let regex = try? Regex(syntax) {
                separator = .regex(regex)
            } else {
                return .failure(refusal)
            }
        }
        var parser = AwkParser(program)
        guard let parsed = parser.parse() else { return .failure(refusal) }
        var regex: PosixMatcher?
        if case .regex(let text, _) = parsed.pattern {
            guard case .success(let syntax) = PosixRegex.translate(text, extended: true),
                let compiled = try? PosixMatcher(syntax, ignoreCase: false, wholeWords: false)
            else {
                return .failure(refusal)
            }
            regex = compiled
        }
        return .success(AwkFilter(pattern: parsed.pattern, regex: regex, items: parsed.items, separator: separator))
    }

    private init(pattern: Pattern, regex: PosixMatcher?, items: [Item]?, separator: FieldSeparator) {
        self.pattern = pattern
        self.regex = regex
        self.items = items
        self.separator = separator
    }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        recordNumber += 1
        let fields = split(line)
        guard selects(line, fields) else { return "" }
        guard let items else { return line + "\n" }
        if items.isEmpty { return "" }
        var output = ""
        for (index, item) in items.enumerated() {
            if index > 0 { output += item.commaBefore ? " " : "" }
            output += value(item.operand, line, fields).text
        }
        return output + "\n"
    }

    mutating func finish() -> FilterEnd { FilterEnd(output: "") }

    private func split(_ line: String) -> [String] {
        switch separator {
        case .blanks: return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        case .character(let character):
            return line.isEmpty ? [] : line.split(separator: character, omittingEmptySubsequences: false).map(String.init)
        case .regex(let regex):
            return line.isEmpty ? [] : line.split(separator: regex, omittingEmptySubsequences: false).map(String.init)
        }
    }

    private struct Value {
        var text: String
        var number: Double?
    }

    private func value(_ operand: Operand, _ line: String, _ fields: [String]) -> Value {
        func field(_ index: Int) -> Value {
            let text = index == 0 ? line : (index >= 1 && index <= fields.count ? fields[index - 1] : "")
            return Value(text: text, number: Double(text.trimmingBlanks()))
        }
        switch operand {
        case .field(let index): return field(index)
        case .lastField(let minus): return field(fields.count - minus)
        case .recordNumber: return Value(text: String(recordNumber), number: Double(recordNumber))
        case .fieldCount: return Value(text: String(fields.count), number: Double(fields.count))
        case .number(let number):
            let text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            return Value(text: text, number: number)
        case .string(let text): return Value(text: text, number: nil)
        }
    }

    private func selects(_ line: String, _ fields: [String]) -> Bool {
        switch pattern {
        case .always: return true
        case .regex(_, let negated):
            guard let regex else { return false }
            return regex.matches(line) != negated
        case .compare(let left, let comparison, let right):
            let a = value(left, line, fields), b = value(right, line, fields)
            let order: Int
            if let x = a.number, let y = b.number, !Self.isString(left), !Self.isString(right) {
                order = x < y ? -1 : (x > y ? 1 : 0)
            } else {
                order = SortFilter.bytes(a.text, b.text)
            }
            switch comparison {
            case "==": return order == 0
            case "!=": return order != 0
            case "<": return order < 0
            case "<=": return order <= 0
            case ">": return order > 0
            default: return order >= 0
            }
        }
    }

    private static func isString(_ operand: Operand) -> Bool {
        if case .string = operand { return true }
        return false
    }
}
