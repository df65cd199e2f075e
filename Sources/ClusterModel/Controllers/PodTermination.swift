/// The kubelet's own bookkeeping of a pod being terminated: when it started and when the stop signal is (or was)
/// sent.
///
/// Kept beside the pods rather than in them: none of it is visible in the API, and updating it would otherwise copy
/// and re-store the whole pod record twice per terminating pod.
struct PodTermination: Sendable, Equatable {
    /// When the kubelet started the termination (the delete time).
    var startedAt: Timestamp
    /// When the stop signal is (or was) sent, once termination is scheduled.
    var stopAt: Timestamp? = nil
}
