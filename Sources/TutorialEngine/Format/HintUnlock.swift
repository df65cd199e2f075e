/// When a hint becomes available. All given conditions must hold; an empty rule means "always".
public struct HintUnlock: Codable, Hashable, Sendable {
    /// At least this many commands were run in the step without completing it.
    public var attempts: Int?
    /// This check is the first failing check of the step.
    public var failing: String?
    /// The learner ran a command matching this pattern (by meaning, see `CommandPattern`) in this step.
    /// Such a hint is also shown at once, right after that command.
    public var command: String?

    /// An unlock rule.
    public init(attempts: Int? = nil, failing: String? = nil, command: String? = nil) {
        self.attempts = attempts
        self.failing = failing
        self.command = command
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["attempts", "failing", "command"])
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        attempts = try container.optional(Int.self, "attempts")
        failing = try container.optional(String.self, "failing")
        command = try container.optional(String.self, "command")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeOptional(attempts, "attempts")
        try container.encodeOptional(failing, "failing")
        try container.encodeOptional(command, "command")
    }
}
