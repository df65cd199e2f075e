/// A command after a `|`: reads lines of its standard input and writes its standard output.
///
/// Filters are built-in Swift implementations of the GNU tools (and jq); no host program ever runs. Input
/// arrives a line at a time, each line with its `"\n"` except possibly the last, so line-by-line filters
/// (`grep`, `cut`, `awk`, `head`) stream a watch's rows as they come, while the others (`sort`, `tail`, `wc`,
/// `uniq -c`, `jq`) answer when the input ends.
protocol TextFilter {
    /// Takes one line of input (`terminated` when a newline ended it) and returns the output it causes now.
    mutating func consume(_ line: String, terminated: Bool) -> String
    /// True when the filter will read no more input (head has printed its lines); the command before it then
    /// meets a closed pipe on its next write.
    var isSatisfied: Bool { get }
    /// The input has ended: the rest of the output, what goes to standard error, and the exit status.
    mutating func finish() -> FilterEnd
}

extension TextFilter {
    /// Most filters read all their input.
    var isSatisfied: Bool { false }
}
