import ClusterModel
import Kubectl

/// A host whose user presses Ctrl-C after `seconds` of virtual time in any blocking command.
final class InterruptingHost: KubectlHost {
    let inner = BufferedKubectlHost()
    let seconds: Double

    init(after seconds: Double) { self.seconds = seconds }

    func write(_ text: String) { inner.write(text) }
    func writeError(_ text: String) { inner.writeError(text) }
    func readFile(_ path: String) throws(KubectlFileError) -> String { try inner.readFile(path) }
    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? { try inner.listDirectory(path) }
    func readStandardInput() -> String? { nil }
    var isTerminal: Bool { true }

    func passTime<Client: ClusterClient>(_ cluster: inout Client, deadline: Timestamp?, stop: (Client) -> Bool, progress: (Client) -> Void) -> TimeOutcome {
        let interruptAt = cluster.now.adding(seconds: seconds)
        let outcome = inner.passTime(&cluster, deadline: min(deadline ?? interruptAt, interruptAt), stop: stop, progress: progress)
        return outcome == .deadlineReached && deadline.map({ $0 > interruptAt }) ?? true ? .interrupted : outcome
    }
}
