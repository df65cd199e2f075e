/// The StatefulSet controller's watch handlers.
extension StatefulSetController {
    /// The queued StatefulSets in key order, the queue emptied; nil when it is empty.
    mutating func takeWork() -> [ObjectKey]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }

    /// A StatefulSet was created, its spec changed, or it was marked for deletion.
    mutating func statefulSetChanged(_ key: ObjectKey, uid: String) {
        keysByUID[uid] = key
        queue.insert(key)
    }

    /// A StatefulSet was deleted.
    mutating func statefulSetDeleted(uid: String) { keysByUID[uid] = nil }

    /// A pod controlled by `owner` was written or removed: if the owner is a StatefulSet, it syncs (the next
    /// ordinal, a replacement, or its status).
    mutating func podChanged(owner: String) {
        if let key = keysByUID[owner] { queue.insert(key) }
    }

    /// A timer the controller set (a pod becoming available after `minReadySeconds`) fired.
    mutating func resync(_ key: ObjectKey) { queue.insert(key) }
}
