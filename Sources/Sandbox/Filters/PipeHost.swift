import ClusterModel
import Kubectl

/// The host the first command of a pipeline writes to: its standard output flows into the filters, its
/// standard error goes straight to the terminal (as in bash), and everything else is the shell's host.
///
/// The command's standard output is a pipe, not a terminal, so it prints no colours and leaves control
/// characters alone, as a real command would; what finally reaches a terminal (the last filter's output, and
/// standard error) has its control characters made visible there, so `jq -r` of an annotation holding escape
/// sequences cannot drive the learner's terminal.
///
/// When the first filter stops reading (`head -3` has its lines), the next write meets a closed pipe: a watch
/// or a following log then ends, as kubectl would on SIGPIPE, instead of running until Ctrl-C.
final class PipeHost: KubectlHost {
    private let inner: any KubectlHost
    private(set) var chain: FilterChain
    private var brokenPipe = false

    init(wrapping inner: any KubectlHost, filters: [any TextFilter]) {
        self.inner = inner
        self.chain = FilterChain(filters, emit: { [inner] text in
            inner.write(inner.isTerminal ? TerminalEscaping.visible(text) : text)
        })
    }

    func write(_ text: String) {
        if chain.isClosed {
            if !text.isEmpty { brokenPipe = true }
            return
        }
        chain.write(text)
    }

    func writeError(_ text: String) { inner.writeError(inner.isTerminal ? TerminalEscaping.visible(text) : text) }
    func readFile(_ path: String) throws(KubectlFileError) -> String { try inner.readFile(path) }
    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? { try inner.listDirectory(path) }
    func readStandardInput() -> String? { inner.readStandardInput() }
    var isTerminal: Bool { false }
    func isSymbolicLink(_ path: String) -> Bool { inner.isSymbolicLink(path) }
    var interruptRequested: Bool { inner.interruptRequested }
    var language: String { inner.language }
    var watchLimit: Double? { inner.watchLimit }
    /// The editor runs on the terminal, as kubectl's would with its output piped.
    func editInteractively(_ contents: String, fileExtension: String) -> EditorResult {
        inner.editInteractively(contents, fileExtension: fileExtension)
    }
    func discardEditedFile(_ path: String) { inner.discardEditedFile(path) }

    func passTime<Client: ClusterClient>(
        _ cluster: inout Client, deadline: Timestamp?, stop: (Client) -> Bool, progress: (Client) -> Void
    ) -> TimeOutcome {
        inner.passTime(&cluster, deadline: deadline, stop: { [unowned self] state in self.brokenPipe || stop(state) }, progress: progress)
    }

    /// Ends the input of the filters; returns their standard error and the last one's status.
    func finish() -> (errors: [String], status: Int32) {
        chain.finish()
    }
}
