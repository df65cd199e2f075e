/// A named check of a step, shown to the learner as one line of the step's checklist.
///
/// Its label is the text section `check.<step>.<id>` in each language.
public struct CheckDefinition: Codable, Hashable, Sendable {
    /// Stable id, unique within the step.
    public var id: String
    /// What is tested.
    public var condition: CheckCondition

    /// A check.
    public init(id: String, condition: CheckCondition) {
        self.id = id
        self.condition = condition
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try container.required(String.self, "id")
        try LessonIdentifier.validate(id, what: "check id", decoder: decoder)
        condition = try CheckCondition(from: decoder, extraFields: ["id"])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(id, forKey: AnyCodingKey("id"))
        try condition.encode(into: &container)
    }
}
