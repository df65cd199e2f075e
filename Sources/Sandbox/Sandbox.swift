import ClusterModel
import Kubectl

/// One simulated cluster with its working directory, interpreting the shell language a line at a time.
///
/// The shell language is what a learner types besides the tutor's own meta-commands: `kubectl …` (or `k …`),
/// `sleep <duration>` to let virtual time pass, `ls`, `cat`, `echo`, `pwd`, `date` and `clock`. The free
/// shell, the guided lessons and the headless lesson tests all run lines through a `Sandbox`, so the same
/// seed and the same lines always give the same output.
public struct Sandbox: Sendable {
    /// The simulated cluster (built in the background when the sandbox is created; the first use waits for it).
    public var cluster: Cluster {
        get { resolvedCluster ?? pendingCluster!.value }
        _modify {
            if resolvedCluster == nil {
                resolvedCluster = pendingCluster!.value
                pendingCluster = nil
            }
            yield &resolvedCluster!
        }
        set {
            pendingCluster = nil
            resolvedCluster = newValue
        }
    }
    /// The cluster once it was first changed or replaced.
    private var resolvedCluster: Cluster?
    /// The cluster being built, until it is first changed or replaced.
    private var pendingCluster: PendingCluster?
    /// The cluster's virtual time, without waiting for a cluster still being built (it starts at its start time).
    public var now: Timestamp { resolvedCluster?.now ?? pendingCluster?.startTime ?? cluster.now }
    /// The seed the cluster was created with (lessons record it to replay progress).
    public let seed: UInt64
    /// The files the learner sees in the working directory.
    public var directory: WorkingDirectory
    /// How virtual time follows the wall clock in a terminal (`clock speed`, `clock pause`).
    public var clock: ClockSettings
    /// The container shell a `kubectl exec -i … -- sh` left attached: it runs the next lines until `exit`.
    public var attachment: ContainerAttachment?

    /// Creates a sandbox with a fresh cluster.
    ///
    /// - Parameters:
    ///   - seed: fixes every generated name, IP and UID.
    ///   - files: virtual files (name → content) shown in the working directory, such as a lesson's manifests.
    ///   - realDirectory: a real directory whose files are visible behind the virtual ones (nil for none).
    public init(seed: UInt64, files: [String: String] = [:], realDirectory: String? = nil) {
        self.seed = seed
        self.pendingCluster = PendingCluster(seed: seed)
        self.directory = WorkingDirectory(virtualFiles: files, realDirectory: realDirectory)
        self.clock = ClockSettings()
    }

    /// The names of the shell-language commands, for help, completion and suggestions.
    public static let commandNames = BuiltinCommand.allCases.map(\.name) + ["kubectl", "k"]

    /// Runs one line and writes its output to `host`.
    ///
    /// Blank lines and `#` comments do nothing and succeed. A line whose first word is not a shell-language
    /// command is reported as `.unknownCommand` without output, so the caller (which may know more commands)
    /// can word the error. A line may pipe its command into built-in filters (`kubectl get pods | grep web`,
    /// see ``Pipeline``): the outcome is then the first command's, with the last filter's exit status, as a
    /// shell without `pipefail` reports it.
    public mutating func run(_ line: String, host: some KubectlHost) -> CommandOutcome {
        if let attachment { return runAttached(line, attachment: attachment, host: host) }
        var status: Int32 = 1
        guard let stages = Self.stages(of: line, host: host, status: &status) else {
            return CommandOutcome(line: line, exitCode: status, kind: .builtin)
        }
        guard stages.count > 1 else { return runCommand(stages[0], line: line, host: host) }
        if let first = stages[0].first, FilterCommand(rawValue: first) != nil {
            host.writeError(FilterText.filterFirst(first, language: host.language))
            return CommandOutcome(line: line, exitCode: 1, kind: .builtin)
        }
        guard let pipe = Self.pipe(into: stages.dropFirst(), host: host) else {
            return CommandOutcome(line: line, exitCode: 1, kind: .builtin)
        }
        var outcome = runCommand(stages[0], line: line, host: pipe)
        if case .unknownCommand = outcome.kind { return outcome }
        if outcome.exitCode == 130 {
            // Ctrl-C ends the whole pipeline: filters that were still collecting print nothing.
            return outcome
        }
        let end = pipe.finish()
        for error in end.errors { pipe.writeError(error) }
        outcome.exitCode = end.status
        return outcome
    }

