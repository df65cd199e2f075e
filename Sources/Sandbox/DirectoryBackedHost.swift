import ClusterModel
import Kubectl

/// A kubectl host that serves files from a `WorkingDirectory` and forwards everything else.
///
/// The shell's host knows about terminals and the wall clock; the sandbox knows the learner's files.
/// This wrapper joins the two for one kubectl run.
final class DirectoryBackedHost: KubectlHost {
    private let inner: any KubectlHost
    private let directory: WorkingDirectory

    init(wrapping inner: any KubectlHost, directory: WorkingDirectory) {
        self.inner = inner
        self.directory = directory
    }

    func write(_ text: String) { inner.write(text) }
    func writeError(_ text: String) { inner.writeError(text) }
    func readStandardInput() -> String? { inner.readStandardInput() }
    var isTerminal: Bool { inner.isTerminal }
    var interruptRequested: Bool { inner.interruptRequested }
    var language: String { inner.language }
    var watchLimit: Double? { inner.watchLimit }
    func editInteractively(_ contents: String, fileExtension: String) -> EditorResult {
        inner.editInteractively(contents, fileExtension: fileExtension)
    }
    func discardEditedFile(_ path: String) { inner.discardEditedFile(path) }

    func isSymbolicLink(_ path: String) -> Bool {
        directory.isSymbolicLink(path) || inner.isSymbolicLink(path)
    }

    func readFile(_ path: String) throws(KubectlFileError) -> String {
        do {
            return try directory.read(path, lossy: true)
        } catch .notFound {
            // Hosts used in tests may hold files of their own.
            return try inner.readFile(path)
        } catch let error {
            throw Self.fileError(error, path: path)
        }
    }

    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? {
        do {
            return try directory.entries(of: path)
        } catch .notFound {
            return try inner.listDirectory(path)
        } catch let error {
            throw Self.fileError(error, path: path)
        }
    }

    func passTime<Client: ClusterClient>(_ cluster: inout Client, deadline: Timestamp?, stop: (Client) -> Bool, progress: (Client) -> Void) -> TimeOutcome {
        inner.passTime(&cluster, deadline: deadline, stop: stop, progress: progress)
    }

    private static func fileError(_ error: WorkingDirectory.ReadError, path: String) -> KubectlFileError {
        switch error {
        case .notFound: return .notFound(path)
        case .isDirectory: return .unreadable(path, reason: "is a directory")
        case .tooLarge: return .unreadable(path, reason: "file is larger than 8 MiB")
        case .notUTF8: return .unreadable(path, reason: "file is not valid UTF-8")
        case .unreadable(let reason): return .unreadable(path, reason: reason)
        }
    }
}
