/// The disruption controller's state: its work queue and the budgets of each namespace.
///
/// Its logic is in `Cluster+DisruptionController.swift`.
struct DisruptionController: Sendable {
    /// Budgets to sync.
    var queue: Set<ObjectKey> = []
    /// The budgets of each namespace (a pod write there queues them).
    var budgetsByNamespace: [String: Set<ObjectKey>] = [:]
}
