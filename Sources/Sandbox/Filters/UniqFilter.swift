/// `uniq`: adjacent repeated lines collapsed into one, as GNU uniq prints them; `-c` prefixes each with its
/// count (`%7d `), `-d` prints only repeated lines, `-u` only lines that are not repeated, `-i` ignores case.
struct UniqFilter: TextFilter {
    private let counted: Bool
    private let onlyRepeated: Bool
    private let onlyUnique: Bool
    private let ignoreCase: Bool
    private var current: String?
    private var repeats = 0

    /// Parses uniq's arguments.
    static func make(_ arguments: [String], language: String) -> Result<UniqFilter, FailedFilter> {
        let scanner = OptionScanner(
            program: "uniq", flags: Set("cdui"), valued: [],
            long: ["count": .init(reportedAs: "c", takesValue: false), "repeated": .init(reportedAs: "d", takesValue: false),
                   "unique": .init(reportedAs: "u", takesValue: false), "ignore-case": .init(reportedAs: "i", takesValue: false)],
            unsupported: ["D", "f", "s", "w", "z", "all-repeated", "group", "skip-fields", "skip-chars", "check-chars",
                          "zero-terminated", "help", "version"],
            trailer: "Try 'uniq --help' for more information.\n", status: 1, language: language)
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
        return .success(
            UniqFilter(counted: chosen.contains("c"), onlyRepeated: chosen.contains("d"), onlyUnique: chosen.contains("u"),
                       ignoreCase: chosen.contains("i")))
    }

    private init(counted: Bool, onlyRepeated: Bool, onlyUnique: Bool, ignoreCase: Bool) {
        self.counted = counted
        self.onlyRepeated = onlyRepeated
        self.onlyUnique = onlyUnique
        self.ignoreCase = ignoreCase
    }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        if let current, same(current, line) {
            repeats += 1
            return ""
        }
        let out = flush()
        current = line
        repeats = 1
        return out
    }

    mutating func finish() -> FilterEnd { FilterEnd(output: flush()) }

    private func same(_ a: String, _ b: String) -> Bool {
        ignoreCase ? a.lowercased() == b.lowercased() : Array(a.utf8) == Array(b.utf8)
    }

    private func flush() -> String {
        guard let current else { return "" }
        if onlyRepeated && repeats < 2 || onlyUnique && repeats > 1 { return "" }
        guard counted else { return current + "\n" }
        let number = String(repeats)
        return String(repeating: " ", count: max(0, 7 - number.count)) + number + " " + current + "\n"
    }
}
