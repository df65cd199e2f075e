/// What one run of a simulated container's process did, as far as the simulation can tell: the lines it wrote, the
/// files it created or removed (exec probes look for them), and how it ended.
///
/// Times are seconds after the process started; `ContainerProgram` turns them into `LogLine`s.
struct ProcessRun: Sendable, Equatable {
    /// How the run ended, as far as it was followed.
    enum End: Sendable, Equatable {
        /// The process exited with `code` after `seconds`.
        case exited(after: Double, code: Int)
        /// Still running when the run was followed no further (the time limit).
        case running
        /// It never exits (an endless loop, `sleep infinity`, a server).
        case forever
        /// The kernel killed it for using more memory than its limit (`OOMKilled`, exit code 137) after `seconds`.
        case oomKilled(after: Double)
        /// The runtime could not start it: `StartError`, exit code 128, with containerd's message.
        case startError(message: String)
    }

    /// A line written `offset` seconds after the start.
    struct Line: Sendable, Equatable {
        var offset: Double
        var text: String
        /// Written to standard error (the container log merges both streams; an exec keeps them apart).
        var stderr = false
    }

    /// A file created (`exists`) or removed `offset` seconds after the start.
    struct FileChange: Sendable, Equatable {
        var offset: Double
        var path: String
        var exists: Bool
    }

    var lines: [Line] = []
    var fileChanges: [FileChange] = []
    var end: End = .forever
    /// The network call the run stopped at, `offset` seconds after the start, waiting for the cluster's answer
    /// (only a `kubectl exec` command makes them; see `ContainerCommand`).
    var pendingEffect: (effect: ContainerEffect, offset: Double)? = nil

    static func == (lhs: ProcessRun, rhs: ProcessRun) -> Bool {
        lhs.lines == rhs.lines && lhs.fileChanges == rhs.fileChanges && lhs.end == rhs.end && lhs.pendingEffect?.effect == rhs.pendingEffect?.effect
            && lhs.pendingEffect?.offset == rhs.pendingEffect?.offset
    }

    /// Whether `path` exists `seconds` after the start (only the files the process touched are known).
    func fileExists(_ path: String, after seconds: Double) -> Bool {
        var exists = false
        for change in fileChanges where change.path == path && change.offset <= seconds { exists = change.exists }
        return exists
    }
}
