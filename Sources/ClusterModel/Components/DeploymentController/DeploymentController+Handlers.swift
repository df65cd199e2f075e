/// The Deployment controller's watch handlers: its ReplicaSet index by owner, and what it queues.
extension DeploymentController {
    /// The queued Deployments in key order, the queue emptied; nil when it is empty.
    mutating func takeWork() -> [ObjectKey]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }

    /// A Deployment was created.
    mutating func deploymentAdded(_ key: ObjectKey, uid: String) {
        keysByUID[uid] = key
        queue.insert(key)
    }

    /// A Deployment was changed (spec, scale, restart, undo).
    mutating func deploymentUpdated(_ key: ObjectKey) { queue.insert(key) }

    /// A Deployment was deleted.
    mutating func deploymentDeleted(uid: String) { keysByUID[uid] = nil }

    /// A ReplicaSet's status changed: its Deployment's status follows.
    mutating func replicaSetStatusChanged(owner: String?) {
        if let owner, let deployment = keysByUID[owner] { queue.insert(deployment) }
    }

    /// A ReplicaSet was deleted: its Deployment (if any) reconsiders.
    mutating func replicaSetDeleted(_ key: ObjectKey, owner: String?) {
        if let owner, let deployment = keysByUID[owner] { queue.insert(deployment) }
    }
}
