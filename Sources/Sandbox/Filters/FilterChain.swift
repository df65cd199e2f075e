/// The filters of a pipeline joined end to end: text written by the first command flows through each filter
/// in turn, and the last filter's output goes to the terminal.
///
/// Each stage keeps the part of a line it has not yet seen the end of; a stage that is satisfied (head)
/// drops further input, as a process that stopped reading would.
struct FilterChain {
    private var filters: [any TextFilter]
    private var partial: [String]
    /// Called with the last filter's output as it appears.
    private let emit: (String) -> Void

    /// Joins `filters`, sending the last one's output to `emit`.
    init(_ filters: [any TextFilter], emit: @escaping (String) -> Void) {
        self.filters = filters
        self.partial = Array(repeating: "", count: filters.count)
        self.emit = emit
    }

    /// True when the first filter reads no more (its writer then meets a closed pipe).
    var isClosed: Bool { filters.first?.isSatisfied ?? true }

    /// Feeds text written by the command before the first filter.
    mutating func write(_ text: String) {
        push(text, into: 0)
    }

    /// Ends the input: each filter finishes in order, its last output flowing into the next. Returns what the
    /// filters wrote to standard error, in order, and the last filter's exit status.
    mutating func finish() -> (errors: [String], status: Int32) {
        var errors: [String] = []
        var status: Int32 = 0
        for stage in filters.indices {
            if !partial[stage].isEmpty, !filters[stage].isSatisfied {
                let rest = partial[stage]
                partial[stage] = ""
                forward(filters[stage].consume(rest, terminated: false), from: stage)
            }
            let end = filters[stage].finish()
            if !end.error.isEmpty { errors.append(end.error) }
            forward(end.output, from: stage)
            status = end.status
        }
        return (errors, status)
    }

    private mutating func push(_ text: String, into stage: Int) {
        guard !text.isEmpty else { return }
        guard stage < filters.count else {
            emit(text)
            return
        }
        if filters[stage].isSatisfied { return }
        var buffer = partial[stage]
        partial[stage] = ""
        buffer += text
        let scalars = buffer.unicodeScalars
        var lineStart = scalars.startIndex
        var produced = ""
        while let newline = scalars[lineStart...].firstIndex(of: "\n") {
            produced += filters[stage].consume(String(scalars[lineStart..<newline]), terminated: true)
            lineStart = scalars.index(after: newline)
            if filters[stage].isSatisfied { break }
        }
        if !filters[stage].isSatisfied { partial[stage] = String(scalars[lineStart...]) }
        forward(produced, from: stage)
    }

    private mutating func forward(_ text: String, from stage: Int) {
        push(text, into: stage + 1)
    }
}
