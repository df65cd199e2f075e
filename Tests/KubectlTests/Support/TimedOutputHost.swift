import ClusterModel
import Kubectl

/// A buffered host that notes the virtual time of every write to stdout: the time of the cluster as the command last
/// let time pass (or `now`, set before the command runs).
final class TimedOutputHost: KubectlHost {
    let inner = BufferedKubectlHost()
    /// The virtual time writes are stamped with.
    var now: Timestamp
    /// Every stdout write with its virtual time, in order.
    private(set) var writes: [(time: Timestamp, text: String)] = []

    init(now: Timestamp) { self.now = now }

    func write(_ text: String) {
        writes.append((now, text))
        inner.write(text)
    }
    func writeError(_ text: String) { inner.writeError(text) }
    func readFile(_ path: String) throws(KubectlFileError) -> String { try inner.readFile(path) }
    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? { try inner.listDirectory(path) }
    func readStandardInput() -> String? { nil }
    var isTerminal: Bool { false }

    func passTime<Client: ClusterClient>(_ cluster: inout Client, deadline: Timestamp?, stop: (Client) -> Bool, progress: (Client) -> Void) -> TimeOutcome {
        inner.passTime(
            &cluster, deadline: deadline,
            stop: { state in
                now = state.now
                return stop(state)
            },
            progress: { state in
                now = state.now
                progress(state)
            })
    }

    /// The stdout writes at each virtual time, oldest first, lines joined.
    var outputByTime: [(time: Timestamp, text: String)] {
        var result: [(time: Timestamp, text: String)] = []
        for write in writes {
            if let last = result.last, last.time == write.time {
                result[result.count - 1].text += write.text
            } else {
                result.append(write)
            }
        }
        return result
    }
}
