/// The event recorders' state (client-go's `record` package, shared by the components): the counter that keeps
/// event names unique, the kubelet's counted-up events, and the correlator's aggregation and spam filter.
///
/// Its logic is in `Cluster+EventRecorder.swift`.
struct EventRecorder: Sendable {
    /// Events recorded so far (keeps generated event names unique within one millisecond).
    var counter = 0
    /// Events that are counted up instead of repeated (`uid/reason/container` → position in the event log).
    var repeatedEvents: [String: Int] = [:]
    /// Aggregation and spam-filter state for controller events.
    var correlation = EventCorrelation()
}
