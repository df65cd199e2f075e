/// How a host's `passTime` ended.
public enum TimeOutcome: Hashable, Sendable {
    /// `stop(cluster)` became true.
    case stopped
    /// The deadline passed before the condition held.
    case deadlineReached
    /// The user interrupted (Ctrl-C).
    case interrupted
    /// Nothing more will ever happen in the cluster (no scheduled events), and the condition does not hold.
    case idle
}
