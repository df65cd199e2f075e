import ClusterModel

/// The state of one running command: its parsed form, the host streams and the observations so far.
final class CommandContext {
    /// Where output goes.
    let host: any KubectlHost
    /// The parsed command.
    let command: KubectlCommand
    /// Objects displayed so far.
    var observations: [Observation] = []
    /// The container shell the command left attached, if any.
    private(set) var attachment: ContainerAttachment? = nil

    init(host: any KubectlHost, command: KubectlCommand) {
        self.host = host
        self.command = command
    }

    /// Bytes written to stdout so far.
    private var written = 0

    /// Writes to stdout, up to ``TutorLimits/maximumOutputBytes`` per command (then one note on stderr).
    func out(_ text: String) {
        guard written <= TutorLimits.maximumOutputBytes else { return }
        written += text.utf8.count
        if written > TutorLimits.maximumOutputBytes {
            host.writeError(TutorLimits.outputStopped(language: host.language))
            return
        }
        host.write(text)
    }

    /// Writes output that kubectl prints unescaped (jsonpath and template results); on a terminal its control
    /// characters are shown visibly instead, so a manifest's text cannot drive the learner's terminal.
    func outUnescaped(_ text: String) { out(host.isTerminal ? TerminalEscaping.visible(text) : text) }

    /// Says so when script mode's watch limit, not the cluster, ended a wait that returned `outcome`.
    func noteWatchLimit(_ outcome: TimeOutcome, cluster: some ClusterClient) {
        guard outcome == .idle, cluster.nextEventTime != nil, let limit = host.watchLimit else { return }
        err(TutorLimits.watchEnded(after: limit, language: host.language))
    }

    /// Writes to stderr; on a terminal, control characters in the text (which may quote a manifest) show visibly.
    func err(_ text: String) { host.writeError(host.isTerminal ? TerminalEscaping.visible(text) : text) }

    /// Prints a server or client warning to stderr as kubectl's warning printer does (yellow on a terminal).
    func warning(_ text: String) {
        if host.isTerminal {
            host.writeError("\u{1B}[33;1mWarning:\u{1B}[0m " + TerminalEscaping.visible(text) + "\n")
        } else {
            err("Warning: \(text)\n")
        }
    }

    /// Records that `object` was displayed.
    func observe(_ resource: ResourceType, _ format: ObservationFormat, _ object: JSONValue, at time: Timestamp) {
        observations.append(Observation(resource: resource, format: format, object: object, time: time))
    }

    /// Leaves `attachment`'s shell attached when the command returns.
    func attach(_ attachment: ContainerAttachment) { self.attachment = attachment }

    /// The namespace to use for namespaced objects.
    var namespace: String { command.effectiveNamespace }
}
