/// A source of input lines for the shell: ``LineEditor`` on a terminal, ``PlainLineReader`` on a pipe.
///
/// The shell depends only on this protocol, so its tests can inject a scripted reader.
public protocol LineReading: AnyObject {
    /// Reads the next line, blocking until one is complete, interrupted, or input ends.
    func readLine() -> ReadResult
    /// The prompt shown before each line (ignored by readers that show none).
    var prompt: String { get set }
    /// Releases the reader; idempotent. Readers with history save it here.
    func close()
}
