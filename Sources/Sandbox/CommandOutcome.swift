import ClusterModel
import Kubectl

/// What running one line in a `Sandbox` did.
public struct CommandOutcome: Sendable {
    /// Which kind of line it was.
    public enum Kind: Hashable, Sendable {
        /// Blank or a comment.
        case empty
        /// `kubectl …` or `k …`.
        case kubectl
        /// A shell-language built-in such as `sleep` or `ls`.
        case builtin
        /// The first word is not a shell-language command (nothing was printed).
        case unknownCommand(String)
    }

    /// The line as typed.
    public var line: String
    /// 0 on success, as a shell reports it.
    public var exitCode: Int32
    /// Which kind of line it was.
    public var kind: Kind
    /// The canonical kubectl command, when the line was a kubectl command that parsed.
    public var kubectl: KubectlCommand?
    /// The objects the command displayed, with their format and time (for lesson checks).
    public var observations: [Observation]
    /// True when the cluster's state changed while the line ran (including time passing with effects).
    public var changedCluster: Bool

    /// Creates an outcome.
    public init(
        line: String, exitCode: Int32, kind: Kind, kubectl: KubectlCommand? = nil,
        observations: [Observation] = [], changedCluster: Bool = false
    ) {
        self.line = line
        self.exitCode = exitCode
        self.kind = kind
        self.kubectl = kubectl
        self.observations = observations
        self.changedCluster = changedCluster
    }

    /// True when the line succeeded.
    public var succeeded: Bool { exitCode == 0 }
}
