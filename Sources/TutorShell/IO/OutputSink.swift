/// Where the shell writes: the real standard streams, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Writes to standard output.
    func write(_ text: String)
    /// Writes to standard error.
    func writeError(_ text: String)
}

/// The process's standard output and error.
public final class ProcessOutput: OutputSink {
    /// Creates the sink.
    public init() {}
    public func write(_ text: String) { StandardStreams.write(text) }
    public func writeError(_ text: String) { StandardStreams.writeError(text) }
}

/// Collects output in memory, interleaved as a terminal would show it.
public final class BufferedOutput: OutputSink {
    /// Everything written, stdout and stderr interleaved.
    public private(set) var text = ""
    /// Only standard output.
    public private(set) var standardOutput = ""
    /// Only standard error.
    public private(set) var standardError = ""

    /// Creates an empty buffer.
    public init() {}

    public func write(_ text: String) {
        self.text += text
        standardOutput += text
    }

    public func writeError(_ text: String) {
        self.text += text
        standardError += text
    }
}
