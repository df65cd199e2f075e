/// The CronJob controller's state: its work queue and the CronJobs it knows.
///
/// Its logic is in `Cluster+CronJobController.swift`; schedules are `CronSchedule`.
struct CronJobController: Sendable {
    /// CronJobs to sync.
    var queue: Set<ObjectKey> = []
    /// Every CronJob, by uid (a Job's change queues its owner).
    var keysByUID: [String: ObjectKey] = [:]
}
