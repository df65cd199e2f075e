/// The CronJob controller's watch handlers.
extension CronJobController {
    /// The queued CronJobs in key order, the queue emptied; nil when it is empty.
    mutating func takeWork() -> [ObjectKey]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }

    /// A CronJob was created or changed.
    mutating func cronJobChanged(_ key: ObjectKey, uid: String) {
        keysByUID[uid] = key
        queue.insert(key)
    }

    /// A CronJob was deleted.
    mutating func cronJobDeleted(uid: String) { keysByUID[uid] = nil }

    /// A Job controlled by `owner` changed or went: its CronJob (if it is one) syncs.
    mutating func jobChanged(owner: String?) {
        if let owner, let key = keysByUID[owner] { queue.insert(key) }
    }
}
