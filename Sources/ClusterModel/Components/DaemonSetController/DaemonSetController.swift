/// The DaemonSet controller's state: its work queue and the DaemonSets it knows.
///
/// Its logic is in `Cluster+DaemonSetController.swift`.
struct DaemonSetController: Sendable {
    /// DaemonSets to sync.
    var queue: Set<ObjectKey> = []
    /// Every DaemonSet, by uid (a node change queues them all; a pod write queues its owner).
    var keysByUID: [String: ObjectKey] = [:]
}
