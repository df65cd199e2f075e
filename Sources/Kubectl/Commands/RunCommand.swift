import ClusterModel

/// `kubectl run NAME --image=IMAGE [-- ARGS…]` (`pkg/cmd/run`): creates a Pod as `createPod` builds it (labels
/// `run=NAME` unless `--labels`, one container named NAME, `dnsPolicy: ClusterFirst`, the restart policy, the
/// arguments as `args` or, with `--command`, as `command`). With `-i` (`-it`, `--rm`) and a shell as the process,
/// kubectl waits for the pod to run and attaches to the shell (the next lines go to it; `--rm` deletes the pod when
/// it exits); other attached processes are refused.
enum RunCommand {
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let positionals = command.arguments
        guard let image = command.flags["image"] else {
            // `MarkFlagRequired("image")`: cobra fails before the command runs, and kubectl logs it through klog.
            throw KubectlError(message: Klog.error("run.go:72", "\"command failed\" err=\"required flag(s) \\\"image\\\" not set\"", at: cluster.now))
        }
        // The messages below are `Validate` and `Complete` of pkg/cmd/run as of v1.35 (no usage hint).
        if positionals.isEmpty || command.argsLenAtDash == 0 { throw .plain("NAME is required for run") }
        if image.isEmpty { throw .plain("--image is required") }
        let interactive = command.bool("stdin") || command.bool("tty") || command.bool("attach")
        if command.bool("tty") && !command.bool("stdin") { throw .plain("-i/--stdin is required for containers with -t/--tty=true") }
        if command.bool("expose") && (command.flags["port"] ?? "").isEmpty { throw .plain("--port must be set when exposing a service") }
        if let port = command.flags["port"], !port.isEmpty, Int32(port) == nil { throw .plain("--port must be a number") }
        if command.bool("rm") && !interactive { throw .plain("--rm should only be used for attached containers") }
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        if interactive && dryRun != .none {
            throw .plain("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)")
        }
        let arguments = Array(positionals.dropFirst())
        var shell: String? = nil
        if interactive {
            // The process the session attaches to: the arguments, or the image's default command.
            let process = arguments.first ?? Self.defaultShell(image)
            guard command.bool("stdin"), let process, ExecCommand.shells.contains(process), arguments.count <= 1 else {
                throw .plain(TutorLimits.attachUnsupported(context.host.language))
            }
            shell = process
        }
        if command.flags["overrides"] != nil || command.bool("expose") {
            throw .plain(TutorLimits.runOptionUnsupported(context.host.language, command.flags["overrides"] != nil ? "--overrides" : "--expose"))
        }
        let restart = command.flags["restart"] ?? "Always"
        guard ["Always", "OnFailure", "Never"].contains(restart) else {
            throw .plain("invalid restart policy: \(restart), valid values are: Always, OnFailure, Never")
        }
        let pullPolicy = command.flags["image-pull-policy"] ?? ""
        guard ["", "Always", "IfNotPresent", "Never"].contains(pullPolicy) else {
            throw .plain("invalid image pull policy: \(pullPolicy), valid values are: Always, IfNotPresent, Never")
        }
        let name = positionals[0]
        var labels: [String: String] = ["run": name]
        if let text = command.flags["labels"], !text.isEmpty {
            labels = [:]
            for spec in text.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = spec.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2 else { throw .plain("unexpected label spec: \(spec)") }
                guard !parts[0].isEmpty else { throw .plain("unexpected empty label key") }
                labels[String(parts[0])] = String(parts[1])
            }
        }
        var env: [JSONValue] = []
        for entry in command.list("env") {
            guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex, EnvFile.isEnvVarName(String(entry[..<equals])) else {
                throw .plain("invalid env: \(entry)")
            }
            env.append(["name": .string(String(entry[..<equals])), "value": .string(String(entry[entry.index(after: equals)...]))])
        }
        var annotations: [String: String] = [:]
        for entry in command.list("annotations") {
            // `parseAnnotations`: KEY=VALUE pairs.
            guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex else { throw .plain("invalid annotation format: \(entry)") }
            annotations[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        var container: JSONValue = ["name": .string(name), "image": .string(image), "resources": .emptyObject]
        if interactive {
            container["stdin"] = true
            container["stdinOnce"] = .bool(!command.bool("leave-stdin-open"))
            if command.bool("tty") { container["tty"] = true }
        }
        if !env.isEmpty { container["env"] = .array(env) }
        if !pullPolicy.isEmpty { container["imagePullPolicy"] = .string(pullPolicy) }
        if command.bool("privileged") { container["securityContext"] = ["privileged": true] }
        if !arguments.isEmpty { container[command.bool("command") ? "command" : "args"] = .array(arguments.map { .string($0) }) }
        if let port = command.flags["port"].flatMap({ Int32($0) }) { container["ports"] = [["containerPort": .int(Int(port))]] }
        var metadata: JSONValue = ["name": .string(name), "labels": JSONValue(stringMap: labels)]
        if !annotations.isEmpty { metadata["annotations"] = JSONValue(stringMap: annotations) }
        if let namespace = command.namespace { metadata["namespace"] = .string(namespace) }
        let pod: JSONValue = [
            "apiVersion": "v1", "kind": "Pod", "metadata": metadata,
            "spec": ["containers": [container], "dnsPolicy": "ClusterFirst", "restartPolicy": .string(restart)], "status": .emptyObject,
        ]
        if let shell { return try attach(pod, shell: shell, name: name, context, &cluster) }
        let format = try OutputSupport.format(command.output)
        return try GeneratedObject.send(pod, type: .pods, format: format, dryRun: dryRun, context, &cluster)
    }

    /// `kubectl run -i`: creates the pod (printing nothing), waits up to `--pod-running-timeout` for it to run, and
    /// leaves its shell attached (`handleAttachPod`), with attach's notices.
    private static func attach(_ pod: JSONValue, shell: String, name: String, _ context: CommandContext, _ cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let namespace = context.namespace
        var sent = pod
        sent["metadata"]["namespace"] = .string(namespace)
        do {
            _ = try cluster.create(sent, options: WriteOptions())
        } catch {
            throw KubectlError(message: error.kubectlMessage)
        }
        let timeout = context.command.duration("pod-running-timeout") ?? 60
        func running(_ state: some ClusterClient) -> Bool {
            state.object(.pods, namespace: namespace, name: name)?["status"]["phase"].string == "Running"
        }
        let outcome = context.host.passTime(&cluster, deadline: cluster.now.adding(seconds: timeout), stop: running, progress: { _ in })
        if outcome == .interrupted { return 130 }
        guard running(cluster) else { throw .plain("timed out waiting for the condition") }
        var terminal = context.command.bool("tty")
        if terminal && !context.host.isTerminal {
            terminal = false
            if !context.command.bool("quiet") { context.err("Unable to use a TTY - input is not a terminal or the right kind of file\n") }
        }
        if !context.command.bool("quiet") {
            context.err("All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\n")
            context.err("If you don't see a command prompt, try pressing enter.\n")
        }
        context.attach(
            ContainerAttachment(namespace: namespace, pod: name, container: name, shell: shell, terminal: terminal, removePodOnExit: context.command.bool("rm")))
        return 0
    }

    /// The shell an image runs by default (BusyBox's and Alpine's `sh`, the distributions' `bash`), or nil.
    private static func defaultShell(_ image: String) -> String? {
        let base = image.split(separator: "/").last.map { String($0.prefix { $0 != ":" && $0 != "@" }) } ?? image
        switch base {
        case "busybox", "alpine": return "sh"
        case "ubuntu", "debian": return "bash"
        default: return nil
        }
    }
}
