import ClusterModel

/// One object a command displayed, as it was when displayed: lesson checks use these to prove the learner saw it.
public struct Observation: Hashable, Sendable {
    /// The object's type.
    public var resource: ResourceType
    /// How it was displayed.
    public var format: ObservationFormat
    /// The object at display time.
    public var object: JSONValue
    /// The virtual time of display.
    public var time: Timestamp

    /// Creates an observation.
    public init(resource: ResourceType, format: ObservationFormat, object: JSONValue, time: Timestamp) {
        self.resource = resource
        self.format = format
        self.object = object
        self.time = time
    }
}
