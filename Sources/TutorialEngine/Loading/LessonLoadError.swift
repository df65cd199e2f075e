/// Why a lesson could not be loaded: the file, the position when known (line:column, 1-based), and what is wrong.
public struct LessonLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The lesson folder or id.
    public var lesson: String
    /// The file inside the lesson folder, e.g. `lesson.yaml` or `text/zh-CN.md`.
    public var file: String
    /// The line, when known.
    public var line: Int?
    /// The column, when known.
    public var column: Int?
    /// What is wrong, e.g. `steps[2].checks[0]: unknown field 'stat'`.
    public var message: String

    /// An error.
    public init(lesson: String, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.lesson = lesson
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `lessons/pod-termination/lesson.yaml:12:7: steps[2]: unknown field 'stat'`.
    public var description: String {
        var location = "\(lesson)/\(file)"
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(message)"
    }
}
