/// One line the learner typed during a lesson, with the virtual time before and after it ran.
///
/// Replaying the lines with the same seed, moving the clock to `start` before each and ending blocking
/// commands at `end` (as Ctrl-C did), rebuilds the exact session.
public struct LoggedLine: Codable, Hashable, Sendable {
    /// The line as typed (kubectl, shell built-in or meta-command).
    public var line: String
    /// Virtual time (ms since the epoch) when the line started.
    public var start: Int64
    /// Virtual time when it finished.
    public var end: Int64

    /// A log entry.
    public init(line: String, start: Int64, end: Int64) {
        self.line = line
        self.start = start
        self.end = end
    }
}
