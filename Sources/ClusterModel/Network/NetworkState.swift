/// What the simulated network carried: the requests each container served (its access log) and the load generator.
struct NetworkState: Sendable {
    /// One container of one pod.
    struct ContainerKey: Sendable, Hashable {
        var podUID: String
        var container: Int
    }

    /// The access-log lines each container's server wrote, oldest first (at most `maximumServed` each, as the
    /// kubelet's log rotation would keep a bounded tail).
    var served: [ContainerKey: [LogLine]] = [:]

    static let maximumServed = 5_000

    /// The running load generator, and how many have been started (a stopped one's scheduled tick is ignored).
    var load: LoadGenerator? = nil
    /// The last generator stopped (its counts stay readable, for lesson checks).
    var stoppedLoad: LoadGenerator? = nil
    var loadGeneration = 0

    /// Records a line a container's server wrote.
    mutating func record(_ line: LogLine, by container: ContainerKey) {
        served[container, default: []].append(line)
        if served[container]!.count > NetworkState.maximumServed { served[container]!.removeFirst(NetworkState.maximumServed / 10) }
    }
}
