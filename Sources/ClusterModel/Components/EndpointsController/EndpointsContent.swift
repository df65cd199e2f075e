/// What a legacy Endpoints object built by the controller shows besides its metadata: the subsets with their ports
/// and addresses, in the object's order.
///
/// Two builds with equal content produce equal objects (apart from the trigger-time annotation), so comparing the
/// content of a new build with the last one replaces a deep comparison of up to 1000 addresses' JSON.
struct EndpointsContent: Equatable, Sendable {
    /// The ready and not-ready endpoints of one port list, as collected from the slices.
    struct Group: Sendable {
        var ready: [EndpointRecord] = []
        var notReady: [EndpointRecord] = []
    }

    /// One subset: its ports and its ready and not-ready addresses, sorted by IP.
    struct Subset: Equatable, Sendable {
        var ports: [JSONValue]
        var ready: [EndpointRecord]
        var notReady: [EndpointRecord]

        /// Equal when the subsets' JSON would be: the ports and, entry by entry, what `Cluster.addressJSON` writes
        /// (conditions such as serving or the zone are not part of an Endpoints object).
        static func == (lhs: Subset, rhs: Subset) -> Bool {
            lhs.ports == rhs.ports && sameAddresses(lhs.ready, rhs.ready) && sameAddresses(lhs.notReady, rhs.notReady)
        }

        private static func sameAddresses(_ lhs: [EndpointRecord], _ rhs: [EndpointRecord]) -> Bool {
            guard lhs.count == rhs.count else { return false }
            for index in lhs.indices where !EndpointsContent.sameAddress(lhs[index], rhs[index]) { return false }
            return true
        }
    }

    /// Whether two endpoints give the same `addresses[]` entry (see `Cluster.addressJSON`): conditions such as
    /// ready, serving or the zone are not part of it.
    static func sameAddress(_ a: EndpointRecord, _ b: EndpointRecord) -> Bool {
        a.target === b.target || a.address == b.address && a.nodeName == b.nodeName && a.podName == b.podName && a.podNamespace == b.podNamespace && a.podUID == b.podUID && a.hostname == b.hostname
    }

    var subsets: [Subset]
    /// The Service's labels, copied to the object.
    var labels: [String: String]
    /// The resourceVersion of the object built from this content.
    var resourceVersion: JSONValue
}
