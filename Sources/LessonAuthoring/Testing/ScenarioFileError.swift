/// A scenario file that does not follow the format.
public struct ScenarioFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// An error with this message.
    public init(message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
