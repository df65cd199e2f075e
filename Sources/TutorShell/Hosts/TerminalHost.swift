import ClusterModel
import Kubectl
import LineEditor
import Sandbox

/// The kubectl host for an interactive terminal: virtual time follows the wall clock at the clock's
/// speed while a command blocks, and Ctrl-C stops the waiting.
final class TerminalHost: KubectlHost {
    let sink: any OutputSink
    let isTerminal = true
    /// The clock settings of the sandbox the command runs in.
    var clock = ClockSettings()
    private let wallClock: WallClock

    init(sink: any OutputSink, wallClock: WallClock) {
        self.sink = sink
        self.wallClock = wallClock
    }

    func write(_ text: String) { sink.write(text) }
    func writeError(_ text: String) { sink.writeError(text) }
    func readFile(_ path: String) throws(KubectlFileError) -> String { throw .notFound(path) }
    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? { throw .notFound(path) }
    func readStandardInput() -> String? { nil }

    func passTime(
        _ cluster: inout Cluster, deadline: Timestamp?, stop: (Cluster) -> Bool, progress: (Cluster) -> Void
    ) -> TimeOutcome {
        var last = wallClock.seconds()
        while true {
            if stop(cluster) { return .stopped }
            if let deadline, cluster.now >= deadline { return .deadlineReached }
            if clock.paused && cluster.nextEventTime == nil && deadline == nil { return .idle }
            // Sleep until the next scheduled change (in real time), but wake often enough for Ctrl-C.
            var waitSeconds = 0.1
            if let next = cluster.nextEventTime, !clock.paused {
                waitSeconds = min(waitSeconds, max(0.005, next.seconds(since: cluster.now) / clock.speed))
            }
            if InputWait.wait(milliseconds: Int(waitSeconds * 1000), watchingInput: false) == .interrupted
                || InterruptFlag.consume()
            {
                _ = InterruptFlag.consume()
                // The terminal echoed ^C; end its line as a shell would before the next output.
                sink.write("\n")
                return .interrupted
            }
            let now = wallClock.seconds()
            var elapsed = (now - last) * clock.speed
            last = now
            if clock.paused {
                // A paused clock still lets blocking commands finish: jump to the next event.
                guard let next = cluster.nextEventTime else { continue }
                elapsed = max(0, next.seconds(since: cluster.now))
            }
            if let deadline { elapsed = min(elapsed, max(0, deadline.seconds(since: cluster.now))) }
            let sequence = cluster.lastSequence
            cluster.advance(by: elapsed)
            if cluster.lastSequence != sequence { progress(cluster) }
        }
    }
}
