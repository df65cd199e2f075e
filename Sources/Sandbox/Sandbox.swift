import ClusterModel
import Kubectl

/// One simulated cluster with its working directory, interpreting the shell language a line at a time.
///
/// The shell language is what a learner types besides the tutor's own meta-commands: `kubectl …` (or `k …`),
/// `sleep <duration>` to let virtual time pass, `ls`, `cat`, `echo`, `pwd`, `date` and `clock`. The free
/// shell, the guided lessons and the headless lesson tests all run lines through a `Sandbox`, so the same
/// seed and the same lines always give the same output.
public struct Sandbox: Sendable {
    /// The simulated cluster.
    public var cluster: Cluster
    /// The seed the cluster was created with (lessons record it to replay progress).
    public let seed: UInt64
    /// The files the learner sees in the working directory.
    public var directory: WorkingDirectory
    /// How virtual time follows the wall clock in a terminal (`clock speed`, `clock pause`).
    public var clock: ClockSettings

    /// Creates a sandbox with a fresh cluster.
    ///
    /// - Parameters:
    ///   - seed: fixes every generated name, IP and UID.
    ///   - files: virtual files (name → content) shown in the working directory, such as a lesson's manifests.
    ///   - realDirectory: a real directory whose files are visible behind the virtual ones (nil for none).
    public init(seed: UInt64, files: [String: String] = [:], realDirectory: String? = nil) {
        self.seed = seed
        self.cluster = Cluster(seed: seed)
        self.directory = WorkingDirectory(virtualFiles: files, realDirectory: realDirectory)
        self.clock = ClockSettings()
    }

    /// The names of the shell-language commands, for help, completion and suggestions.
    public static let commandNames = BuiltinCommand.allCases.map(\.name) + ["kubectl", "k"]

    /// Runs one line and writes its output to `host`.
    ///
    /// Blank lines and `#` comments do nothing and succeed. A line whose first word is not a shell-language
    /// command is reported as `.unknownCommand` without output, so the caller (which may know more commands)
    /// can word the error.
    public mutating func run(_ line: String, host: some KubectlHost) -> CommandOutcome {
        let words: [String]
        do {
            let scanned = try ShellWords.scan(line)
            if let shellOperator = scanned.operator {
                host.writeError(
                    "error: '\(shellOperator)' is shell syntax this tutor does not run (no pipes, redirections or command lists): "
                        + "type one command per line; kubectl's -l, --sort-by and -o jsonpath do most filtering\n")
                return CommandOutcome(line: line, exitCode: 1, kind: .builtin)
            }
            words = scanned.words
        } catch {
            host.writeError("error: \(error.description)\n")
            return CommandOutcome(line: line, exitCode: 1, kind: .builtin)
        }
        guard let first = words.first else { return CommandOutcome(line: line, exitCode: 0, kind: .empty) }
        let arguments = Array(words.dropFirst())
        if first == "kubectl" || first == "k" {
            let before = cluster.lastSequence
            let fileHost = DirectoryBackedHost(wrapping: host, directory: directory)
            let result = Kubectl.run(arguments, cluster: &cluster, host: fileHost)
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
}
