#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Unbuffered writes to the process's standard output and error.
///
/// Every write goes straight to the file descriptor, so script-mode output reaches a pipe line by line
/// and interleaves with stderr in the order it was produced.
public enum StandardStreams {
    /// Writes text to standard output.
    public static func write(_ text: String) { writeAll(text, to: 1) }

    /// Writes text to standard error.
    public static func writeError(_ text: String) { writeAll(text, to: 2) }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe: nothing useful to do
                }
                offset += written
            }
        }
    }
}
