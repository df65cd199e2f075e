import ClusterModel
import Kubectl

/// The kubectl host for script mode: output straight to the sink, and time that moves only by jumping
/// from one scheduled cluster event to the next, so transcripts are deterministic.
///
/// A blocking command waits at most `timeCap` virtual seconds (an hour by default): `get -w` and
/// `logs -f` end there, as if the user had pressed Ctrl-C.
final class ScriptHost: KubectlHost {
    let sink: any OutputSink
    let timeCap: Double
    let isTerminal = false

    init(sink: any OutputSink, timeCap: Double = 3600) {
        self.sink = sink
        self.timeCap = timeCap
    }

    func write(_ text: String) { sink.write(text) }
    func writeError(_ text: String) { sink.writeError(text) }
    func readFile(_ path: String) throws(KubectlFileError) -> String { throw .notFound(path) }
    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? { throw .notFound(path) }
    func readStandardInput() -> String? { nil }

    func passTime(
        _ cluster: inout Cluster, deadline: Timestamp?, stop: (Cluster) -> Bool, progress: (Cluster) -> Void
    ) -> TimeOutcome {
        let cap = cluster.now.adding(seconds: timeCap)
        let limit = deadline.map { min($0, cap) } ?? cap
        while true {
            if stop(cluster) { return .stopped }
            guard let next = cluster.nextEventTime, next <= limit else {
                if let deadline, deadline <= cap {
                    if cluster.now < deadline { cluster.advance(by: deadline.seconds(since: cluster.now)) }
                    return .deadlineReached
                }
                return cluster.nextEventTime == nil ? .idle : .interrupted
            }
            let sequence = cluster.lastSequence
            cluster.advance(by: max(0, next.seconds(since: cluster.now)))
            if cluster.lastSequence != sequence { progress(cluster) }
        }
    }
}
