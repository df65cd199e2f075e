/// The scheduler's state: its cache of the nodes, how many pods each node has, and the pods waiting for a node.
///
/// Its logic is in `Cluster+Scheduler.swift`; which nodes a pod fits is `NodeFit`.
struct Scheduler: Sendable {
    /// Pods per node, by the node's position in `ClusterConfiguration.nodes`.
    var podsPerNode: [Int] = []
    /// The nodes the scheduler knows from its watch, by position in `ClusterConfiguration.nodes` (nil: not
    /// registered).
    var nodes: [NodeFit.Node?] = []
    /// Pods that fit no node, in the order they failed (retried when a node changes), with their uids.
    var unschedulable: [ObjectKey: String] = [:]

    /// The scheduler of a cluster with `nodes`: no pods yet, no node registered yet.
    init(nodes: [ClusterConfiguration.NodeSpec]) {
        podsPerNode = Array(repeating: 0, count: nodes.count)
        self.nodes = Array(repeating: nil, count: nodes.count)
    }
}
