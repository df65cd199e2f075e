/// Why a preview could not reach the requested step.
public struct LessonPreviewError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// An error with this message.
    public init(message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
