import ClusterModel

/// The state of one running command: its parsed form, the host streams and the observations so far.
final class CommandContext {
    /// Where output goes.
    let host: any KubectlHost
    /// The parsed command.
    let command: KubectlCommand
    /// Objects displayed so far.
    var observations: [Observation] = []

    init(host: any KubectlHost, command: KubectlCommand) {
        self.host = host
        self.command = command
    }

    /// Writes to stdout.
    func out(_ text: String) { host.write(text) }

    /// Writes output that kubectl prints unescaped (jsonpath and template results); on a terminal its control
    /// characters are shown visibly instead, so a manifest's text cannot drive the learner's terminal.
    func outUnescaped(_ text: String) { host.write(host.isTerminal ? TerminalEscaping.visible(text) : text) }

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

    /// The namespace to use for namespaced objects.
    var namespace: String { command.effectiveNamespace }
}
