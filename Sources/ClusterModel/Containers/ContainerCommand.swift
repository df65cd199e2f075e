/// A command `kubectl exec` runs in a running container: the simulated shell and programs of the image, with the
/// container's environment and hostname, plus the network tools, whose calls the cluster answers.
///
/// The command is run as far as its next network call (or its end, or a time limit); the caller lets virtual time
/// pass to the call's moment, asks the cluster (`Cluster.perform`), gives the answer with `answer(_:)` and runs it
/// again, which replays it from the start with the answers so far. Nothing ever runs on the host.
public struct ContainerCommand: Sendable {
    /// One line the command wrote, `offset` seconds after it started.
    public struct Output: Sendable, Equatable {
        public var offset: Double
        public var text: String
        /// Written to standard error.
        public var stderr: Bool
    }

    /// Where a run stopped.
    public enum State: Sendable, Equatable {
        /// At a network call `offset` seconds after the start; `run` again after `answer(_:)`.
        case needs(ContainerEffect, offset: Double)
        /// The command exited with `code` after `offset` seconds.
        case exited(code: Int, offset: Double)
        /// Still running at the time limit (or forever: an endless loop, `sleep infinity`).
        case running
        /// The runtime could not start the command (an executable the image does not have).
        case startFailed(message: String)
    }

    let argv: [String]
    var context: ShellInterpreter.Context
    /// The pod the command runs in.
    public let namespace: String
    public let pod: String
    /// The program the command starts (`argv[0]`).
    public var executable: String { argv.first ?? "" }

    init(argv: [String], context: ShellInterpreter.Context, namespace: String, pod: String) {
        self.argv = argv
        self.context = context
        self.namespace = namespace
        self.pod = pod
    }

    /// Runs the command from its start, with the answers so far, for at most `limit` seconds.
    public func run(limit: Double) -> (output: [Output], state: State) {
        let result = ShellInterpreter.run(argv: argv, context: context, limit: limit)
        let output = result.lines.map { Output(offset: $0.offset, text: $0.text, stderr: $0.stderr) }
        if let pending = result.pendingEffect { return (output, .needs(pending.effect, offset: pending.offset)) }
        switch result.end {
        case .exited(let after, let code): return (output, .exited(code: code, offset: after))
        case .startError(let message): return (output, .startFailed(message: message))
        case .oomKilled(let after): return (output, .exited(code: 137, offset: after))
        case .running, .forever: return (output, .running)
        }
    }

    /// Gives the cluster's answer to the network call the last run stopped at.
    public mutating func answer(_ result: ContainerEffectResult) { context.effectResults.append(result) }
}