    /// Runs `text` through the filters after the first `|` of `line`, as if the line's first command had printed
    /// it (the shell uses this for its own commands, such as `help | grep sleep`). Returns the exit status.
    public static func filter(_ text: String, through line: String, host: some KubectlHost) -> Int32 {
        var status: Int32 = 1
        guard let stages = stages(of: line, host: host, status: &status) else { return status }
        guard stages.count > 1, let pipe = pipe(into: stages.dropFirst(), host: host) else {
            host.write(text)
            return 0
        }
        pipe.write(text)
        let end = pipe.finish()
        for error in end.errors { pipe.writeError(error) }
        return end.status
    }

    /// The words of each command of `line`'s pipeline, or nil after reporting shell syntax the shell does not run
    /// (redirections, lists, an unbalanced quote) and setting `status` (2 for bash's syntax errors, else 1).
    private static func stages(of line: String, host: some KubectlHost, status: inout Int32) -> [[String]]? {
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.split(line)
        } catch {
            switch error {
            case .listOperator(let token): host.writeError(FilterText.shellSyntax(token, language: host.language))
            default:
                host.writeError("error: \(error.description)\n")
                status = 2
            }
            return nil
        }
        var stages: [[String]] = []
        for command in pipeline.commands {
            do {
                let scanned = try ShellWords.scan(command)
                if let shellOperator = scanned.operator {
                    host.writeError(FilterText.shellSyntax(String(shellOperator), language: host.language))
                    return nil
                }
                stages.append(scanned.words)
            } catch {
                host.writeError("error: \(error.description)\n")
                return nil
            }
        }
        return stages
    }

    /// The host a pipeline's first command writes to, its filters made from `stages`; nil after refusing a
    /// command that is not a built-in filter.
    ///
    /// As in bash, every command of the pipeline starts at once: a filter with bad arguments reports them
    /// before the first command's output, and reads nothing.
    private static func pipe(into stages: ArraySlice<[String]>, host: some KubectlHost) -> PipeHost? {
        var filters: [any TextFilter] = []
        for words in stages {
            guard let name = words.first, let filter = FilterCommand(rawValue: name) else {
                host.writeError(FilterText.notAFilter(words.first ?? "", language: host.language))
                return nil
            }
            filters.append(filter.make(Array(words.dropFirst()), language: host.language))
        }
        let pipe = PipeHost(wrapping: host, filters: filters)
        for case let failed as FailedFilter in filters { pipe.writeError(failed.error) }
        return pipe
    }

    /// Runs one command (no pipe) given as words.
    private mutating func runCommand(_ words: [String], line: String, host: some KubectlHost) -> CommandOutcome {
        guard let first = words.first else { return CommandOutcome(line: line, exitCode: 0, kind: .empty) }
        let arguments = Array(words.dropFirst())
        if first == "kubectl" || first == "k" {
            let before = cluster.lastSequence
            let fileHost = DirectoryBackedHost(wrapping: host, directory: directory)
            let result = Kubectl.run(arguments, cluster: &cluster, host: fileHost)
            if let attached = result.attachment { attachment = attached }
            return CommandOutcome(
                line: line, exitCode: result.exitCode, kind: .kubectl, kubectl: result.command,
                observations: result.observations, changedCluster: cluster.lastSequence != before)
        }
        guard let builtin = BuiltinCommand(name: first) else {
            return CommandOutcome(line: line, exitCode: 127, kind: .unknownCommand(first))
        }
        let before = cluster.lastSequence
        let status = builtin.run(arguments, in: &self, host: host)
        return CommandOutcome(line: line, exitCode: status, kind: .builtin, changedCluster: cluster.lastSequence != before)
    }

    /// Runs a line in the attached container shell; `exit` ends the session (and deletes a `kubectl run --rm` pod).
    private mutating func runAttached(_ line: String, attachment: ContainerAttachment, host: some KubectlHost) -> CommandOutcome {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        if words.first == "exit" || words.first == "logout" {
            self.attachment = nil
            let code = words.count > 1 ? Int32(words[1]) ?? 0 : 0
            if attachment.removePodOnExit {
                let fileHost = DirectoryBackedHost(wrapping: host, directory: directory)
                _ = Kubectl.run(["delete", "pod", attachment.pod, "--namespace", attachment.namespace, "--grace-period=1"], cluster: &cluster, host: fileHost)
            } else if code != 0 {
                host.writeError("command terminated with exit code \(code)\n")
            }
            return CommandOutcome(line: line, exitCode: code, kind: .kubectl, changedCluster: attachment.removePodOnExit)
        }
        let before = cluster.lastSequence
        let status = Kubectl.runInContainer(attachment, line: line, cluster: &cluster, host: host)
        return CommandOutcome(line: line, exitCode: status, kind: .builtin, changedCluster: cluster.lastSequence != before)
    }

    /// The names of the built-in filters a pipe can lead to (`grep`, `head`, …), for help and completion.
    public static let filterNames = FilterCommand.allCases.map(\.rawValue)
}
