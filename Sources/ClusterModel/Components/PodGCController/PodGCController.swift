/// The pod garbage collector's state: whether a pass is scheduled.
///
/// Its logic is in `Cluster+PodGCController.swift`.
struct PodGCController: Sendable {
    /// Whether a pass is already scheduled (a node removal schedules one).
    var passScheduled = false
}
