/// The DaemonSet controller's state: its work queue and the DaemonSets it knows.
///
/// Its logic is in `Cluster+DaemonSetController.swift`.
struct DaemonSetController: Sendable {
    /// DaemonSets to sync.
    var queue: Set<ObjectKey> = []
    /// Every DaemonSet, by uid (a node change queues them all; a pod write queues its owner).
    var keysByUID: [String: ObjectKey] = [:]
    /// What each DaemonSet's template gives (by uid), at the generation it was derived for: every pod write syncs
    /// the DaemonSet, and hashing the template and building the daemon tolerations each time would dominate.
    var templates: [String: Template] = [:]

    /// The template hash and what the scheduler's filters read from the daemon pods' spec.
    struct Template: Sendable {
        var generation: Int
        var hash: String
        var fit: NodeFit.Pod
    }
}
