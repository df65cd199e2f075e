/// The scheduler's watch handlers.
extension Scheduler {
    /// A pod bound to the node at `index` was removed: the node has room for one more.
    mutating func podRemoved(_ key: ObjectKey, fromNodeAt index: Int?) {
        if let index { podsPerNode[index] -= 1 }
        if !unschedulable.isEmpty { unschedulable[key] = nil }
    }

    /// A pod arrived already bound (`spec.nodeName` set by its author): the node counts it.
    mutating func podArrivedBound(toNodeAt index: Int) { podsPerNode[index] += 1 }

    /// A Node was stored at `index` (nil when it is not a configured node) or removed (`object` nil). Returns
    /// the pods that wait for a node, to be tried again (a node event can make them fit).
    mutating func nodeChanged(at index: Int?, _ object: JSONValue?) -> [(ObjectKey, String)] {
        guard let index else { return [] }
        let node = object.map(NodeFit.Node.init)
        guard node != nodes[index] else { return [] }
        nodes[index] = node
        return unschedulable.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
