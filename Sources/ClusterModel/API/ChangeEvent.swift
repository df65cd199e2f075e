/// One entry of the change feed: a watch event with the object as it was and the virtual time.
public struct ChangeEvent: Sendable, Equatable {
    /// The watch event type.
    public enum EventType: String, Sendable, Equatable {
        /// The object was created (`ADDED`).
        case added = "ADDED"
        /// The object was changed (`MODIFIED`).
        case modified = "MODIFIED"
        /// The object was removed (`DELETED`); `object` is its last state.
        case deleted = "DELETED"
    }

    /// Position in the feed, increasing by one per event, starting at 1.
    public var sequence: Int
    /// ADDED, MODIFIED or DELETED.
    public var type: EventType
    /// The resource type of `object`.
    public var resource: ResourceType
    /// The object as the API server would have sent it in the watch event.
    public var object: JSONValue
    /// The virtual time of the change.
    public var time: Timestamp

    /// Creates an event.
    public init(sequence: Int, type: EventType, resource: ResourceType, object: JSONValue, time: Timestamp) {
        self.sequence = sequence
        self.type = type
        self.resource = resource
        self.object = object
        self.time = time
    }
}
