/// kube-proxy's state (`pkg/proxy`): what it has programmed into the nodes' packet filters for each Service, the
/// EndpointSlice changes on their way to it, and the ClientIP affinity it remembers.
///
/// One view for every node: the simulated nodes' proxies see the same changes after the same delay. The rules are
/// kept as the EndpointSlices they were built from (sharing the store's endpoint arrays, so following every
/// Service costs a few references per slice write); a connection reads the endpoints out of them. Its logic is in
/// `Cluster+KubeProxy.swift`.
struct KubeProxy: Sendable {
    /// One programmed endpoint: where the rule sends a connection, its conditions, and the slice's ports by name.
    struct Endpoint: Sendable, Equatable {
        var address: String
        var pod: ObjectKey?
        var nodeName: String?
        var ready: Bool
        var serving: Bool
        var terminating: Bool
        /// The target port of each Service port name (`""` for an unnamed port).
        var ports: [String: Int]
    }

    /// The slices of a Service as they will be programmed at `time` (the slice write plus the propagation delay).
    struct Update: Sendable {
        var time: Timestamp
        var service: ObjectKey
        var slices: [SliceRecord]
    }

    /// A client of a Service with `sessionAffinity: ClientIP`.
    struct AffinityKey: Sendable, Hashable {
        var service: ObjectKey
        var port: Int
        var clientIP: String
    }

    /// The slices each Service's rules were last built from.
    var programmed: [ObjectKey: [SliceRecord]] = [:]
    /// The Services requests have gone to (a large Service's rules follow its slices only from then on).
    var requested: Set<ObjectKey> = []
    /// Changes not yet programmed, oldest first.
    var pending: [Update] = []
    /// The endpoint each affine client sticks to, and until when.
    var affinity: [AffinityKey: (address: String, expires: Timestamp)] = [:]
}
