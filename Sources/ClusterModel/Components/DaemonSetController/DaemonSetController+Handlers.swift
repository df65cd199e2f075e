/// The DaemonSet controller's watch handlers.
extension DaemonSetController {
    /// The queued DaemonSets in key order, the queue emptied; nil when it is empty.
    mutating func takeWork() -> [ObjectKey]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }

    /// A DaemonSet was created or its spec changed.
    mutating func daemonSetChanged(_ key: ObjectKey, uid: String) {
        keysByUID[uid] = key
        queue.insert(key)
    }

    /// A DaemonSet was deleted.
    mutating func daemonSetDeleted(uid: String) {
        keysByUID[uid] = nil
        templates[uid] = nil
    }

    /// A node was added, changed or removed: every DaemonSet checks where its pods should run.
    mutating func nodeChanged() { queue.formUnion(keysByUID.values) }

    /// A pod controlled by `owner` was written or removed: if the owner is a DaemonSet, it syncs (status, or a
    /// replacement).
    mutating func podChanged(owner: String) {
        if let key = keysByUID[owner] { queue.insert(key) }
    }
}
