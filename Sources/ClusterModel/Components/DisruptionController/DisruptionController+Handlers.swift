/// The disruption controller's watch handlers.
extension DisruptionController {
    /// The queued budgets in key order, the queue emptied; nil when it is empty.
    mutating func takeWork() -> [ObjectKey]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }

    /// A budget was created or its spec changed.
    mutating func budgetChanged(_ key: ObjectKey) {
        budgetsByNamespace[key.namespace, default: []].insert(key)
        queue.insert(key)
    }

    /// A budget was deleted.
    mutating func budgetDeleted(_ key: ObjectKey) {
        budgetsByNamespace[key.namespace]?.remove(key)
        if budgetsByNamespace[key.namespace]?.isEmpty == true { budgetsByNamespace[key.namespace] = nil }
    }

    /// A pod of `namespace` was written or removed: the namespace's budgets sync.
    mutating func podChanged(namespace: String) {
        if let budgets = budgetsByNamespace[namespace] { queue.formUnion(budgets) }
    }
}
