/// The ReplicaSet controller's state: its work queue, its index of pods by controlling owner (an informer index),
/// and the pod template each ReplicaSet stamps its pods from.
///
/// Its logic is in `Cluster+ReplicaSetController.swift`.
struct ReplicaSetController: Sendable {
    /// ReplicaSets to sync.
    var queue: Set<ObjectKey> = []
    /// The ReplicaSet a pod write queued last (it is in `queue` until the next reconcile): thousands of writes in a
    /// row queue the same one.
    var lastQueued: ObjectKey? = nil
    /// ReplicaSet uid → its key.
    var keysByUID: [String: ObjectKey] = [:]
    /// Owner uid → the pods it controls, their counts, and the owner's key.
    var podsByOwner: [OwnerKey: OwnedPods] = [:]
    /// Owned pods whose labels a client changed: the next sync of their owner releases those its selector no longer
    /// matches (`ClaimPods`).
    var relabeled: [OwnerKey: Set<ObjectKey>] = [:]
    /// Pod spec (with admission defaults) per ReplicaSet uid, shared by its pods.
    var podSpecs: [String: JSONValue] = [:]
    /// Shared parts of the pods per ReplicaSet uid (dropped when the ReplicaSet is updated or deleted).
    var podTemplates: [String: PodTemplate] = [:]

    /// Queues `key` for a sync.
    mutating func enqueue(_ key: ObjectKey) { queue.insert(key) }
}
