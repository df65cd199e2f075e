/// The Job controller's state: its work queue, the Jobs it knows, the finished pods it has counted, and when each
/// Job's pods last failed (for the pod-creation back-off).
///
/// Its logic is in `Cluster+JobController.swift`.
struct JobController: Sendable {
    /// Jobs to sync.
    var queue: Set<ObjectKey> = []
    /// Every Job, by uid (a pod write queues its owner).
    var keysByUID: [String: ObjectKey] = [:]
    /// Uids of the finished pods already counted in their Job's `succeeded`/`failed` (a real controller tracks them
    /// with the `batch.kubernetes.io/job-tracking` finalizer).
    var counted: Set<String> = []
    /// When a pod of each Job (by uid) last failed.
    var lastFailure: [String: Timestamp] = [:]
}
