/// The scheduler's watch handlers.
extension Scheduler {
    /// A pod bound to the node at `index` was removed: the node has room for one more.
    mutating func podRemoved(fromNodeAt index: Int) { podsPerNode[index] -= 1 }
}
