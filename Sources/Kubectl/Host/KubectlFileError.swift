/// Why the host could not read a file or directory for `-f`.
public enum KubectlFileError: Error, Hashable, Sendable {
    /// The path does not exist (kubectl: `the path "x" does not exist`).
    case notFound(String)
    /// The path exists but could not be read; the text is the operating system's reason.
    case unreadable(String, reason: String)
}
