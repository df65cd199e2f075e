/// The Job controller's watch handlers.
extension JobController {
    /// The queued Jobs in key order, the queue emptied; nil when it is empty.
    mutating func takeWork() -> [ObjectKey]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }

    /// A Job was created or changed.
    mutating func jobChanged(_ key: ObjectKey, uid: String) {
        keysByUID[uid] = key
        queue.insert(key)
    }

    /// A Job was deleted.
    mutating func jobDeleted(uid: String) {
        keysByUID[uid] = nil
        lastFailure[uid] = nil
    }

    /// A pod controlled by `owner` was written or removed: its Job (if it is one) syncs.
    mutating func podChanged(owner: String) {
        if let key = keysByUID[owner] { queue.insert(key) }
    }

    /// A pod was removed for good: it need not be remembered as counted.
    mutating func podRemoved(uid: String) { counted.remove(uid) }
}
