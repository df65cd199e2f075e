/// Running pod counts of one ReplicaSet, kept up to date on every pod write so that a sync is O(1).
struct ReplicaSetCounts: Sendable, Equatable {
    /// Pods neither terminal nor being deleted.
    var active = 0
    /// Active pods that are Ready.
    var ready = 0
    /// Pods being deleted that are not yet terminal.
    var terminating = 0

    /// What one pod contributes.
    static func of(_ pod: PodRecord) -> ReplicaSetCounts {
        ReplicaSetCounts(
            active: pod.isActive ? 1 : 0, ready: pod.isActive && pod.ready ? 1 : 0,
            terminating: pod.isTerminating && !pod.isTerminal ? 1 : 0)
    }

    mutating func add(_ other: ReplicaSetCounts, sign: Int) {
        active += sign * other.active
        ready += sign * other.ready
        terminating += sign * other.terminating
    }
}
