/// The Deployment controller's state: its work queue and its index of ReplicaSets by owning Deployment.
///
/// Its logic is in `Cluster+DeploymentController.swift`.
struct DeploymentController: Sendable {
    /// Deployments to sync.
    var queue: Set<ObjectKey> = []
    /// Deployment uid → its key.
    var keysByUID: [String: ObjectKey] = [:]
    /// Owner (Deployment) uid → ReplicaSets it controls.
    var replicaSetsByOwner: [String: Set<ObjectKey>] = [:]

    /// Queues `key` for a sync.
    mutating func enqueue(_ key: ObjectKey) { queue.insert(key) }
}
