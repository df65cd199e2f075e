import ClusterModel

/// A host for tests, script mode and lesson tests: collects output in memory, serves files from a
/// dictionary, and lets time pass by jumping from one scheduled cluster event to the next.
///
/// Its time is never interrupted; a test sets `interruptRequested` to press Ctrl-C during busy work. `timeCap` bounds how much virtual time one `passTime` call may consume, so a
/// `get -w` or `logs -f` ends (as `.idle`) instead of running forever.
public final class BufferedKubectlHost: KubectlHost {
    /// Everything written to stdout.
    public private(set) var standardOutput = ""
    /// Everything written to stderr.
    public private(set) var standardError = ""
    /// stdout and stderr interleaved in the order written (what a terminal shows).
    public private(set) var combinedOutput = ""
    /// Files by path (relative paths as given on the command line; directories are implied by `/`).
    public var files: [String: String]
    /// What `-f -` reads.
    public var standardInput: String?
    /// The most virtual time (seconds) one `passTime` may consume.
    public var timeCap: Double
    /// Whether to pretend to be a terminal.
    public var isTerminal: Bool
    /// Whether Ctrl-C was pressed (busy loops stop early).
    public var interruptRequested = false
    /// The language of the tutor's own messages.
    public var language = "en"
    /// A watch ends at `timeCap`.
    public var watchLimit: Double? { timeCap }
    /// The "editor" `kubectl edit` runs: given the file's contents, it returns what the user saved, or nil for an
    /// editor that fails. Nil (the default) means there is no editor, as in script mode.
    public var editor: ((String) -> String?)?
    /// What each run of ``editor`` was given, in order.
    public private(set) var editorInputs: [String] = []
    /// How many files the editor has opened, for their names.
    private var editedFileCount = 0

    /// Creates a host with in-memory files.
    public init(files: [String: String] = [:], standardInput: String? = nil, timeCap: Double = 3600, isTerminal: Bool = false) {
        self.files = files
        self.standardInput = standardInput
        self.timeCap = timeCap
        self.isTerminal = isTerminal
    }

    /// Clears the collected output.
    public func clearOutput() {
        standardOutput = ""
        standardError = ""
        combinedOutput = ""
    }

    public func write(_ text: String) {
        standardOutput += text
        combinedOutput += text
    }

    public func writeError(_ text: String) {
        standardError += text
        combinedOutput += text
    }

    public func readFile(_ path: String) throws(KubectlFileError) -> String {
        let key = Self.normalize(path)
        if let text = files[key] { return text }
        if files.keys.contains(where: { $0.hasPrefix(key + "/") }) {
            throw .unreadable(path, reason: "is a directory")
        }
        throw .notFound(path)
    }

    public func listDirectory(_ path: String) throws(KubectlFileError) -> [String]? {
        let key = Self.normalize(path)
        if files[key] != nil { return nil }
        let prefix = key.isEmpty || key == "." ? "" : key + "/"
        let entries = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count).split(separator: "/")[0]) }
        if entries.isEmpty { throw .notFound(path) }
        return Array(Set(entries)).sorted()
    }

    public func readStandardInput() -> String? { standardInput }

    /// Runs ``editor`` on `contents`; the saved file stays in ``files`` (as `/tmp/kubectl-edit-N.ext`) until discarded,
    /// so `kubectl replace -f` can read it as it could kubectl's.
    public func editInteractively(_ contents: String, fileExtension: String) -> EditorResult {
        guard let editor else { return .unavailable }
        editorInputs.append(contents)
        guard let saved = editor(contents) else { return .failed("there was a problem with the editor \"vi\"") }
        editedFileCount += 1
        let path = "/tmp/kubectl-edit-\(editedFileCount)\(fileExtension)"
        files[path] = saved
        return .saved(contents: saved, path: path)
    }

    public func discardEditedFile(_ path: String) { files[path] = nil }

    public func passTime<Client: ClusterClient>(_ cluster: inout Client, deadline: Timestamp?, stop: (Client) -> Bool, progress: (Client) -> Void) -> TimeOutcome {
        EventJumping.passTime(&cluster, deadline: deadline, cap: timeCap, stop: stop, progress: progress)
    }

    /// `./a.yaml` → `a.yaml`; trailing slashes removed.
    static func normalize(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
