import ClusterModel

/// `kubectl drain NODE…` (`pkg/cmd/drain/drain.go` `RunDrain`, `pkg/drain/drain.go` and `filters.go`): cordons the
/// nodes, then evicts their pods and waits until they are gone. Mirror pods are skipped; DaemonSet pods stop the
/// drain unless `--ignore-daemonsets` (and are never evicted); pods without a controller or with `emptyDir` data
/// stop it unless `--force` or `--delete-emptydir-data`.
enum DrainCommand {
    /// What the filters decide for one pod.
    private enum Verdict {
        case evict
        case skip
        case warn(String, evict: Bool)
        case refuse(String)
    }

    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let podSelector: LabelSelector?
        if let text = command.string("pod-selector"), !text.isEmpty {
            guard let parsed = try? LabelSelector(parsing: text) else { throw .plain("--pod-selector=<pod_selector> must be a valid label selector") }
            podSelector = parsed
        } else {
            podSelector = nil
        }
        // `RunCordonOrUncordon(true)` first: it prints `node/x cordoned` (or `already cordoned`).
        _ = try NodeCommands.cordon(context, cluster: &cluster, desired: true)
        let nodes = try NodeCommands.targetNodes(context, cluster: cluster)
        var remaining: [String] = []
        var fatal: [String] = []
        for node in nodes {
            let name = node.objectName
            let pods = cluster.list(.pods, namespace: nil, selector: podSelector).filter { $0["spec"]["nodeName"].string == name }
            var warnings: [String: [String]] = [:]
            var errors: [String: [String]] = [:]
            var evicted: [JSONValue] = []
            for pod in pods {
                let reference = pod.objectNamespace + "/" + pod.objectName
                switch verdict(pod, command: command, cluster: cluster) {
                case .evict: evicted.append(pod)
                case .skip: break
                case .warn(let message, let evict):
                    warnings[message, default: []].append(reference)
                    if evict { evicted.append(pod) }
                case .refuse(let message): errors[message, default: []].append(reference)
                }
            }
            if !errors.isEmpty {
                // `PodDeleteList.errors()`, aggregated (sorted here: Go's map order is random).
                let messages = errors.keys.sorted().map { "cannot delete \($0): \(errors[$0]!.joined(separator: ", "))" }
                let text = messages.count == 1 ? messages[0] : "[" + messages.joined(separator: ", ") + "]"
                context.err("error: unable to drain node \(GoQuote.quoted(name)) due to error: \(text), continuing command...\n")
                remaining.append(name)
                fatal.append(text)
                continue
            }
            if !warnings.isEmpty {
                context.warning(warnings.keys.sorted().map { "\($0): \(warnings[$0]!.joined(separator: ", "))" }.joined(separator: "; "))
            }
            if dryRun == .client {
                for pod in evicted { context.out("evicting pod \(pod.objectNamespace)/\(pod.objectName) (dry run)\n") }
                context.out("node/\(name) drained (dry run)\n")
                continue
            }
            switch evict(evicted, context: context, cluster: &cluster, dryRun: dryRun == .server) {
            case .success:
                context.out("node/\(name) drained\(dryRun.suffix)\n")
            case .failure(let error):
                context.err("error: unable to drain node \(GoQuote.quoted(name)) due to error: \(error.message), continuing command...\n")
                remaining.append(name)
                fatal.append(error.message)
            }
        }
        if !remaining.isEmpty {
            context.err("There are pending nodes to be drained:\n")
            for name in remaining { context.err(" \(name)\n") }
            let text = fatal.count == 1 ? fatal[0] : "[" + fatal.joined(separator: ", ") + "]"
            throw .plain(text)
        }
        return 0
    }

    /// The filters in `makeFilters` order (deleted-pod skip, DaemonSet, mirror pod, local storage, unreplicated); the
    /// first that does not let the pod be deleted decides.
    private static func verdict(_ pod: JSONValue, command: KubectlCommand, cluster: some ClusterClient) -> Verdict {
        let phase = pod["status"]["phase"].string ?? ""
        let finished = phase == "Succeeded" || phase == "Failed"
        var result = Verdict.evict
        let owner = pod["metadata"]["ownerReferences"].array?.first { $0["controller"].bool == true }
        if let owner, owner["kind"] == "DaemonSet", owner["apiVersion"] == "apps/v1", !finished {
            if cluster.object(.daemonSets, namespace: pod.objectNamespace, name: owner["name"].string ?? "") == nil {
                let missing = "daemonsets.apps \(GoQuote.quoted(owner["name"].string ?? "")) not found"
                if !command.bool("force") { return .refuse(missing) }
                result = .warn(missing, evict: true)
            } else {
                return command.bool("ignore-daemonsets")
                    ? .warn("ignoring DaemonSet-managed Pods", evict: false) : .refuse("DaemonSet-managed Pods (use --ignore-daemonsets to ignore)")
            }
        }
        if !pod["metadata"]["annotations"]["kubernetes.io/config.mirror"].isNull { return .skip }
        if !finished, (pod["spec"]["volumes"].array ?? []).contains(where: { !$0["emptyDir"].isNull }) {
            if !command.bool("delete-emptydir-data") { return .refuse("Pods with local storage (use --delete-emptydir-data to override)") }
            result = .warn("deleting Pods with local storage", evict: true)
        }
        if !finished, owner == nil {
            if !command.bool("force") { return .refuse("Pods that declare no controller (use --force to override)") }
            result = .warn("deleting Pods that declare no controller", evict: true)
        }
        return result
    }

    /// One eviction (or, with `--disable-eviction`, a delete): true when it was accepted, false when a disruption
    /// budget asks to try again later (`evictPods` retries after 5 seconds).
    private static func requestEviction(_ pod: JSONValue, context: CommandContext, cluster: inout some ClusterClient, dryRun: Bool)
        -> Result<Bool, APIError>
    {
        let namespace = pod.objectNamespace
        let name = pod.objectName
        let grace = context.command.int("grace-period").flatMap { $0 >= 0 ? $0 : nil }
        context.out("evicting pod \(namespace)/\(name)\(dryRun ? " (server dry run)" : "")\n")
        do {
            if context.command.bool("disable-eviction") {
                if !dryRun { _ = try cluster.delete(.pods, namespace: namespace, name: name, options: DeleteOptions(gracePeriodSeconds: grace)) }
            } else {
                var eviction: JSONValue = ["apiVersion": "policy/v1", "kind": "Eviction", "metadata": ["name": .string(name), "namespace": .string(namespace)]]
                var options: JSONValue = .emptyObject
                if let grace { options["gracePeriodSeconds"] = .int(grace) }
                if dryRun { options["dryRun"] = ["All"] }
                if options != .emptyObject { eviction["deleteOptions"] = options }
                _ = try cluster.evict(namespace: namespace, name: name, eviction: eviction)
            }
            return .success(true)
        } catch {
            if error.reason == .tooManyRequests {
                context.err("error when evicting pods/\(GoQuote.quoted(name)) -n \(GoQuote.quoted(namespace)) (will retry after 5s): \(error.message)\n")
                return .success(false)
            }
            if error.reason == .notFound { return .failure(error) }
            return .failure(
                APIError(
                    reason: error.reason, code: error.code,
                    message: "error when evicting pods/\(GoQuote.quoted(name)) -n \(GoQuote.quoted(namespace)): \(error.message)", kind: "pods", name: name))
        }
    }

    /// `DeleteOrEvictPods`: every eviction starts at once (`evicting pod ns/name`), then the command waits until each
    /// pod is gone (`pod/name evicted`, in the order they go).
    private static func evict(_ pods: [JSONValue], context: CommandContext, cluster: inout some ClusterClient, dryRun: Bool)
        -> Result<Void, APIError>
    {
        var waiting: [(namespace: String, name: String, uid: String)] = []
        var reported: Set<String> = []
        func gone(_ state: some ClusterClient, _ pod: (namespace: String, name: String, uid: String)) -> Bool {
            state.object(.pods, namespace: pod.namespace, name: pod.name).map { $0["metadata"]["uid"].string != pod.uid } ?? true
        }
        func report(_ state: some ClusterClient) {
            for pod in waiting where !reported.contains(pod.name) && gone(state, pod) {
                reported.insert(pod.name)
                context.out("pod/\(pod.name) evicted\n")
            }
        }
        let timeout = context.command.duration("timeout") ?? 0
        let deadline = timeout > 0 ? cluster.now.adding(seconds: timeout) : nil
        var pending = pods
        while !pending.isEmpty {
            var retry: [JSONValue] = []
            for pod in pending {
                switch requestEviction(pod, context: context, cluster: &cluster, dryRun: dryRun) {
                case .success(true): waiting.append((pod.objectNamespace, pod.objectName, pod["metadata"]["uid"].string ?? ""))
                case .success(false): retry.append(pod)
                case .failure(let error):
                    if error.reason == .notFound { continue }
                    return .failure(error)
                }
            }
            pending = retry
            guard !pending.isEmpty else { break }
            let wakeUp = cluster.now.adding(seconds: 5)
            let limit = deadline.map { min($0, wakeUp) } ?? wakeUp
            let outcome = context.host.passTime(&cluster, deadline: limit, stop: { _ in false }, progress: { report($0) })
            report(cluster)
            if outcome == .interrupted { return .failure(APIError(reason: .internalError, code: 0, message: "interrupted", kind: "pods", name: "")) }
            if let deadline, cluster.now >= deadline, let first = pending.first {
                return .failure(
                    APIError(
                        reason: .internalError, code: 0,
                        message: "error when evicting pods/\(GoQuote.quoted(first.objectName)) -n \(GoQuote.quoted(first.objectNamespace)): global timeout reached: \(GoDuration.format(timeout))",
                        kind: "pods", name: first.objectName))
            }
        }
        if dryRun {
            for pod in waiting { context.out("pod/\(pod.name) evicted (server dry run)\n") }
            return .success(())
        }
        let outcome = context.host.passTime(
            &cluster, deadline: deadline, stop: { state in waiting.allSatisfy { gone(state, $0) } }, progress: { report($0) })
        report(cluster)
        switch outcome {
        case .stopped, .idle:
            return .success(())
        case .interrupted:
            return .failure(APIError(reason: .internalError, code: 0, message: "interrupted", kind: "pods", name: ""))
        case .deadlineReached:
            let pending = waiting.first { !gone(cluster, $0) }
            return .failure(
                APIError(
                    reason: .internalError, code: 0,
                    message: "error when waiting for pod \(GoQuote.quoted(pending?.name ?? "")) in namespace \(GoQuote.quoted(pending?.namespace ?? "")) to terminate: global timeout reached: \(GoDuration.format(timeout))",
                    kind: "pods", name: pending?.name ?? ""))
        }
    }
}
