import ClusterModel

/// `kubectl logs POD [-c CONTAINER] [-f] [-p] [--tail=N] [--timestamps] [--since=D | --since-time=T]`, and
/// `kubectl logs -l SELECTOR [--prefix]`: prints what the cluster's `pods/log` read returns (`Cluster.podLog`).
///
/// The lines and their times are the container runtime's: kubectl only picks the pod and the container, prints, and
/// with `-f` reads on as virtual time passes.
enum LogsCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        // In kubectl's order: the log options (`--since-time` parsing), the object, then the options' checks.
        let since = try sinceTime(command, now: cluster.now)
        if command.objects.isEmpty, command.selector != nil {
            return try logsBySelector(context, cluster: &cluster, since: since)
        }
        guard let reference = command.objects.first else {
            throw .usage("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command", commandPath: "kubectl logs")
        }
        var podName = reference.name
        // `logsForObject`: the kinds whose pods a selector finds (a Service's is a plain map).
        if [ResourceType.deployments, .replicaSets, .daemonSets, .statefulSets, .jobs, .services].contains(reference.resource) {
            guard let owner = cluster.object(reference.resource, namespace: context.namespace, name: reference.name) else {
                throw KubectlError(message: APIError.notFound(reference.resource, name: reference.name).kubectlMessage)
            }
            let selector =
                reference.resource == .services
                ? LabelSelector(json: ["matchLabels": owner["spec"]["selector"]]) : LabelSelector(json: owner["spec"]["selector"])
            let pods = cluster.list(.pods, namespace: context.namespace, selector: selector)
            guard let first = pods.first?["metadata"]["name"].string else { throw .plain("timed out waiting for the condition") }
            if pods.count > 1 { context.err("Found \(pods.count) pods, using pod/\(first)\n") }
            podName = first
        } else if reference.resource != .pods {
            throw .plain("cannot get the logs from \(reference.resource.qualifiedName == "" ? reference.resource.plural : "*v1.\(reference.resource.kind)")")
        }
        guard let pod = cluster.object(.pods, namespace: context.namespace, name: podName) else {
            // kubectl logs words a missing pod this way (measured against a real cluster, issue 12).
            throw .plain("error from server (NotFound): pods \(GoQuote.quoted(podName)) not found in namespace \(GoQuote.quoted(context.namespace))")
        }
        try validate(command)
        let containers = pod["spec"]["containers"].array?.compactMap { $0["name"].string } ?? []
        var containerName = command.flags["container"] ?? command.arguments.first
        if containerName == nil {
            containerName = pod["metadata"]["annotations"]["kubectl.kubernetes.io/default-container"].string ?? containers.first
            if containers.count > 1, let chosen = containerName {
                context.err("Defaulted container \"\(chosen)\" out of: \(containers.joined(separator: ", "))\n")
            }
        }
        guard let container = containerName, containers.contains(container) else {
            throw .plain("container \(containerName ?? "") is not valid for pod \(podName)")
        }
        context.observe(.pods, .name, pod, at: cluster.now)
        let previous = command.bool("previous")
        let lines: [LogLine]
        do {
            lines = try cluster.podLog(namespace: context.namespace, name: podName, container: container, previous: previous, sinceTime: since)
        } catch {
            throw KubectlError(message: error.kubectlMessage)
        }
        let timestamps = command.bool("timestamps")
        let tail = command.int("tail") ?? -1
        for line in tail >= 0 ? lines.suffix(tail) : lines[...] { context.out(format(line, timestamps: timestamps)) }
        let status = pod["status"]["containerStatuses"].array?.first { $0["name"].string == container } ?? .null
        guard command.bool("follow"), !previous, status["state"]["terminated"].isNull else { return 0 }
        var follower = LogFollower(
            namespace: context.namespace, pod: podName, uid: pod["metadata"]["uid"].string, container: container, since: since,
            printed: lines.count)
        // The host checks `stop` after every step of virtual time, so that is where the log is read on.
        let outcome = context.host.passTime(
            &cluster, deadline: nil,
            stop: { state in
                follower.readOn(state) { context.out(format($0, timestamps: timestamps)) }
            }, progress: { _ in })
        context.noteWatchLimit(outcome, cluster: cluster)
        return outcome == .interrupted ? 130 : 0
    }

    /// `kubectl logs -l selector`: the last 10 lines (unless `--tail`) of every matching pod's default container;
    /// pods whose container has no log yet are skipped.
    private static func logsBySelector(_ context: CommandContext, cluster: inout some ClusterClient, since: Timestamp?) throws(KubectlError) -> Int32 {
        let command = context.command
        let selector = try TargetResolution.parseSelector(command.selector)
        let pods = cluster.list(.pods, namespace: context.namespace, selector: selector)
        if pods.isEmpty {
            context.err("No resources found in \(context.namespace) namespace.\n")
            return 0
        }
        try validate(command)
        let tail = command.flags["tail"].flatMap { Int($0) } ?? 10
        let timestamps = command.bool("timestamps")
        for pod in pods {
            let podName = pod["metadata"]["name"].string ?? ""
            let container = command.flags["container"] ?? pod["spec"]["containers"][0]["name"].string ?? ""
            guard
                let lines = try? cluster.podLog(
                    namespace: context.namespace, name: podName, container: container, previous: command.bool("previous"), sinceTime: since)
            else { continue }
            context.observe(.pods, .name, pod, at: cluster.now)
            let prefix = command.bool("prefix") ? "[pod/\(podName)/\(container)] " : ""
            for line in tail >= 0 ? lines.suffix(tail) : lines[...] {
                context.out(prefix + format(line, timestamps: timestamps))
            }
        }
        return 0
    }

    /// kubectl's checks of the flags (`LogsOptions.Validate`).
    private static func validate(_ command: KubectlCommand) throws(KubectlError) {
        if command.flags["since-time"] != nil, let since = command.duration("since"), since != 0 {
            throw .plain("at most one of `sinceTime` or `sinceSeconds` may be specified")
        }
        if let since = command.duration("since"), since < 0 { throw .plain("--since must be greater than 0") }
        if let tail = command.int("tail"), tail < -1 { throw .plain("--tail must be greater than or equal to -1") }
    }

    /// The `sinceTime` of the log read: `--since-time` as given, or `--since` (rounded up to whole seconds, as
    /// kubectl sends it) before `now`; nil for the whole log.
    private static func sinceTime(_ command: KubectlCommand, now: Timestamp) throws(KubectlError) -> Timestamp? {
        if let text = command.flags["since-time"] {
            guard let time = parseRFC3339(text) else {
                throw .plain("parsing time \"\(text)\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\(text)\" as \"2006\"")
            }
            return time
        }
        guard let seconds = command.duration("since"), seconds > 0 else { return nil }
        return now.adding(seconds: -seconds.rounded(.up))
    }

    /// An RFC 3339 time in UTC (`…Z`) or with a numeric offset (`…+02:00`).
    static func parseRFC3339(_ text: String) -> Timestamp? {
        if let utc = Timestamp(rfc3339: text) { return utc }
        let bytes = Array(text.utf8)
        guard bytes.count >= 25, bytes[bytes.count - 3] == UInt8(ascii: ":") else { return nil }
        let sign = bytes[bytes.count - 6]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), let hours = Int(String(text.suffix(5).prefix(2))),
            let minutes = Int(String(text.suffix(2))), let local = Timestamp(rfc3339: String(text.dropLast(6)) + "Z")
        else { return nil }
        let offset = Double(hours * 3600 + minutes * 60)
        return local.adding(seconds: sign == UInt8(ascii: "+") ? -offset : offset)
    }

    /// One output line: the text, after the runtime's time with `--timestamps`.
    static func format(_ line: LogLine, timestamps: Bool) -> String {
        (timestamps ? nanoTimestamp(line.time) + " " : "") + line.text + "\n"
    }

    /// `2026-11-29T14:05:01.000000000Z`, the `--timestamps` prefix.
    static func nanoTimestamp(_ time: Timestamp) -> String {
        let base = time.rfc3339.dropLast()
        let millis = Int(time.milliseconds % 1000)
        let fraction = String(millis).count < 3 ? String(repeating: "0", count: 3 - String(millis).count) + String(millis) : String(millis)
        return base + "." + fraction + "000000Z"
    }
}
