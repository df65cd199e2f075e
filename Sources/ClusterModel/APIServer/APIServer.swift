/// The API server's state: every stored object with its resourceVersion, the change feed that watches read, and
/// the Service ClusterIP allocator.
///
/// Components never keep objects of their own: they read them here and change them through the API server's writes
/// (`Cluster+Store.swift`), whose change notifications reach the components' work queues (`Cluster+Informers.swift`).
struct APIServer: Sendable {
    /// The last resourceVersion handed out (cluster-wide, increasing).
    var resourceVersionCounter: Int = 0
    /// Objects kept as JSON (namespaces, nodes, deployments, replicasets, services, endpoints).
    var objects: [ResourceType: [ObjectKey: JSONValue]] = [:]
    /// Pods, kept typed; the snapshots are shared with the change feed (a write stores one new snapshot).
    var pods: [ObjectKey: Snapshot<PodRecord>] = [:]
    /// EndpointSlices, kept typed.
    var slices: [ObjectKey: SliceRecord] = [:]
    /// Events, kept typed; the snapshots are shared with the change feed.
    var events = EventLog()
    /// The change feed (bounded; see `ClusterConfiguration.changeFeedRetention`).
    var feed = ChangeFeed()
    /// ClusterIPs in use (the Service registry's allocator).
    var clusterIPs: Set<String> = []
    /// The node ports in use (the `--service-node-port-range` allocator, 30000–32767).
    var nodePorts: Set<Int> = []
}
