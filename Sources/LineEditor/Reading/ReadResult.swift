/// The outcome of asking a ``LineReading`` for one line.
public enum ReadResult: Equatable, Sendable {
    /// A complete line, without its line terminator.
    case line(String)
    /// The learner pressed Ctrl-C while editing; the partial line is discarded.
    case interrupted
    /// Input ended: Ctrl-D on an empty line, or the end of a pipe.
    case endOfInput
}
