/// A failure kubectl reports on stderr, with its exit status.
///
/// `message` is the complete stderr text (ending with a newline), exactly as kubectl prints it,
/// for example `error: unknown flag: --x\nSee 'kubectl get --help' for usage.\n`.
public struct KubectlError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The full text kubectl writes to stderr.
    public var message: String
    /// The process exit status (1 for every kubectl error).
    public var exitCode: Int32
    /// The Chinese text of a message that is the tutor's own (a refusal of what the simulation cannot do), or nil
    /// for kubectl's and the API server's texts, which stay as kubectl prints them.
    public var chineseMessage: String? = nil

    /// An error with an exact stderr text; a trailing newline is added when missing.
    public init(message: String, exitCode: Int32 = 1) {
        self.message = message.hasSuffix("\n") ? message : message + "\n"
        self.exitCode = exitCode
    }

    /// `error: <text>` as kubectl's `CheckErr` prints a plain error.
    public static func plain(_ text: String) -> KubectlError {
        KubectlError(message: text.hasPrefix("error: ") ? text : "error: " + text)
    }

    /// A flag-parsing error as kubectl's flag error function prints it:
    /// `error: <text>` then `See '<command path> --help' for usage.`
    public static func flag(_ text: String, commandPath: String) -> KubectlError {
        KubectlError(message: "error: \(text)\nSee '\(commandPath) --help' for usage.")
    }

    /// A usage error (`cmdutil.UsageErrorf`): `error: <text>` then `See '<command path> -h' for help and examples`.
    public static func usage(_ text: String, commandPath: String) -> KubectlError {
        KubectlError(message: "error: \(text)\nSee '\(commandPath) -h' for help and examples")
    }

    /// A refusal in the tutor's own words, in English and Chinese (`error: ` is added to both).
    public static func tutor(_ english: String, _ chinese: String) -> KubectlError {
        var error = KubectlError.plain(english)
        error.chineseMessage = KubectlError.plain(chinese).message
        return error
    }

    /// The text to print for a learner reading `language` (`en`, `zh-CN`).
    public func message(in language: String) -> String {
        language.hasPrefix("zh") ? chineseMessage ?? message : message
    }

    /// The stderr text.
    public var description: String { message }
}
