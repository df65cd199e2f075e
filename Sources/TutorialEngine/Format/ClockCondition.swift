/// A condition on virtual time: now is at or after one instant and/or before another.
///
/// The instants are RFC 3339 timestamps, usually placeholders bound to an object field
/// (`after: "{graceDeadline}"`), optionally shifted by `offset` (a duration such as `2s` or `-5s`).
public struct ClockCondition: Codable, Hashable, Sendable {
    /// Now must be at or after this instant.
    public var after: String?
    /// Now must be strictly before this instant.
    public var before: String?
    /// Added to both instants, e.g. `2s`.
    public var offset: String?

    /// A clock condition.
    public init(after: String? = nil, before: String? = nil, offset: String? = nil) {
        self.after = after
        self.before = before
        self.offset = offset
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["after", "before", "offset"])
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        after = try container.optional(String.self, "after")
        before = try container.optional(String.self, "before")
        offset = try container.optional(String.self, "offset")
        guard after != nil || before != nil else { throw decoder.invalid("a clock condition needs 'after' or 'before'") }
        if let offset, VirtualDuration(parsing: offset) == nil {
            throw decoder.invalid("'\(offset)' is not a duration (examples: 2s, 1m30s, -5s)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeOptional(after, "after")
        try container.encodeOptional(before, "before")
        try container.encodeOptional(offset, "offset")
    }
}
