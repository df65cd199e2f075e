/// The Deployment controller's state: its work queue and its Deployments by uid (the ReplicaSets of each are in the
/// shared `InformerIndexes`).
///
/// Its logic is in `Cluster+DeploymentController.swift`.
struct DeploymentController: Sendable {
    /// Deployments to sync.
    var queue: Set<ObjectKey> = []
    /// Deployment uid → its key.
    var keysByUID: [String: ObjectKey] = [:]

    /// Queues `key` for a sync.
    mutating func enqueue(_ key: ObjectKey) { queue.insert(key) }
}
