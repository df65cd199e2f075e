import ClusterModel

/// `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] -- COMMAND [args...]` (`pkg/cmd/exec`): runs a command
/// in a running container of the simulated cluster. The command is the image's simulated shell and programs
/// (`ContainerCommand`); virtual time passes while it sleeps or waits for the network, and its output appears as it
/// is written. With `-i` and a shell as the command, the shell stays attached: the next lines go to it until
/// `exit` (see `ContainerAttachment`).
enum ExecCommand {
    /// The shells an attached session runs lines in.
    static let shells: Set<String> = ["sh", "ash", "bash", "/bin/sh", "/bin/ash", "/bin/bash"]

    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let arguments = command.arguments
        var resource: String? = nil
        var argv: [String] = []
        // `Complete`: exactly one argument (the pod) before the dash.
        if let dash = command.argsLenAtDash {
            if dash > 1 { throw .usage("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead", commandPath: "kubectl exec") }
            if dash == 1 { resource = arguments[0] }
            argv = Array(arguments[dash...])
        } else {
            if arguments.count > 1 { throw .usage("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead", commandPath: "kubectl exec") }
            resource = arguments.first
        }
        guard let resource else { throw .plain("pod, type/name or --filename must be specified") }
        guard !argv.isEmpty else { throw .plain("you must specify at least one command for the container") }
        let namespace = context.namespace
        let pod = try attachablePod(resource, namespace: namespace, cluster: cluster)
        let podName = pod.objectName
        let phase = pod.text("status.phase")
        if phase == "Succeeded" || phase == "Failed" { throw .plain("cannot exec into a container in a completed pod; current phase is \(phase)") }
        let names = pod.list("spec.containers").map { $0.text("name") }
        let container: String
        if let chosen = command.flags["container"], !chosen.isEmpty {
            guard names.contains(chosen) else {
                throw .plain("container \(chosen) is not valid for pod \(podName) out of: \(names.joined(separator: ", "))")
            }
            container = chosen
        } else {
            container = defaultContainer(pod, quiet: command.bool("quiet"), context: context)
        }
        var terminal = command.bool("tty")
        if terminal && !(command.bool("stdin") && context.host.isTerminal) {
            // `SetupTTY`: no TTY without stdin attached from a terminal.
            terminal = false
            if !command.bool("quiet") { context.err("Unable to use a TTY - input is not a terminal or the right kind of file\n") }
        }
        let attaching = command.bool("stdin") && argv.count == 1 && shells.contains(argv[0])
        var process: ContainerCommand
        do throws(APIError) {
            process = try cluster.execCommand(namespace: namespace, pod: podName, container: container, command: argv, terminal: terminal)
        } catch {
            throw KubectlError(message: error.code == 404 ? error.kubectlMessage : "error: " + error.message)
        }
        if attaching {
            context.attach(ContainerAttachment(namespace: namespace, pod: podName, container: container, shell: argv[0], terminal: terminal))
            return 0
        }
        return try follow(&process, context: context, cluster: &cluster)
    }

    /// Runs `process` to its end as virtual time passes, printing what it writes when it writes it; returns its exit
    /// status (printing kubectl's `command terminated with exit code N` for a failure).
    static func follow(
        _ process: inout ContainerCommand, context: CommandContext, cluster: inout some ClusterClient, reportExit: Bool = true
    ) throws(KubectlError) -> Int32 {
        let start = cluster.now
        var printed = 0
        func show(_ output: [ContainerCommand.Output], upTo offset: Double) {
            while printed < output.count, output[printed].offset <= offset {
                let line = output[printed]
                if line.stderr { context.err(line.text + "\n") } else { context.out(line.text + "\n") }
                printed += 1
            }
        }
        /// Lets time pass until `offset` seconds after the start, printing the lines written meanwhile.
        func wait(until offset: Double, _ output: [ContainerCommand.Output]) -> TimeOutcome {
            let deadline = start.adding(seconds: offset)
            guard deadline > cluster.now else {
                show(output, upTo: offset)
                return .deadlineReached
            }
            let outcome = context.host.passTime(&cluster, deadline: deadline, stop: { _ in false }, progress: { state in
                show(output, upTo: state.now.seconds(since: start))
            })
            show(output, upTo: outcome == .deadlineReached ? offset : cluster.now.seconds(since: start))
            return outcome
        }
        while true {
            let (output, state) = process.run(limit: 86_400)
            switch state {
            case .needs(let effect, let offset):
                let outcome = wait(until: offset, output)
                if outcome == .interrupted { return 130 }
                if outcome != .deadlineReached { return 0 }
                process.answer(cluster.perform(effect, namespace: process.namespace, pod: process.pod))
            case .exited(let code, let offset):
                let outcome = wait(until: offset, output)
                if outcome == .interrupted { return 130 }
                show(output, upTo: .infinity)
                guard code != 0 else { return 0 }
                if reportExit { context.err("command terminated with exit code \(code)\n") }
                return Int32(truncatingIfNeeded: code)
            case .running:
                // A command that does not end (`sleep infinity`, an endless loop) runs until Ctrl-C.
                show(output, upTo: cluster.now.seconds(since: start))
                let outcome = context.host.passTime(&cluster, deadline: nil, stop: { _ in false }, progress: { state in
                    show(output, upTo: state.now.seconds(since: start))
                })
                return outcome == .interrupted ? 130 : 0
            case .startFailed:
                // runc cannot start the executable: containerd's error through the API server.
                let executable = process.executable
                let reason = executable.hasPrefix("/") ? "stat \(executable): no such file or directory" : "executable file not found in $PATH"
                throw .plain(
                    "Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \"\(execID(process))\": OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(executable)\": \(reason): unknown"
                )
            }
        }
    }

    /// containerd's exec id: 64 hex digits (here FNV-1a digests of the pod and command, for determinism).
    private static func execID(_ process: ContainerCommand) -> String {
        var id = ""
        for round in 0..<4 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 &+ UInt64(round)
            for byte in (process.pod + " " + process.executable).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            let digits = String(hash, radix: 16)
            id += String(repeating: "0", count: 16 - digits.count) + digits
        }
        return id
    }

    /// `AttachablePodForObjectFn`: the pod itself, or the first pod (by name) a workload's or Service's selector
    /// picks.
    private static func attachablePod(_ resource: String, namespace: String, cluster: some ClusterClient) throws(KubectlError) -> JSONValue {
        let parts = resource.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 1 {
            guard let pod = cluster.object(.pods, namespace: namespace, name: resource) else {
                throw KubectlError(message: APIError.notFound(.pods, name: resource).kubectlMessage)
            }
            return pod
        }
        guard let type = ResourceType.lookup(parts[0]) else { throw .plain("the server doesn't have a resource type \"\(parts[0])\"") }
        guard let owner = cluster.object(type, namespace: namespace, name: parts[1]) else {
            throw KubectlError(message: APIError.notFound(type, name: parts[1]).kubectlMessage)
        }
        if type == .pods { return owner }
        let selector: LabelSelector
        switch type {
        case .services: selector = LabelSelector(json: ["matchLabels": owner["spec"]["selector"]])
        case .deployments, .replicaSets, .statefulSets, .daemonSets, .jobs: selector = LabelSelector(json: owner["spec"]["selector"])
        default: throw .plain("cannot attach to \(type.kind.hasPrefix("") ? "*v1.\(type.kind)" : type.kind): selector for *v1.\(type.kind) not implemented")
        }
        let pods = cluster.list(.pods, namespace: namespace, selector: selector).filter { $0["metadata"]["deletionTimestamp"].isNull }
        guard let first = pods.first else { throw .plain("timed out waiting for the condition") }
        return first
    }

    /// `FindOrDefaultContainerByName`: the `kubectl.kubernetes.io/default-container` annotation's container, else
    /// the first, saying so when there are several.
    private static func defaultContainer(_ pod: JSONValue, quiet: Bool, context: CommandContext) -> String {
        let names = pod.list("spec.containers").map { $0.text("name") }
        if let annotated = pod["metadata"]["annotations"]["kubectl.kubernetes.io/default-container"].string, names.contains(annotated) { return annotated }
        let first = names.first ?? ""
        if names.count > 1, !quiet { context.err("Defaulted container \"\(first)\" out of: \(names.joined(separator: ", "))\n") }
        return first
    }
}
