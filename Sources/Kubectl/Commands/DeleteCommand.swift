import ClusterModel

/// `kubectl delete`: by name, `TYPE/NAME`, `-l`, `--all` or `-f`, then (by default) waits until the objects are gone.
enum DeleteCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client) throws(KubectlError) -> Int32 {
        let command = context.command
        // Complete/Validate, in kubectl's order.
        var grace = command.int("grace-period") ?? -1
        let force = command.bool("force")
        if command.bool("now") {
            if grace != -1 { throw .plain("--now and --grace-period cannot be specified together") }
            grace = 1
        }
        if grace == 0 && !force { grace = 1 }
        if force && grace < 0 { grace = 0 }
        if force && grace > 0 { throw .plain("--force and --grace-period greater than 0 cannot be specified together") }
        let propagation: DeleteOptions.Propagation
        switch command.string("cascade") ?? "background" {
        case "background", "true": propagation = .background
        case "foreground": propagation = .foreground
        case "orphan", "false": propagation = .orphan
        case let other: throw .plain("invalid cascade value (\(other)). Must be \"background\", \"foreground\", or \"orphan\".")
        }
        if let output = command.output, output != "name" {
            throw .plain("unexpected -o output mode: \(output), the flag 'output' must be one of yaml|json|jsonpath|name")
        }
        if command.selector != nil && !command.objects.isEmpty {
            throw .plain("selectors and the all flag cannot be used when passing resource/name arguments")
        }
        let all = command.bool("all")
        let fieldSelector = command.flags["field-selector"]
        if all && command.selector != nil { throw .plain("cannot set --all and --selector at the same time") }
        if all && fieldSelector != nil { throw .plain("cannot set --all and --field-selector at the same time") }
        if all && !command.names.isEmpty { throw .plain("cannot set --all and names at the same time") }
        let selector: LabelSelector?
        do {
            selector = try command.selector.map { text throws(APIError) in try LabelSelector(parsing: text) }
        } catch {
            throw .plain(error.message)
        }
        let ignoreNotFound = command.flags["ignore-not-found"].map { $0 == "true" } ?? (all || selector != nil || fieldSelector != nil)

        // Collect the targets.
        var targets: [(ResourceType, String?, String)] = []  // type, namespace, name
        var errors: [String] = []
        if !command.filenames.isEmpty {
            if !command.resources.isEmpty {
                throw .plain("Cannot specify both a filename and a resource/name")
            }
            let loaded = ManifestLoader.load(command.filenames, host: context.host, recursive: command.bool("recursive"))
            for document in loaded.documents {
                guard let type = ResourceType.forManifest(apiVersion: document.object["apiVersion"].string ?? "", kind: document.object["kind"].string ?? "") else { continue }
                let namespace = type.namespaced ? (document.object["metadata"]["namespace"].string ?? context.namespace) : nil
                targets.append((type, namespace, document.object["metadata"]["name"].string ?? ""))
            }
            if let error = loaded.error { errors.append(error) }
        } else if command.resources.isEmpty {
            throw .plain("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'")
        } else if !command.objects.isEmpty {
            for reference in command.objects {
                targets.append((reference.resource, reference.resource.namespaced ? context.namespace : nil, reference.name))
            }
        } else if all || selector != nil || fieldSelector != nil {
            for type in command.resources {
                let namespace = command.allNamespaces ? nil : context.namespace
                let items = try cluster.list(
                    type, namespace: type.namespaced ? namespace : nil, selector: selector, selectorText: command.selector, fieldSelector: fieldSelector)
                for object in items {
                    targets.append((type, object["metadata"]["namespace"].string, object["metadata"]["name"].string ?? ""))
                }
            }
            if targets.isEmpty {
                context.out("No resources found\n")
                return 0
            }
        } else {
            throw .plain("resource(s) were provided, but no name was specified")
        }

        if grace == 0 && force {
            context.warning("Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.")
        }
        let dryRunSuffix = try DryRunStrategy(command.string("dry-run")).suffix
        var deleted: [(ResourceType, String?, String, String)] = []  // type, namespace, name, uid
        let options = DeleteOptions(gracePeriodSeconds: grace >= 0 ? grace : nil, propagation: propagation)
        for (type, namespace, name) in targets {
            // Ctrl-C during a long delete stops it where it is, as it stops kubectl.
            if context.host.interruptRequested { return 130 }
            if !dryRunSuffix.isEmpty {
                guard let object = cluster.object(type, namespace: namespace, name: name) else {
                    if !ignoreNotFound { errors.append(APIError.notFound(type, name: name).kubectlMessage) }
                    continue
                }
                printDeleted(context, type: type, object: object, name: name, force: false, suffix: dryRunSuffix, now: cluster.now)
                continue
            }
            do {
                let result = try cluster.delete(type, namespace: namespace, name: name, options: options)
                printDeleted(context, type: type, object: result, name: name, force: grace == 0, suffix: "", now: cluster.now)
                deleted.append((type, namespace, name, result["metadata"]["uid"].string ?? ""))
            } catch {
                if error.reason == .notFound && ignoreNotFound { continue }
                errors.append(error.kubectlMessage)
            }
        }

        var exitCode: Int32 = errors.isEmpty ? 0 : 1
        if command.bool("wait") && !deleted.isEmpty {
            let timeout = command.duration("timeout") ?? 0
            let deadline = timeout > 0 ? cluster.now.adding(seconds: timeout) : nil
            let gone: (Client) -> Bool = { state in
                deleted.allSatisfy { type, namespace, name, uid in
                    guard let current = state.object(type, namespace: namespace, name: name) else { return true }
                    return current["metadata"]["uid"].string != uid
                }
            }
            switch context.host.passTime(&cluster, deadline: deadline, stop: gone, progress: { _ in }) {
            case .stopped, .idle:
                break
            case .interrupted:
                for error in errors { context.err(error + "\n") }
                return 130
            case .deadlineReached:
                for (type, namespace, name, uid) in deleted {
                    if let current = cluster.object(type, namespace: namespace, name: name), current["metadata"]["uid"].string == uid {
                        errors.append("error: timed out waiting for the condition on \(type.qualifiedName)/\(name)")
                    }
                }
                exitCode = 1
            }
        }
        for error in errors { context.err(error.hasSuffix("\n") ? error : error + "\n") }
        return exitCode
    }

    /// `pod "x" deleted from default namespace`, `force deleted`, or `pod/x` for `-o name`.
    private static func printDeleted(_ context: CommandContext, type: ResourceType, object: JSONValue, name: String, force: Bool,
                                     suffix: String, now: Timestamp) {
        context.observe(type, .name, object, at: now)
        if context.command.output == "name" {
            context.out("\(type.qualifiedSingular)/\(name)\n")
            return
        }
        let operation = force ? "force deleted" : "deleted"
        if type.namespaced {
            let namespace = object["metadata"]["namespace"].string ?? context.namespace
            context.out("\(type.qualifiedSingular) \"\(name)\" \(operation) from \(namespace) namespace\(suffix)\n")
        } else {
            context.out("\(type.qualifiedSingular) \"\(name)\" \(operation)\(suffix)\n")
        }
    }
}
