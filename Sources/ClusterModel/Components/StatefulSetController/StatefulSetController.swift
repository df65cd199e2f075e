/// The StatefulSet controller's state: its work queue and the StatefulSets it knows.
///
/// Its logic is in `Cluster+StatefulSetController.swift`.
struct StatefulSetController: Sendable {
    /// StatefulSets to sync.
    var queue: Set<ObjectKey> = []
    /// Every StatefulSet, by uid (a pod write queues its owner).
    var keysByUID: [String: ObjectKey] = [:]
}
