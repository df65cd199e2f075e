import LineEditor

/// A line reader that returns prepared lines, then the end of input.
final class ScriptedReader: LineReading {
    var prompt = ""
    private var results: [ReadResult]
    private(set) var closed = false

    init(_ lines: [String]) {
        results = lines.map { .line($0) }
    }

    init(results: [ReadResult]) {
        self.results = results
    }

    func readLine() -> ReadResult {
        results.isEmpty ? .endOfInput : results.removeFirst()
    }

    func close() { closed = true }
}
