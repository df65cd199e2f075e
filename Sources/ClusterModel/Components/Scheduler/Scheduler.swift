/// The scheduler's state: how many pods each node has, and which nodes take pods.
///
/// Its logic is in `Cluster+Scheduler.swift`: it binds each new pod to the least loaded schedulable node.
struct Scheduler: Sendable {
    /// Pods per node, by the node's position in `ClusterConfiguration.nodes`.
    var podsPerNode: [Int] = []
    /// Positions of the nodes the scheduler picks from: the workers, or every node when there are none.
    var schedulableNodes: [Int] = []

    /// The scheduler of a cluster with `nodes`: no pods yet; the workers take pods, or every node when there are none.
    init(nodes: [ClusterConfiguration.NodeSpec]) {
        podsPerNode = Array(repeating: 0, count: nodes.count)
        schedulableNodes = nodes.indices.filter { !nodes[$0].controlPlane }
        if schedulableNodes.isEmpty { schedulableNodes = Array(nodes.indices) }
    }
}
