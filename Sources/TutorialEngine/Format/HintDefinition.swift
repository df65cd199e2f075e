/// One rung of a step's hint ladder; its text is the section `hint.<step>.<id>`.
public struct HintDefinition: Codable, Hashable, Sendable {
    /// Stable id, unique within the step.
    public var id: String
    /// When the hint is available (absent: always).
    public var unlock: HintUnlock

    /// A hint.
    public init(id: String, unlock: HintUnlock = HintUnlock()) {
        self.id = id
        self.unlock = unlock
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["id", "unlock"])
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try container.required(String.self, "id")
        try LessonIdentifier.validate(id, what: "hint id", decoder: decoder)
        unlock = try container.optional(HintUnlock.self, "unlock") ?? HintUnlock()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(id, forKey: AnyCodingKey("id"))
        if unlock != HintUnlock() { try container.encode(unlock, forKey: AnyCodingKey("unlock")) }
    }
}
