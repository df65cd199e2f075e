/// A condition on the load generator's requests (`traffic:`, see the shell's `traffic` command): whether it runs,
/// how many requests a pod answered, and how many failed, since an instant.
///
/// Reads the running generator, or the last one stopped. `servedBy` and `since` may hold placeholders
/// (`servedBy: "{newPod}"`, `since: "{deletedAt}"`).
public struct TrafficCondition: Codable, Hashable, Sendable {
    /// The generator must be running (true) or not (false).
    public var running: Bool?
    /// At least `minimum` requests (default 1) must have been answered by this pod.
    public var servedBy: String?
    public var minimum: Int?
    /// At most this many requests may have failed.
    public var maxFailures: Int?
    /// Only requests sent at or after this RFC 3339 instant count.
    public var since: String?

    /// A traffic condition.
    public init(running: Bool? = nil, servedBy: String? = nil, minimum: Int? = nil, maxFailures: Int? = nil, since: String? = nil) {
        self.running = running
        self.servedBy = servedBy
        self.minimum = minimum
        self.maxFailures = maxFailures
        self.since = since
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["running", "servedBy", "minimum", "maxFailures", "since"])
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        running = try container.optional(Bool.self, "running")
        servedBy = try container.optional(String.self, "servedBy")
        minimum = try container.optional(Int.self, "minimum")
        maxFailures = try container.optional(Int.self, "maxFailures")
        since = try container.optional(String.self, "since")
        guard running != nil || servedBy != nil || maxFailures != nil else {
            throw decoder.invalid("a traffic condition needs 'running', 'servedBy' or 'maxFailures'")
        }
        if minimum != nil, servedBy == nil { throw decoder.invalid("'minimum' counts the requests of 'servedBy'") }
        if let minimum, minimum < 1 { throw decoder.invalid("'minimum' must be at least 1") }
        if let maxFailures, maxFailures < 0 { throw decoder.invalid("'maxFailures' must be 0 or more") }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeOptional(running, "running")
        try container.encodeOptional(servedBy, "servedBy")
        try container.encodeOptional(minimum, "minimum")
        try container.encodeOptional(maxFailures, "maxFailures")
        try container.encodeOptional(since, "since")
    }
}
