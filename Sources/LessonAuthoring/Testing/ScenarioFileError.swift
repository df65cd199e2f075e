/// A scenario file that does not follow the format.
public struct ScenarioFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The message.
    public var description: String { message }
}
