/// The namespace controller's watch handlers.
extension NamespaceController {
    /// The queued namespaces in name order, the queue emptied; nil when it is empty.
    mutating func takeWork() -> [String]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }

    /// A namespace was written: one being deleted is synced.
    mutating func namespaceStored(_ name: String, _ object: JSONValue) {
        if !object["metadata"]["deletionTimestamp"].isNull { queue.insert(name) }
    }
}
