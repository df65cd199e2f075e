import ClusterModel
import Kubectl

/// The kubectl host for script mode: output straight to the sink, and time that moves only by jumping
/// from one scheduled cluster event to the next, so transcripts are deterministic.
///
/// A blocking command waits at most `timeCap` virtual seconds (an hour by default): `get -w` and
/// `logs -f` end there, as if the server had closed the stream.
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
        EventJumping.passTime(&cluster, deadline: deadline, cap: timeCap, stop: stop, progress: progress)
    }
}
