/// An output sink that remembers whether the last text written ended a line, so the shell can end a
/// command's last line before printing the prompt (`cat` of a file without a final newline, a jsonpath
/// template, `jq -j`), as zsh and fish do.
final class LineEndTracker: OutputSink {
    private let inner: any OutputSink
    /// False when the last text written (to either stream) did not end with a newline.
    private(set) var atLineStart = true

    /// Wraps `inner`.
    init(wrapping inner: any OutputSink) { self.inner = inner }

    func write(_ text: String) {
        inner.write(text)
        note(text)
    }

    func writeError(_ text: String) {
        inner.writeError(text)
        note(text)
    }

    /// Writes the newline the last line lacks, if any.
    func endLine() {
        if !atLineStart { write("\n") }
    }

    private func note(_ text: String) {
        if let last = text.unicodeScalars.last { atLineStart = last == "\n" }
    }
}
