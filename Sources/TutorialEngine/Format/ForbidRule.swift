/// A command the lesson refuses to run, with an explanation (text section `forbid.<id>`).
///
/// Used for commands that would skip or destroy what is being taught, such as `kubectl delete pod --force`.
/// The learner can always leave the lesson with `play` to try anything.
public struct ForbidRule: Codable, Hashable, Sendable {
    /// Stable id, unique in the lesson.
    public var id: String
    /// A command pattern matched by meaning (see `CommandPattern`).
    public var command: String
    /// The steps where the rule applies; absent means every step.
    public var steps: [String]?

    /// A rule.
    public init(id: String, command: String, steps: [String]? = nil) {
        self.id = id
        self.command = command
        self.steps = steps
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["id", "command", "steps"])
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try container.required(String.self, "id")
        try LessonIdentifier.validate(id, what: "forbid id", decoder: decoder)
        command = try container.required(String.self, "command")
        steps = try container.optional([String].self, "steps")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(id, forKey: AnyCodingKey("id"))
        try container.encode(command, forKey: AnyCodingKey("command"))
        try container.encodeOptional(steps, "steps")
    }
}
