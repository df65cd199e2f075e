import ClusterModel

/// kubectl for the simulated cluster: parses a command line and runs it against a `Cluster`.
///
/// Output, messages, the stdout/stderr split and exit statuses follow kubectl v1.35 against a real cluster.
public enum Kubectl {
    /// Runs one command line (without the leading `kubectl`/`k`) against `cluster`, writing through `host`.
    ///
    /// A command that fails validation changes nothing in the cluster. Blocking commands let virtual time pass
    /// through `host.passTime`.
    public static func run(_ arguments: [String], cluster: inout some ClusterClient, host: some KubectlHost) -> KubectlResult {
        let command: KubectlCommand
        do {
            command = try parse(arguments)
        } catch {
            let text = error.message(in: host.language)
            host.writeError(host.isTerminal ? TerminalEscaping.visible(text) : text)
            return KubectlResult(exitCode: error.exitCode)
        }
        if command.wantsHelp {
            host.write(helpText(for: command))
            return KubectlResult(exitCode: 0, command: command)
        }
        let context = CommandContext(host: host, command: command)
        let exitCode: Int32
        do {
            try checkKubeconfigFlags(command)
            exitCode = try dispatch(context, cluster: &cluster)
        } catch {
            let text = error.message(in: host.language)
            host.writeError(host.isTerminal ? TerminalEscaping.visible(text) : text)
            exitCode = error.exitCode
        }
        var result = KubectlResult(exitCode: exitCode, observations: context.observations, command: command)
        result.attachment = context.attachment
        return result
    }

