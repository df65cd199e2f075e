/// One lint finding with its position, rendered like a compiler message:
/// `lessons/x/lesson.yaml:12:5: error: unknown field 'chekcs' in step 'apply'; did you mean 'checks'?`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file, as the author would type it (`lessons/x/lesson.yaml`).
    public var file: String
    /// The line, 1-based.
    public var line: Int
    /// The column, 1-based.
    public var column: Int
    /// Error or warning.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// How to fix it, when there is an obvious fix (`did you mean 'checks'?`).
    public var fix: String?

    /// A diagnostic.
    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String, fix: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.fix = fix
    }

    /// `file:line:column: severity: message; fix`.
    public var rendered: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)" + (fix.map { "; \($0)" } ?? "")
    }

    /// The same as `rendered`.
    public var description: String { rendered }
}
