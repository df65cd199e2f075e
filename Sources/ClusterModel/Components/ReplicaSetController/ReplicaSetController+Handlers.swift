/// The ReplicaSet controller's watch handlers: its pod index by owner, and what it queues.
extension ReplicaSetController {
    /// The queued ReplicaSets in key order, the queue emptied; nil when it is empty.
    mutating func takeWork() -> [ObjectKey]? {
        guard !queue.isEmpty else { return nil }
        defer {
            queue = []
            lastQueued = nil
        }
        return queue.sorted()
    }

    /// A pod was written: keep the owner's counts (`delta` is the change of the pod's counts under `owner`), and
    /// queue the owning ReplicaSet. Goes through the entry's position: a dictionary's `default:` subscript allocates
    /// an accessor frame on every call.
    mutating func podWritten(_ key: ObjectKey, owner: OwnerKey, delta: ReplicaSetCounts) {
        var replicaSet: ObjectKey? = nil
        if let index = podsByOwner.index(forKey: owner) {
            podsByOwner.values[index].counts.add(delta, sign: 1)
            replicaSet = podsByOwner.values[index].replicaSet
        } else {
            var entry = OwnedPods()
            entry.counts.add(delta, sign: 1)
            podsByOwner[owner] = entry
        }
        if let replicaSet { queueAfterPodWrite(replicaSet) }
    }

    /// A client changed the labels of a pod `owner` controls: its next sync checks that the selector still matches.
    mutating func podRelabeled(_ key: ObjectKey, owner: OwnerKey) {
        relabeled[owner, default: []].insert(key)
        if let index = podsByOwner.index(forKey: owner), let replicaSet = podsByOwner.values[index].replicaSet { queue.insert(replicaSet) }
    }

    /// A pod was removed for good.
    mutating func podRemoved(_ key: ObjectKey, owner: OwnerKey, counts: ReplicaSetCounts) {
        guard let index = podsByOwner.index(forKey: owner) else { return }
        podsByOwner.values[index].counts.add(counts, sign: -1)
        if let replicaSet = podsByOwner.values[index].replicaSet { queueAfterPodWrite(replicaSet) }
    }

    /// Queues `key` after a write of one of its pods; thousands of writes in a row queue the same ReplicaSet once.
    private mutating func queueAfterPodWrite(_ key: ObjectKey) {
        guard lastQueued != key else { return }
        queue.insert(key)
        lastQueued = key
    }

    /// A ReplicaSet was created.
    mutating func replicaSetAdded(_ key: ObjectKey, uid: String) {
        keysByUID[uid] = key
        if let index = podsByOwner.index(forKey: OwnerKey(uid)) {
            podsByOwner.values[index].replicaSet = key
        } else {
            var entry = OwnedPods()
            entry.replicaSet = key
            podsByOwner[OwnerKey(uid)] = entry
        }
        queue.insert(key)
    }

    /// A ReplicaSet was changed by a client or its Deployment: its pod template may differ.
    mutating func replicaSetUpdated(_ key: ObjectKey, uid: String) {
        podTemplates[uid] = nil
        queue.insert(key)
    }

    /// A ReplicaSet was scaled by its Deployment (the template is unchanged).
    mutating func replicaSetScaled(_ key: ObjectKey) { queue.insert(key) }

    /// A ReplicaSet was deleted.
    mutating func replicaSetDeleted(uid: String) {
        keysByUID[uid] = nil
        podsByOwner[OwnerKey(uid)]?.replicaSet = nil
        podSpecs[uid] = nil
        podTemplates[uid] = nil
    }
}
