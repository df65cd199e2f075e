/// A query on the cluster's change feed: an ADDED, MODIFIED or DELETED event for matching objects,
/// optionally within a time window. Only changes since the learner entered the step count.
public struct EventQuery: Codable, Hashable, Sendable {
    /// `ADDED`, `MODIFIED` or `DELETED`.
    public var type: String
    /// The objects, as in a state check (the assertions apply to the object carried by the event).
    public var object: ObjectQuery
    /// The event happened at or after this instant (RFC 3339 or a placeholder).
    public var notBefore: String?
    /// The event happened before this instant.
    public var before: String?

    /// An event query.
    public init(type: String, object: ObjectQuery, notBefore: String? = nil, before: String? = nil) {
        self.type = type
        self.object = object
        self.notBefore = notBefore
        self.before = before
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["type", "object", "notBefore", "before"])
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        type = try container.required(String.self, "type")
        guard ["ADDED", "MODIFIED", "DELETED"].contains(type) else {
            throw decoder.invalid("event type '\(type)' must be ADDED, MODIFIED or DELETED")
        }
        object = try container.required(ObjectQuery.self, "object")
        notBefore = try container.optional(String.self, "notBefore")
        before = try container.optional(String.self, "before")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(type, forKey: AnyCodingKey("type"))
        try container.encode(object, forKey: AnyCodingKey("object"))
        try container.encodeOptional(notBefore, "notBefore")
        try container.encodeOptional(before, "before")
    }
}
