/// `wc`: counts of lines, words and bytes (`-l`, `-w`, `-c`, and `-m` characters), printed as GNU wc prints
/// them for standard input: one count alone, several right-aligned in columns of 7, in the order lines,
/// words, characters, bytes.
struct WcFilter: TextFilter {
    private let show: (lines: Bool, words: Bool, characters: Bool, bytes: Bool)
    private var lines = 0
    private var words = 0
    private var characters = 0
    private var bytes = 0

    /// Parses wc's arguments.
    static func make(_ arguments: [String], language: String) -> Result<WcFilter, FailedFilter> {
        let scanner = OptionScanner(
            program: "wc", flags: Set("lwcm"), valued: [],
            long: ["lines": .init(reportedAs: "l", takesValue: false), "words": .init(reportedAs: "w", takesValue: false),
                   "bytes": .init(reportedAs: "c", takesValue: false), "chars": .init(reportedAs: "m", takesValue: false)],
            unsupported: ["L", "max-line-length", "files0-from", "total", "help", "version"],
            trailer: "Try 'wc --help' for more information.\n", status: 1, language: language)
        var chosen = Set<String>()
        switch scanner.scan(arguments) {
        case .failure(let failed): return .failure(failed)
        case .success(let items):
            for item in items {
                switch item {
                case .option(let letter, _): chosen.insert(letter)
                case .operand(let word): return .failure(scanner.noFiles(word))
                }
            }
        }
        if chosen.isEmpty { chosen = ["l", "w", "c"] }
        return .success(WcFilter(show: (chosen.contains("l"), chosen.contains("w"), chosen.contains("m"), chosen.contains("c"))))
    }

    private init(show: (lines: Bool, words: Bool, characters: Bool, bytes: Bool)) { self.show = show }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        if terminated { lines += 1 }
        bytes += line.utf8.count + (terminated ? 1 : 0)
        characters += line.unicodeScalars.count + (terminated ? 1 : 0)
        var inWord = false
        for scalar in line.unicodeScalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return ""
    }

    mutating func finish() -> FilterEnd {
        var counts: [Int] = []
        if show.lines { counts.append(lines) }
        if show.words { counts.append(words) }
        if show.characters { counts.append(characters) }
        if show.bytes { counts.append(bytes) }
        if counts.count == 1 { return FilterEnd(output: "\(counts[0])\n") }
        let columns = counts.map { count -> String in
            let text = String(count)
            return String(repeating: " ", count: max(0, 7 - text.count)) + text
        }
        return FilterEnd(output: columns.joined(separator: " ") + "\n")
    }
}
