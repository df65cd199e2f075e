/// `grep`: the lines that match (or with `-v` do not match) a pattern, as GNU grep 3 prints them.
///
/// Options: `-i`/`-y`, `-v`, `-E`, `-F`, `-G`, `-c`, `-w`, `-x`, `-n`, `-q`/`-s` (quiet), `-e PATTERN` (repeatable),
/// their long forms, and clusters such as `-iv` or `-ne x`. Patterns are basic regular expressions unless `-E`
/// or `-F` (see ``PosixRegex``); a pattern with newlines is several patterns. Lines are matched by
/// ``PosixMatcher`` in linear time, so no pattern can hang the shell; only back-references (`\(a\)\1`) go to
/// Swift's backtracking `Regex`. Exit status: 0 when a line was
/// selected, 1 when none was, 2 for a usage error or a bad pattern.
struct GrepFilter: TextFilter {
    private enum Dialect { case basic, extended, fixed }

    /// How lines are matched: the linear-time automaton, or Swift's `Regex` for back-references.
    private enum LineMatcher {
        case automaton(PosixMatcher)
        case backtracking(Regex<AnyRegexOutput>, wholeWords: Bool)
    }

    private let matcher: LineMatcher
    private let invert: Bool
    private let count: Bool
    private let quiet: Bool
    private let numbered: Bool
    private var lineNumber = 0
    private var selected = 0

    /// Parses grep's arguments.
    static func make(_ arguments: [String], language: String) -> Result<GrepFilter, FailedFilter> {
        let scanner = OptionScanner(
            program: "grep", flags: Set("iyvEFGcwxnqs"), valued: ["e"],
            long: [
                "ignore-case": .init(reportedAs: "i", takesValue: false), "invert-match": .init(reportedAs: "v", takesValue: false),
                "extended-regexp": .init(reportedAs: "E", takesValue: false), "fixed-strings": .init(reportedAs: "F", takesValue: false),
                "basic-regexp": .init(reportedAs: "G", takesValue: false), "count": .init(reportedAs: "c", takesValue: false),
                "word-regexp": .init(reportedAs: "w", takesValue: false), "line-regexp": .init(reportedAs: "x", takesValue: false),
                "line-number": .init(reportedAs: "n", takesValue: false), "quiet": .init(reportedAs: "q", takesValue: false),
                "silent": .init(reportedAs: "q", takesValue: false), "no-messages": .init(reportedAs: "s", takesValue: false),
                "regexp": .init(reportedAs: "e", takesValue: true),
            ],
            unsupported: Set("ABCDHILPRTUVXZabdfhlLmoruz0123456789".map(String.init)).union([
                "after-context", "before-context", "context", "color", "colour", "only-matching", "max-count", "perl-regexp",
                "files-with-matches", "files-without-match", "recursive", "null-data", "text", "help", "version", "file",
                "with-filename", "no-filename", "byte-offset", "initial-tab", "null", "label", "binary-files",
            ]),
            trailer: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", status: 2,
            language: language)
        let items: [OptionScanner.Item]
        switch scanner.scan(arguments) {
        case .success(let scanned): items = scanned
        case .failure(let failed): return .failure(failed)
        }
        var patterns: [String] = []
        var operands: [String] = []
        var dialect = Dialect.basic
        var flags = Set<String>()
        for item in items {
            switch item {
            case .option("e", let value?): patterns.append(value)
            case .option("E", _): dialect = .extended
            case .option("F", _): dialect = .fixed
            case .option("G", _): dialect = .basic
            case .option(let letter, _): flags.insert(letter == "y" ? "i" : letter)
            case .operand(let word): operands.append(word)
            }
        }
        if patterns.isEmpty {
            guard !operands.isEmpty else { return .failure(scanner.usage("")) }
            patterns.append(operands.removeFirst())
        }
        if let file = operands.first { return .failure(scanner.noFiles(file)) }
        let each = patterns.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        var translated: [String] = []
        for pattern in each {
            switch dialect {
            case .fixed: translated.append(PosixRegex.literal(pattern))
            case .basic, .extended:
                switch PosixRegex.translate(pattern, extended: dialect == .extended) {
                case .success(let syntax): translated.append(syntax)
                case .failure(let error): return .failure(scanner.failure("grep: " + error.message))
                }
            }
        }
        var syntax = translated.count == 1 ? translated[0] : translated.map { "(?:\($0))" }.joined(separator: "|")
        if flags.contains("x") { syntax = "^(?:\(syntax))$" }
        let wholeWords = flags.contains("w") && !flags.contains("x")
        let matcher: LineMatcher
        do throws(PosixMatcher.Unsupported) {
            matcher = .automaton(try PosixMatcher(syntax, ignoreCase: flags.contains("i"), wholeWords: wholeWords))
        } catch .tooBig {
            return .failure(scanner.failure("grep: Regular expression too big"))
        } catch {
            // Back-references: only a backtracking matcher runs them.
            guard var regex = try? Regex(wholeWords ? "(?:\(syntax))(?=\\W|$)" : syntax) else {
                return .failure(scanner.failure("grep: Invalid regular expression"))
            }
            if flags.contains("i") { regex = regex.ignoresCase() }
            matcher = .backtracking(regex, wholeWords: wholeWords)
        }
        return .success(
            GrepFilter(
                matcher: matcher, invert: flags.contains("v"), count: flags.contains("c"), quiet: flags.contains("q"),
                numbered: flags.contains("n")))
    }

    private init(matcher: LineMatcher, invert: Bool, count: Bool, quiet: Bool, numbered: Bool) {
        self.matcher = matcher
        self.invert = invert
        self.count = count
        self.quiet = quiet
        self.numbered = numbered
    }

    var isSatisfied: Bool { quiet && selected > 0 }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        lineNumber += 1
        guard matches(line) != invert else { return "" }
        selected += 1
        if quiet || count { return "" }
        return (numbered ? "\(lineNumber):" : "") + line + "\n"
    }

    mutating func finish() -> FilterEnd {
        FilterEnd(output: count && !quiet ? "\(selected)\n" : "", status: selected > 0 ? 0 : 1)
    }

    private func matches(_ line: String) -> Bool {
        switch matcher {
        case .automaton(let automaton): return automaton.matches(line)
        case .backtracking(let regex, let wholeWords):
            guard wholeWords else { return line.contains(regex) }
            // -w: the match must not follow a word character (the pattern itself checks what comes after).
            for match in line.matches(of: regex) {
                let start = match.range.lowerBound
                if start == line.startIndex { return true }
                let before = line[line.index(before: start)]
                if !(before.isLetter || before.isNumber || before == "_") { return true }
            }
            return false
        }
    }
}
