/// `cut`: selected fields (`-f LIST` with `-d X`, TAB by default; `-s` drops lines without a delimiter) or
/// bytes (`-b LIST`, and `-c LIST`, which GNU cut also counts in bytes), as GNU cut prints them.
///
/// A LIST is `N`, `N-M`, `N-` or `-M`, joined by commas; `--complement` and `--output-delimiter` work too.
struct CutFilter: TextFilter {
    private enum Unit { case fields, bytes }

    private let unit: Unit
    private let ranges: [ClosedRange<Int>]
    private let delimiter: Character
    private let outputDelimiter: String
    private let onlyDelimited: Bool
    private let complement: Bool

    /// Parses cut's arguments.
    static func make(_ arguments: [String], language: String) -> Result<CutFilter, FailedFilter> {
        let scanner = OptionScanner(
            program: "cut", flags: Set("sn"), valued: Set("bcdf"),
            long: ["bytes": .init(reportedAs: "b", takesValue: true), "characters": .init(reportedAs: "c", takesValue: true),
                   "fields": .init(reportedAs: "f", takesValue: true), "delimiter": .init(reportedAs: "d", takesValue: true),
                   "only-delimited": .init(reportedAs: "s", takesValue: false),
                   "complement": .init(reportedAs: "complement", takesValue: false),
                   "output-delimiter": .init(reportedAs: "output-delimiter", takesValue: true)],
            unsupported: ["z", "zero-terminated", "help", "version"],
            trailer: "Try 'cut --help' for more information.\n", status: 1, language: language)
        var list: (Unit, String)?
        var delimiter: String?
        var outputDelimiter: String?
        var onlyDelimited = false
        var complement = false
        switch scanner.scan(arguments) {
        case .failure(let failed): return .failure(failed)
        case .success(let items):
            for item in items {
                switch item {
                case .option(let letter, let value?) where "bcf".contains(letter):
                    guard list == nil else { return .failure(scanner.usage("cut: only one list may be specified\n")) }
                    list = (letter == "f" ? .fields : .bytes, value)
                case .option("d", let value?): delimiter = value
                case .option("output-delimiter", let value?): outputDelimiter = value
                case .option("s", _): onlyDelimited = true
                case .option("complement", _): complement = true
                case .option: break
                case .operand(let word): return .failure(scanner.noFiles(word))
                }
            }
        }
        guard let (unit, text) = list else {
            return .failure(scanner.usage("cut: you must specify a list of bytes, characters, or fields\n"))
        }
        if unit == .bytes, delimiter != nil {
            return .failure(scanner.usage("cut: an input delimiter may be specified only when operating on fields\n"))
        }
        if unit == .bytes, onlyDelimited {
            return .failure(scanner.usage("cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields\n"))
        }
        if let delimiter, delimiter.utf8.count > 1 {
            return .failure(scanner.usage("cut: the delimiter must be a single character\n"))
        }
        let ranges: [ClosedRange<Int>]
        switch parseList(text, unit: unit) {
        case .success(let parsed): ranges = parsed
        case .failure(let message): return .failure(scanner.usage("cut: " + message.text + "\n"))
        }
        let separator = delimiter.flatMap(\.first) ?? (delimiter == "" ? "\0" : "\t")
        return .success(
            CutFilter(unit: unit, ranges: ranges, delimiter: separator, outputDelimiter: outputDelimiter ?? String(separator),
                      onlyDelimited: onlyDelimited, complement: complement))
    }

    private static func parseList(_ text: String, unit: Unit) -> Result<[ClosedRange<Int>], UsageMessage> {
        let numbered = unit == .fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1"
        let invalid = unit == .fields ? "invalid field value" : "invalid byte/character position"
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            func value(_ digits: Substring) -> Int? {
                guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
                return Int(digits) ?? Int.max
            }
            if part == "-" { return .failure(UsageMessage("invalid range with no endpoint: -")) }
            if let dash = part.firstIndex(of: "-") {
                let low = part[..<dash], high = part[part.index(after: dash)...]
                let start = low.isEmpty ? 1 : value(low)
                let end = high.isEmpty ? Int.max : value(high)
                guard let start, let end else {
                    let bad = (low.isEmpty || value(low) != nil) ? high : low
                    return .failure(UsageMessage("\(invalid) ‘\(bad.isEmpty ? part : bad)’"))
                }
                if start == 0 || end == 0 { return .failure(UsageMessage(numbered)) }
                guard start <= end else { return .failure(UsageMessage("invalid decreasing range")) }
                ranges.append(start...end)
            } else {
                guard let number = value(part) else { return .failure(UsageMessage("\(invalid) ‘\(part)’")) }
                guard number > 0 else { return .failure(UsageMessage(numbered)) }
                ranges.append(number...number)
            }
        }
        return .success(ranges)
    }

    private init(unit: Unit, ranges: [ClosedRange<Int>], delimiter: Character, outputDelimiter: String, onlyDelimited: Bool, complement: Bool) {
        self.unit = unit
        self.ranges = ranges
        self.delimiter = delimiter
        self.outputDelimiter = outputDelimiter
        self.onlyDelimited = onlyDelimited
        self.complement = complement
    }

    private func selected(_ position: Int) -> Bool {
        ranges.contains { $0.contains(position) } != complement
    }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        switch unit {
        case .bytes:
            let bytes = Array(line.utf8).enumerated().filter { selected($0.offset + 1) }.map(\.element)
            return String(decoding: bytes, as: UTF8.self) + "\n"
        case .fields:
            guard line.contains(delimiter) else { return onlyDelimited ? "" : line + "\n" }
            let fields = line.split(separator: delimiter, omittingEmptySubsequences: false)
            let kept = fields.enumerated().filter { selected($0.offset + 1) }.map { String($0.element) }
            return kept.joined(separator: outputDelimiter) + "\n"
        }
    }

    mutating func finish() -> FilterEnd { FilterEnd(output: "") }
}
