import ClusterModel

/// Lets virtual time pass by jumping from one scheduled cluster event to the next: how time moves while a
/// command blocks in script mode and in tests, so that transcripts are deterministic.
public enum EventJumping {
    /// Advances `cluster` event by event until `stop` holds, `deadline` passes, nothing more is scheduled,
    /// or `cap` virtual seconds have passed; calls `progress` after each step that changed something.
    ///
    /// Reaching the cap ends the wait as `.idle`, as if the server had closed a watch, so a `get -w` or
    /// `logs -f` in a script ends with status 0.
    public static func passTime<Client: ClusterClient>(
        _ cluster: inout Client, deadline: Timestamp?, cap: Double, stop: (Client) -> Bool, progress: (Client) -> Void
    ) -> TimeOutcome {
        let capTime = cluster.now.adding(seconds: cap)
        let limit = deadline.map { min($0, capTime) } ?? capTime
        while true {
            if stop(cluster) { return .stopped }
            guard let next = cluster.nextEventTime, next <= limit else {
                if let deadline, deadline <= capTime {
                    if cluster.now < deadline { cluster.advance(by: deadline.seconds(since: cluster.now)) }
                    return .deadlineReached
                }
                return .idle
            }
            let sequence = cluster.lastSequence
            cluster.advance(by: max(0, next.seconds(since: cluster.now)))
            if cluster.lastSequence != sequence { progress(cluster) }
        }
    }
}
