/// The service account controller's state (kube-controller-manager's `serviceaccount-controller`): the namespaces
/// whose `default` ServiceAccount to ensure.
///
/// Its logic is `syncServiceAccounts` in `Cluster+ServiceAccountController.swift`; it watches Namespaces (a new one)
/// and ServiceAccounts (a deleted `default` comes back).
struct ServiceAccountController: Sendable {
    /// The ServiceAccounts the controller keeps in every active namespace.
    static let accountNames = ["default"]

    /// Namespaces to sync.
    var queue: Set<String> = []

    /// A namespace was created: ensure its accounts.
    mutating func namespaceAdded(_ name: String) { queue.insert(name) }

    /// A ServiceAccount was deleted: a managed one is created again.
    mutating func serviceAccountRemoved(_ key: ObjectKey) {
        if Self.accountNames.contains(key.name) { queue.insert(key.namespace) }
    }

    /// The queued namespaces in name order, emptying the queue; nil when there is nothing to do.
    mutating func takeWork() -> [String]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }
}
