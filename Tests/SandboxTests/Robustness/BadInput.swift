import Testing

/// One entry of the bad-input catalogue: what the learner has and types, and exactly what must come back.
///
/// The cluster must not change: the line's failure is all that happens.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// A file in a real folder behind the sandbox (for links, FIFOs, bytes and sizes virtual files cannot have).
    enum RealEntry: Sendable {
        case text(String)
        case bytes([UInt8])
        case symlink(to: String)
        case fifo
        case directory
        /// A file of this many bytes (`a`), for size limits.
        case large(Int)
    }

    /// What the case shows, e.g. `a tab in the indentation`.
    var name: String
    /// The bad line.
    var line: String
    /// The whole of standard error.
    var stderr: String
    /// The whole of standard output.
    var stdout = ""
    /// The exit status.
    var exitCode: Int32 = 1
    /// Virtual files in the working directory (name → content).
    var files: [String: String] = [:]
    /// Entries of a real folder behind the virtual files (relative path → entry), created in order of path.
    var realFiles: [String: RealEntry] = [:]
    /// Lines run first (their output is ignored).
    var setup: [String] = []
    /// Why the expectation is known to fail today, or nil.
    var knownIssue: String?

    var testDescription: String { name }
}
