/// What a Service's legacy Endpoints object is built from, kept so that an unchanged source skips the rebuild.
///
/// Building the object (up to 1000 addresses as JSON) costs far more than comparing these inputs.
struct EndpointsSource: Equatable, Sendable {
    /// The ready and not-ready endpoints of one port list.
    struct Group: Equatable, Sendable {
        var ready: [EndpointRecord] = []
        var notReady: [EndpointRecord] = []
    }

    /// Endpoints grouped by their ports, in slice order, at most 1000 in all.
    var groups: [[JSONValue]: Group]
    /// Whether endpoints beyond 1000 were left out.
    var truncated: Bool
    /// The Service's labels (copied to the Endpoints object).
    var labels: [String: String]
    /// The resourceVersion of the Endpoints object built from this source (`.null` when there was none).
    var resourceVersion: JSONValue
}
