/// The kubelet's own bookkeeping of a pod being terminated: when it started, when the stop signal is (or was) sent,
/// and whether the container runtime has sent it.
///
/// Kept beside the pods rather than in them: none of it is visible in the API, and updating it would otherwise copy
/// and re-store the whole pod record twice per terminating pod.
struct PodTermination: Sendable, Equatable {
    /// When the kubelet started the termination (the delete time).
    var startedAt: Timestamp
    /// When the stop signal is (or was) sent, once termination is scheduled: the planned time until the signal is
    /// sent, then the time it was sent.
    var stopAt: Timestamp? = nil
    /// Whether the runtime has sent the stop signal to the containers (at `stopAt`). The containers' processes
    /// react to it (nginx writes its shutdown lines), so the container logs read it (see `Cluster.podLog`).
    /// A flag beside `stopAt` rather than a second time: it fits in the record's padding.
    var stopSignalSent = false
    /// Whether a preStop hook was still running when the grace period ran out (its exec fails when the container is
    /// killed: `FailedPreStopHook`).
    var preStopCutOff = false
}
