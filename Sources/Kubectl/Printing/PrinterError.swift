/// An error a printer reports, worded exactly as kubectl prints it on stderr.
///
/// `message` is the complete stderr text without the trailing newline, including kubectl's
/// `error: ` prefix (for example `error: unable to match a printer suitable for the output format "x", …`).
/// Commands print it to stderr and exit with status 1.
public struct PrinterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The exact stderr text, `error: …`, without a trailing newline.
    public var message: String

    /// An error with the given complete stderr text.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
