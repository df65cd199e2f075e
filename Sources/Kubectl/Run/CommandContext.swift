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

    /// Writes to stderr.
    func err(_ text: String) { host.writeError(text) }

    /// Prints a server or client warning to stderr as kubectl's warning printer does (yellow on a terminal).
    func warning(_ text: String) {
        if host.isTerminal {
            err("\u{1B}[33;1mWarning:\u{1B}[0m \(text)\n")
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
