import ClusterModel

/// `kubectl logs POD [-c CONTAINER] [-f] [--tail=N] [--timestamps]`, with deterministic nginx start-up lines.
enum LogsCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 {
        let command = context.command
        if command.objects.isEmpty, command.selector != nil {
            return try logsBySelector(context, cluster: &cluster)
        }
        guard let reference = command.objects.first else {
            throw .usage("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command", commandPath: "kubectl logs")
        }
        var podName = reference.name
        if reference.resource == .deployments || reference.resource == .replicaSets {
            guard let owner = cluster.object(reference.resource, namespace: context.namespace, name: reference.name) else {
                throw KubectlError(message: APIError.notFound(reference.resource, name: reference.name).kubectlMessage)
            }
            let selector = LabelSelector(json: owner["spec"]["selector"])
            let pods = cluster.list(.pods, namespace: context.namespace, selector: selector)
            guard let first = pods.first?["metadata"]["name"].string else { throw .plain("timed out waiting for the condition") }
            if pods.count > 1 { context.err("Found \(pods.count) pods, using pod/\(first)\n") }
            podName = first
        } else if reference.resource != .pods {
            throw .plain("cannot get the logs from \(reference.resource.qualifiedName == "" ? reference.resource.plural : "*v1.\(reference.resource.kind)")")
        }
        guard let pod = cluster.object(.pods, namespace: context.namespace, name: podName) else {
            throw KubectlError(message: APIError.notFound(.pods, name: podName).kubectlMessage)
        }
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
        let status = pod["status"]["containerStatuses"].array?.first { $0["name"].string == container } ?? .null
        let image = pod["spec"]["containers"].array?.first { $0["name"].string == container }?["image"].string ?? ""
        if let waiting = status["state"]["waiting"].object, status["lastState"]["terminated"].isNull {
            let reason = waiting["reason"]?.string ?? "ContainerCreating"
            throw KubectlError(message: "Error from server (BadRequest): container \"\(container)\" in pod \"\(podName)\" is waiting to start: \(reason)")
        }
        if status.isNull {
            throw KubectlError(message: "Error from server (BadRequest): container \"\(container)\" in pod \"\(podName)\" is waiting to start: ContainerCreating")
        }
        let started = Timestamp(rfc3339: status["state"]["running"]["startedAt"].string ?? status["state"]["terminated"]["startedAt"].string ?? "") ?? cluster.now
        var lines = startupLines(image: image, started: started, podName: podName)
        if let finished = Timestamp(rfc3339: status["state"]["terminated"]["finishedAt"].string ?? "") {
            lines += shutdownLines(image: image, at: finished.adding(seconds: -0.5))
        }
        let tail = command.int("tail") ?? -1
        let timestamps = command.bool("timestamps")
        func emit(_ entries: [(Timestamp, String)]) {
            for (time, text) in entries {
                context.out((timestamps ? Self.nanoTimestamp(time) + " " : "") + text + "\n")
            }
        }
        emit(tail >= 0 ? Array(lines.suffix(tail)) : lines)
        guard command.bool("follow"), status["state"]["terminated"].isNull else { return 0 }
        let uid = pod["metadata"]["uid"].string
        let stopped: (Cluster) -> Bool = { state in
            guard let current = state.object(.pods, namespace: context.namespace, name: podName), current["metadata"]["uid"].string == uid else { return true }
            let containerStatus = current["status"]["containerStatuses"].array?.first { $0["name"].string == container } ?? .null
            return containerStatus["state"]["running"].isNull
        }
        var signalled = false
        let outcome = context.host.passTime(&cluster, deadline: nil, stop: stopped, progress: { state in
            guard !signalled, let current = state.object(.pods, namespace: context.namespace, name: podName),
                  let deletion = Timestamp(rfc3339: current["metadata"]["deletionTimestamp"].string ?? "") else { return }
            // The stop signal reaches nginx when the grace period (minus preStop) has passed; print its shutdown lines then.
            let grace = current["metadata"]["deletionGracePeriodSeconds"].int ?? 30
            let signalTime = deletion.adding(seconds: -Double(grace)).adding(seconds: Double(max(2, grace - Self.preStopSeconds(current))))
            if state.now >= signalTime {
                signalled = true
                emit(shutdownLines(image: image, at: signalTime))
            }
        })
        if outcome == .interrupted { return 130 }
        if !signalled, outcome == .stopped { emit(shutdownLines(image: image, at: cluster.now)) }
        return 0
    }

    /// `kubectl logs -l selector`: the last 10 lines (unless `--tail`) of every matching pod's default container.
    private static func logsBySelector(_ context: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 {
        let command = context.command
        let selector = try TargetResolution.parseSelector(command.selector)
        let pods = cluster.list(.pods, namespace: context.namespace, selector: selector)
        if pods.isEmpty {
            context.err("No resources found in \(context.namespace) namespace.\n")
            return 0
        }
        let tail = command.flags["tail"].flatMap { Int($0) } ?? 10
        for pod in pods {
            let podName = pod["metadata"]["name"].string ?? ""
            let container = command.flags["container"] ?? pod["spec"]["containers"][0]["name"].string ?? ""
            let status = pod["status"]["containerStatuses"].array?.first { $0["name"].string == container } ?? .null
            guard let startedText = status["state"]["running"]["startedAt"].string ?? status["state"]["terminated"]["startedAt"].string,
                  let started = Timestamp(rfc3339: startedText) else { continue }
            context.observe(.pods, .name, pod, at: cluster.now)
            let image = pod["spec"]["containers"].array?.first { $0["name"].string == container }?["image"].string ?? ""
            let prefix = command.bool("prefix") ? "[pod/\(podName)/\(container)] " : ""
            let lines = startupLines(image: image, started: started, podName: podName)
            for (time, text) in (tail >= 0 ? Array(lines.suffix(tail)) : lines) {
                context.out(prefix + (command.bool("timestamps") ? nanoTimestamp(time) + " " : "") + text + "\n")
            }
        }
        return 0
    }

    /// Whole seconds of a `sleep N` preStop hook, capped by the grace period (0 without a hook).
    static func preStopSeconds(_ pod: JSONValue) -> Int {
        guard let command = pod["spec"]["containers"][0]["lifecycle"]["preStop"]["exec"]["command"].array?.compactMap(\.string) else { return 0 }
        for word in command.joined(separator: " ").split(separator: " ").reversed() { if let seconds = Int(word) { return seconds } }
        return 0
    }

    /// `2026-11-29T14:05:01.000000000Z`, the `--timestamps` prefix.
    static func nanoTimestamp(_ time: Timestamp) -> String {
        let base = time.rfc3339.dropLast()
        let millis = Int(time.milliseconds % 1000)
        let fraction = String(millis).count < 3 ? String(repeating: "0", count: 3 - String(millis).count) + String(millis) : String(millis)
        return base + "." + fraction + "000000Z"
    }

    /// nginx's error-log time format: `2026/11/29 14:05:01`.
    static func nginxTime(_ time: Timestamp) -> String {
        let text = time.rfc3339
        let date = String(text.prefix(10).map { $0 == "-" ? "/" : $0 })
        let clock = text.dropFirst(11).prefix(8)
        return "\(date) \(clock)"
    }

    /// What the official nginx image prints when it starts (deterministic; worker PIDs from the pod name).
    static func startupLines(image: String, started: Timestamp, podName: String) -> [(Timestamp, String)] {
        guard image.hasPrefix("nginx") || image.contains("/nginx") else { return [] }
        let t0 = started
        let t1 = started.adding(seconds: 0.2)
        let stamp = nginxTime(t1)
        let firstWorker = 29 + podName.unicodeScalars.reduce(0) { ($0 + Int($1.value)) % 7 }
        var lines: [(Timestamp, String)] = [
            "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
            "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
            "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
            "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
            "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
            "/docker-entrypoint.sh: Configuration complete; ready for start up",
        ].map { (t0, $0) }
        lines += [
            "\(stamp) [notice] 1#1: using the \"epoll\" event method",
            "\(stamp) [notice] 1#1: nginx/1.29.3",
            "\(stamp) [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) ",
            "\(stamp) [notice] 1#1: OS: Linux 6.8.0-1015-gcp",
            "\(stamp) [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576",
            "\(stamp) [notice] 1#1: start worker processes",
            "\(stamp) [notice] 1#1: start worker process \(firstWorker)",
            "\(stamp) [notice] 1#1: start worker process \(firstWorker + 1)",
        ].map { (t1, $0) }
        return lines
    }

    /// What nginx prints when it receives SIGQUIT (the image's stop signal) and shuts down gracefully.
    static func shutdownLines(image: String, at time: Timestamp) -> [(Timestamp, String)] {
        guard image.hasPrefix("nginx") || image.contains("/nginx") else { return [] }
        let stamp = nginxTime(time)
        return [
            "\(stamp) [notice] 1#1: signal 3 (SIGQUIT) received, shutting down",
            "\(stamp) [notice] 1#1: signal 17 (SIGCHLD) received",
            "\(stamp) [notice] 1#1: exit",
        ].map { (time, $0) }
    }
}