    /// Runs one line in an attached container shell (`kubectl exec -i POD -- sh`): the shell runs it as `sh -c LINE`,
    /// as virtual time passes; returns its exit status. A pod or container that went away ends the line with
    /// kubectl's error.
    public static func runInContainer(_ attachment: ContainerAttachment, line: String, cluster: inout some ClusterClient, host: some KubectlHost) -> Int32 {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return 0 }
        var command = KubectlCommand(verb: "exec")
        command.namespace = attachment.namespace
        let context = CommandContext(host: host, command: command)
        do throws(KubectlError) {
            var process: ContainerCommand
            do throws(APIError) {
                process = try cluster.execCommand(
                    namespace: attachment.namespace, pod: attachment.pod, container: attachment.container, command: [attachment.shell, "-c", line],
                    terminal: attachment.terminal)
            } catch {
                throw KubectlError(message: error.code == 404 ? error.kubectlMessage : "error: " + error.message)
            }
            return try ExecCommand.follow(&process, context: context, cluster: &cluster, reportExit: false)
        } catch {
            host.writeError(error.message(in: host.language))
            return error.exitCode
        }
    }

    /// Client-side `kubectl apply` of one manifest (namespace `default` when it names none): creates the object, or
    /// patches it with the three-way merge of its last-applied configuration, the manifest and the live object.
    public static func apply(_ manifest: JSONValue, to cluster: inout some ClusterClient, options: WriteOptions = .init()) throws(APIError) -> ApplyOutcome {
        let type = try Cluster.resourceType(of: manifest)
        var object = manifest
        if type.namespaced, (object["metadata"]["namespace"].string ?? "").isEmpty { object["metadata"]["namespace"] = "default" }
        return try ClientSideApply.apply(object, type: type, to: &cluster, options: options)
    }

    /// Parses a command line into its canonical form without running it (no side effects).
    ///
    /// Throws the error kubectl would print for unknown flags, bad flag values, unknown commands and
    /// unknown resource types.
    public static func parse(_ arguments: [String]) throws(KubectlError) -> KubectlCommand {
        try CommandLineParser.parse(arguments)
    }

    /// The help page a `--help` command prints.
    static func helpText(for command: KubectlCommand) -> String {
        if command.verb.isEmpty { return HelpRenderer.topLevel() }
        if command.verb == "help" {
            if let spec = VerbCatalog.spec(for: Array(command.arguments.prefix(2))) ?? VerbCatalog.spec(for: Array(command.arguments.prefix(1))) {
                return HelpRenderer.render(spec)
            }
            return HelpRenderer.topLevel()
        }
        if command.verb == "options" { return HelpRenderer.globalOptions() }
        guard let spec = VerbCatalog.spec(for: command.path) else { return HelpRenderer.topLevel() }
        return HelpRenderer.render(spec)
    }

    /// `--context`/`--cluster`/`--user` must name the one kubeconfig entry the simulated cluster has.
    private static func checkKubeconfigFlags(_ command: KubectlCommand) throws(KubectlError) {
        if let context = command.flags["context"], context != ConfigCommand.contextName {
            throw .plain("context was not found for specified context: \(context)")
        }
        if let cluster = command.flags["cluster"], cluster != ConfigCommand.contextName {
            throw .plain("cluster \"\(cluster)\" does not exist")
        }
        if let user = command.flags["user"], user != ConfigCommand.contextName {
            throw .plain("auth info \"\(user)\" does not exist")
        }
    }

    /// Runs a parsed command.
    private static func dispatch(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        switch context.command.path {
        case ["options"]: context.out(HelpRenderer.globalOptions()); return 0
        case ["version"]: return try VersionCommand.run(context, cluster: cluster)
        case ["config", "view"]: return try ConfigCommand.view(context)
        case ["config", "current-context"]: return ConfigCommand.currentContext(context)
        case ["config", "get-contexts"]: return try ConfigCommand.getContexts(context)
        case ["config", "use-context"]: return try ConfigCommand.useContext(context)
        case ["config", "get-clusters"]: context.out("NAME\n\(ConfigCommand.contextName)\n"); return 0
        case ["api-versions"]:
            context.out(Set(ResourceType.all.map(\.apiVersion)).sorted().map { $0 + "\n" }.joined())
            return 0
        case ["events"]: return try EventsCommand.run(context, cluster: &cluster)
        case ["api-resources"]: return try APIResourcesCommand.run(context)
        case ["cluster-info"]: return ClusterInfoCommand.run(context, cluster: cluster)
        case ["explain"]: return try ExplainCommand.run(context)
        case ["apply"]: return try ApplyCommand.run(context, cluster: &cluster, create: false)
        case ["create"]: return try ApplyCommand.run(context, cluster: &cluster, create: true)
        case ["create", "namespace"], ["create", "serviceaccount"], ["create", "configmap"], ["create", "secret"], ["create", "deployment"],
            ["create", "job"], ["create", "cronjob"]:
            return try CreateGeneratorCommand.run(context, cluster: &cluster)
        case ["get"]: return try GetCommand.run(context, cluster: &cluster)
        case ["describe"]: return try DescribeCommand.run(context, cluster: cluster)
        case ["delete"]: return try DeleteCommand.run(context, cluster: &cluster)
        case ["scale"]: return try ScaleCommand.run(context, cluster: &cluster)
        case ["rollout", "status"]: return try RolloutCommand.status(context, cluster: &cluster)
        case ["rollout", "restart"]: return try RolloutCommand.restart(context, cluster: &cluster)
        case ["rollout", "undo"]: return try RolloutCommand.undo(context, cluster: &cluster)
        case ["rollout", "history"]: return try RolloutCommand.history(context, cluster: cluster)
        case ["rollout", "pause"]: return try RolloutPauseCommand.run(context, cluster: &cluster, pause: true)
        case ["rollout", "resume"]: return try RolloutPauseCommand.run(context, cluster: &cluster, pause: false)
        case ["wait"]: return try WaitCommand.run(context, cluster: &cluster)
        case ["set", "image"]: return try SetImageCommand.run(context, cluster: &cluster)
        case ["set", "env"]: return try SetPodTemplateCommands.env(context, cluster: &cluster)
        case ["set", "resources"]: return try SetPodTemplateCommands.resources(context, cluster: &cluster)
        case ["expose"]: return try ExposeCommand.run(context, cluster: &cluster)
        case ["run"]: return try RunCommand.run(context, cluster: &cluster)
        case ["label"]: return try MetadataCommand.run(context, cluster: &cluster, field: .labels)
        case ["annotate"]: return try MetadataCommand.run(context, cluster: &cluster, field: .annotations)
        case ["logs"]: return try LogsCommand.run(context, cluster: &cluster)
        case ["exec"]: return try ExecCommand.run(context, cluster: &cluster)
        case ["patch"]: return try PatchCommand.run(context, cluster: &cluster)
        case ["replace"]: return try ReplaceCommand.run(context, cluster: &cluster)
        case ["edit"]: return try EditCommand.run(context, cluster: &cluster)
        case ["diff"]: return try DiffCommand.run(context, cluster: &cluster)
        case ["cordon"]: return try NodeCommands.cordon(context, cluster: &cluster, desired: true)
        case ["uncordon"]: return try NodeCommands.cordon(context, cluster: &cluster, desired: false)
        case ["drain"]: return try DrainCommand.run(context, cluster: &cluster)
        case ["taint"]: return try NodeCommands.taint(context, cluster: &cluster)
        case ["top", "pod"]: return try InspectCommands.top(context, pods: true)
        case ["top", "node"]: return try InspectCommands.top(context, pods: false)
        case ["auth", "can-i"]: return try InspectCommands.canI(context)
        case ["auth", "whoami"]: return try InspectCommands.whoami(context)
        default:
            throw TutorLimits.unsupportedCommand(context.command.commandPath, reason: .notImplemented)
        }
    }
}
