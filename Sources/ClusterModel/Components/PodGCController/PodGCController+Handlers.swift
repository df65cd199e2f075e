/// The pod garbage collector's watch handlers.
extension PodGCController {
    /// A node was removed: the pods bound to it are orphans at the next pass. Returns whether a pass must be
    /// scheduled.
    mutating func nodeRemoved() -> Bool {
        guard !passScheduled else { return false }
        passScheduled = true
        return true
    }
}
