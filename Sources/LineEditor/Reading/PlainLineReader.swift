import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from a file descriptor with no prompt, no echo, no history and no libedit.
///
/// Used when standard input or output is not a terminal (scripts, pipes). It reads in large
/// chunks, accepts `\n` and `\r\n` line ends and a last line without a terminator, replaces invalid
/// UTF-8 with U+FFFD, and skips lines longer than ``maximumLineLength`` bytes with a message on
/// standard error instead of growing without bound.
///
///     let reader = PlainLineReader(programName: "k8s-tutor")
///     while case .line(let text) = reader.readLine() { run(text) }
public final class PlainLineReader: LineReading {
    /// Ignored: script mode shows no prompt.
    public var prompt: String = ""
    /// The longest accepted line in bytes, without its terminator.
    public let maximumLineLength: Int

    private let fileDescriptor: Int32
    private let programName: String
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer` (consumed bytes are dropped lazily).
    private var start = 0
    /// Where to resume searching for a newline in `buffer`.
    private var scanned = 0
    private var reachedEnd = false
    private var closed = false
    /// True while the rest of an overlong line is being skipped.
    private var skipping = false
    private var lineNumber = 0

    /// Creates a reader of `fileDescriptor` (standard input by default).
    /// - Parameters:
    ///   - programName: prefixes the message written when an overlong line is skipped.
    ///   - maximumLineLength: lines longer than this many bytes are skipped (default 1 MiB).
    public init(fileDescriptor: Int32 = 0, programName: String = "k8s-tutor", maximumLineLength: Int = 1 << 20) {
        self.fileDescriptor = fileDescriptor
        self.programName = programName
        self.maximumLineLength = max(1, maximumLineLength)
    }

    public func readLine() -> ReadResult {
        while !closed {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                scanned = start
                lineNumber += 1
                if skipping {
                    skipping = false
                    continue
                }
                if line.count > maximumLineLength {
                    reportOverlongLine()
                    continue
                }
                return .line(Self.decode(line))
            }
            scanned = buffer.count
            if buffer.count - start > maximumLineLength {
                // Too long already: drop what we have and skip up to the next newline.
                if !skipping { lineNumber += 1; reportOverlongLine() }
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if reachedEnd {
                if start < buffer.count && !skipping {
                    let line = buffer[start...]
                    start = buffer.count
                    scanned = start
                    lineNumber += 1
                    return .line(Self.decode(line))
                }
                return .endOfInput
            }
            switch fill() {
            case .data: continue
            case .end: reachedEnd = true
            case .interrupted: return .interrupted
            }
        }
        return .endOfInput
    }

    public func close() {
        closed = true
        buffer = []
    }

    private enum FillOutcome { case data, end, interrupted }

    /// Reads one chunk into the buffer, compacting consumed bytes first.
    private func fill() -> FillOutcome {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        let chunkSize = 65536
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(fileDescriptor, raw.baseAddress! + oldCount, chunkSize)
            }
            if count > 0 {
                buffer.removeLast(chunkSize - count)
                return .data
            }
            if count < 0 && errno == EINTR {
                if SignalState.terminationSignal != 0 {
                    buffer.removeLast(chunkSize)
                    SignalState.exitForTermination()
                }
                if SignalState.interruptPending {
                    buffer.removeLast(chunkSize)
                    return .interrupted
                }
                continue
            }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                _ = cel_poll_readable(fileDescriptor, -1)
                continue
            }
            buffer.removeLast(chunkSize)
            return .end
        }
    }

    private func reportOverlongLine() {
        let message = "\(programName): input line \(lineNumber) is longer than \(maximumLineLength) bytes; skipped\n"
        let bytes = Array(message.utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// Decodes one line, dropping a trailing carriage return and replacing invalid UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var line = bytes
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
