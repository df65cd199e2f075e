import ClusterModel
import Kubectl

/// A silent host for rebuilding a session from its command log: it discards output, and a blocking command
/// stops at `interruptAt`, the virtual time at which the learner's original command ended (for example
/// when they pressed Ctrl-C).
final class ReplayHost: KubectlHost {
    /// When a blocking command must end, as the original did.
    var interruptAt: Timestamp

    init(interruptAt: Timestamp) { self.interruptAt = interruptAt }

    func write(_ text: String) {}
    func writeError(_ text: String) {}
    func readFile(_ path: String) throws(KubectlFileError) -> String { throw .notFound(path) }
    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? { throw .notFound(path) }
    func readStandardInput() -> String? { nil }
    var isTerminal: Bool { false }

    func passTime<Client: ClusterClient>(_ cluster: inout Client, deadline: Timestamp?, stop: (Client) -> Bool, progress: (Client) -> Void) -> TimeOutcome {
        let limit = deadline.map { min($0, interruptAt) } ?? interruptAt
        while true {
            if stop(cluster) { return .stopped }
            guard let next = cluster.nextEventTime, next <= limit else {
                if cluster.now < limit { cluster.advance(by: limit.seconds(since: cluster.now)) }
                if stop(cluster) { return .stopped }
                if let deadline, deadline <= interruptAt { return .deadlineReached }
                return .interrupted
            }
            cluster.advance(by: max(0, next.seconds(since: cluster.now)))
            progress(cluster)
        }
    }
}
