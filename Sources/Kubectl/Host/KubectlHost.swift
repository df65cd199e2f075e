import ClusterModel

/// What kubectl needs from its surroundings: output streams, files, standard input, and a way to let
/// virtual time pass while a command blocks.
///
/// The interactive shell, script mode and tests each provide one. `Kubectl.run` never reads the wall clock;
/// whenever a command waits (`delete --wait`, `wait`, `rollout status`, `get -w`, `logs -f`) it calls `passTime`.
public protocol KubectlHost: AnyObject {
    /// Writes to standard output (streamed: watch rows appear as they are written).
    func write(_ text: String)
    /// Writes to standard error.
    func writeError(_ text: String)
    /// The contents of a file, relative to the shell's working directory (lesson files first, then the real cwd).
    func readFile(_ path: String) throws(KubectlFileError) -> String
    /// The entries of a directory (file names, not paths), or nil when `path` is not a directory.
    func listDirectory(_ path: String) throws(KubectlFileError) -> [String]?
    /// All of standard input for `-f -`, or nil when there is none.
    func readStandardInput() -> String?
    /// Lets virtual time pass while a blocking command waits.
    ///
    /// The host advances `cluster` until `stop(cluster)` holds, `deadline` passes, or the user interrupts, and
    /// calls `progress(cluster)` after each change so the command can print watch rows. In script mode the host
    /// jumps from scheduled event to scheduled event; in a terminal it follows the wall clock at the clock speed.
    func passTime<Client: ClusterClient>(_ cluster: inout Client, deadline: Timestamp?, stop: (Client) -> Bool, progress: (Client) -> Void) -> TimeOutcome
    /// True when stdout/stderr are a terminal (kubectl then colors warnings).
    var isTerminal: Bool { get }
    /// Whether `path` is a symbolic link (a directory walk treats it as a file and never follows it).
    func isSymbolicLink(_ path: String) -> Bool
    /// Whether the user asked to stop (Ctrl-C) while a command is busy; long loops check it and end early.
    var interruptRequested: Bool { get }
    /// The learner's language (`en`, `zh-CN`) for the tutor's own messages; kubectl's texts stay English.
    var language: String { get }
    /// The most virtual seconds one watch may run when time jumps from event to event (script mode), or nil when
    /// the host follows the wall clock; a watch cut short by it says so.
    var watchLimit: Double? { get }
    /// Opens `contents` in the user's own editor, as `kubectl edit` does (`$KUBE_EDITOR`, else `$EDITOR`, else `vi`),
    /// in a new temporary file ending in `fileExtension` (`.yaml`, `.json`), and returns what the user saved.
    ///
    /// This is the one place where a host program runs, and it is the editor the user configured, never a program a
    /// lesson names. Hosts without a terminal return ``EditorResult/unavailable``.
    func editInteractively(_ contents: String, fileExtension: String) -> EditorResult
    /// Deletes a file ``editInteractively(_:fileExtension:)`` left, once kubectl no longer needs it.
    func discardEditedFile(_ path: String)
}

extension KubectlHost {
    /// Hosts without real files have no links.
    public func isSymbolicLink(_ path: String) -> Bool { false }
    /// Hosts that cannot be interrupted never are.
    public var interruptRequested: Bool { false }
    /// English unless the host knows better.
    public var language: String { "en" }
    /// No limit the command knows of.
    public var watchLimit: Double? { nil }
    /// Hosts without a terminal run no editor.
    public func editInteractively(_ contents: String, fileExtension: String) -> EditorResult { .unavailable }
    /// Hosts without an editor leave no files.
    public func discardEditedFile(_ path: String) {}
}
