/// `tail`: the last lines of its input (`-n N`, `-N`), or everything from line N on (`-n +N`), as GNU tail
/// prints them.
struct TailFilter: TextFilter {
    private enum Mode { case last(Int), from(Int) }

    private let mode: Mode
    private var lines: [String] = []
    private var start = 0
    private var seen = 0

    /// Parses tail's arguments (`-5` and `+5` first are `-n 5` and `-n +5`, as in GNU tail).
    static func make(_ arguments: [String], language: String) -> Result<TailFilter, FailedFilter> {
        var arguments = arguments
        if let first = arguments.first, first.count > 1, first.hasPrefix("-") || first.hasPrefix("+"),
            first.dropFirst().first?.isASCII == true, first.dropFirst().first?.isNumber == true
        {
            arguments[0] = "-n" + (first.hasPrefix("+") ? "+" : "") + first.dropFirst()
        }
        let scanner = OptionScanner(
            program: "tail", flags: Set("qv"), valued: ["n"],
            long: ["lines": .init(reportedAs: "n", takesValue: true), "quiet": .init(reportedAs: "q", takesValue: false),
                   "silent": .init(reportedAs: "q", takesValue: false), "verbose": .init(reportedAs: "v", takesValue: false)],
            unsupported: ["c", "f", "F", "s", "z", "bytes", "follow", "retry", "pid", "sleep-interval", "zero-terminated", "help", "version"],
            trailer: "Try 'tail --help' for more information.\n", status: 1, language: language)
        var mode = Mode.last(10)
        switch scanner.scan(arguments) {
        case .failure(let failed): return .failure(failed)
        case .success(let items):
            for item in items {
                switch item {
                case .option("n", let value?):
                    let plus = value.hasPrefix("+")
                    let body = plus || value.hasPrefix("-") ? value.dropFirst() : Substring(value)
                    guard let count = LineCount.parse(body) else {
                        return .failure(scanner.failure("tail: invalid number of lines: ‘\(value)’"))
                    }
                    mode = plus ? .from(max(count, 1)) : .last(count)
                case .option: break
                case .operand(let word): return .failure(scanner.noFiles(word))
                }
            }
        }
        return .success(TailFilter(mode: mode))
    }

    private init(mode: Mode) { self.mode = mode }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        let text = line + (terminated ? "\n" : "")
        seen += 1
        switch mode {
        case .from(let first):
            return seen >= first ? text : ""
        case .last(let count):
            guard count > 0 else { return "" }
            lines.append(text)
            if lines.count - start > count { start += 1 }
            if start > 4096 {
                lines.removeFirst(start)
                start = 0
            }
            return ""
        }
    }

    mutating func finish() -> FilterEnd { FilterEnd(output: lines[start...].joined()) }
}
