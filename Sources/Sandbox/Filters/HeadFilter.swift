/// `head`: the first lines of its input (`-n N`, `-N`), or all but the last N (`-n -N`), as GNU head prints
/// them (a last line without a newline stays without one).
struct HeadFilter: TextFilter {
    private enum Mode { case first(Int), allButLast(Int) }

    private let mode: Mode
    private var printed = 0
    private var held: [String] = []
    private var heldStart = 0

    /// Parses head's arguments (`-5` is `-n 5` when it comes first, as in GNU head).
    static func make(_ arguments: [String], language: String) -> Result<HeadFilter, FailedFilter> {
        var arguments = arguments
        if let first = arguments.first, first.count > 1, first.hasPrefix("-"), first.dropFirst().first?.isASCII == true,
            first.dropFirst().first?.isNumber == true
        {
            arguments[0] = "-n" + first.dropFirst()
        }
        let scanner = OptionScanner(
            program: "head", flags: Set("qv"), valued: ["n"],
            long: ["lines": .init(reportedAs: "n", takesValue: true), "quiet": .init(reportedAs: "q", takesValue: false),
                   "silent": .init(reportedAs: "q", takesValue: false), "verbose": .init(reportedAs: "v", takesValue: false)],
            unsupported: ["c", "z", "bytes", "zero-terminated", "help", "version"],
            trailer: "Try 'head --help' for more information.\n", status: 1, language: language)
        var mode = Mode.first(10)
        switch scanner.scan(arguments) {
        case .failure(let failed): return .failure(failed)
        case .success(let items):
            for item in items {
                switch item {
                case .option("n", let value?):
                    let negative = value.hasPrefix("-")
                    let body = negative || value.hasPrefix("+") ? value.dropFirst() : Substring(value)
                    guard let count = LineCount.parse(body) else {
                        return .failure(scanner.failure("head: invalid number of lines: ‘\(value)’"))
                    }
                    mode = negative ? .allButLast(count) : .first(count)
                case .option: break
                case .operand(let word): return .failure(scanner.noFiles(word))
                }
            }
        }
        return .success(HeadFilter(mode: mode))
    }

    private init(mode: Mode) { self.mode = mode }

    var isSatisfied: Bool {
        if case .first(let count) = mode { return printed >= count }
        return false
    }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        let text = line + (terminated ? "\n" : "")
        switch mode {
        case .first(let count):
            guard printed < count else { return "" }
            printed += 1
            return text
        case .allButLast(let count):
            held.append(text)
            guard held.count - heldStart > count else { return "" }
            let out = held[heldStart]
            heldStart += 1
            if heldStart > 4096 {
                held.removeFirst(heldStart)
                heldStart = 0
            }
            return out
        }
    }

    mutating func finish() -> FilterEnd { FilterEnd(output: "") }
}
