import ClusterModel

/// `kubectl rollout status|history|undo|restart` (`pkg/cmd/rollout`) for the kinds ``RolloutKind`` knows.
///
/// Each sub-command visits its objects as kubectl's builder does (`ContinueOnError`): an object that is missing or
/// of a kind without the needed helper adds an error, the others are still handled, and the errors are printed
/// together at the end.
enum RolloutCommand {
    /// `Validate`'s check, shared by every sub-command.
    static func requireResources(_ command: KubectlCommand) throws(KubectlError) {
        if command.resources.isEmpty && command.filenames.isEmpty { throw .plain("required resource not specified") }
    }

    /// The objects named by the arguments (`ResourceTypeOrNameArgs(true, …)` with `-l` and `-f`).
    static func targets(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> [(ResourceType, String?, String)] {
        try TargetResolution.targetsAllowingEmptySelector(context, cluster: cluster)
    }

    /// Reads every target (`Latest()`): the objects found, and a NotFound error for each missing one.
    static func fetch(
        _ targets: [(ResourceType, String?, String)], context: CommandContext, cluster: some ClusterClient
    ) -> ([(ResourceType, JSONValue)], [AggregateError.Entry]) {
        var found: [(ResourceType, JSONValue)] = []
        var errors: [AggregateError.Entry] = []
        for (type, namespace, name) in targets {
            if let object = cluster.object(type, namespace: namespace ?? (type.namespaced ? context.namespace : nil), name: name) {
                found.append((type, object))
            } else {
                errors.append(.api(APIError.notFound(type, name: name)))
            }
        }
        return (found, errors)
    }

    /// Prints the collected errors (kubectl's aggregate) and returns the exit status; `No resources found in NS
    /// namespace.` when nothing was visited at all.
    static func finish(_ errors: [AggregateError.Entry], visited: Bool, context: CommandContext) -> Int32 {
        if !visited && errors.isEmpty {
            context.err("No resources found in \(context.namespace) namespace.\n")
            return 0
        }
        context.err(AggregateError.message(errors))
        return errors.isEmpty ? 0 : 1
    }

    /// `rollout status`: the status line, then one per change of the object, until the rollout completes
    /// (`RolloutStatusOptions.Run`: a watch through `UntilWithSync`, which prints every ADDED and MODIFIED event).
    static func status(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        try requireResources(command)
        let revision = command.int("revision") ?? 0
        if revision < 0 { throw .plain("revision must be a positive integer: \(revision)") }
        let (found, fetchErrors) = fetch(try targets(context, cluster: cluster), context: context, cluster: cluster)
        var errors = fetchErrors
        let watch = command.bool("watch")
        let timeout = command.duration("timeout") ?? 0
        for (type, initial) in found {
            do throws(KubectlError) {
                let kind = try RolloutKind.forStatus(type)
                if try watchStatus(type, initial, kind: kind, revision: revision, watch: watch, timeout: timeout, context: context, cluster: &cluster) {
                    return 130
                }
            } catch {
                errors.append(AggregateError.Entry(error))
            }
        }
        return finish(errors, visited: !found.isEmpty, context: context)
    }

    /// Prints the status lines of one object until its rollout is done; true when the user interrupted.
    private static func watchStatus<Client: ClusterClient>(
        _ type: ResourceType, _ initial: JSONValue, kind: RolloutKind, revision: Int, watch: Bool, timeout: Double, context: CommandContext,
        cluster: inout Client
    ) throws(KubectlError) -> Bool {
        var (line, done) = try RolloutStatusViewer.status(initial, kind: kind, revision: revision)
        context.out(line)
        if done || !watch { return false }
        let name = initial["metadata"]["name"].string
        let namespace = initial["metadata"]["namespace"].string
        let deadline = timeout > 0 ? cluster.now.adding(seconds: timeout) : nil
        var sequence = cluster.lastSequence
        var failure: KubectlError?
        let outcome = context.host.passTime(
            &cluster, deadline: deadline, stop: { _ in done || failure != nil },
            progress: { state in
                for event in state.changes(since: sequence)
                where event.resource == type && event.object["metadata"]["name"].string == name && event.object["metadata"]["namespace"].string == namespace {
                    guard !done, failure == nil else { break }
                    if event.type == .deleted {
                        failure = .plain("object has been deleted")
                        break
                    }
                    do throws(KubectlError) {
                        (line, done) = try RolloutStatusViewer.status(event.object, kind: kind, revision: revision)
                        context.out(line)
                    } catch {
                        failure = error
                    }
                }
                sequence = state.lastSequence
            })
        if let failure { throw failure }
        switch outcome {
        case .stopped, .idle: return false
        case .interrupted: return true
        case .deadlineReached: throw .plain("timed out waiting for the condition")
        }
    }

    /// `rollout restart`: a strategic merge patch that stamps the pod template with
    /// `kubectl.kubernetes.io/restartedAt` (now, RFC 3339), so the workload rolls its pods
    /// (kubectl `RestartOptions.RunRestart`, `polymorphichelpers.defaultObjectRestarter`).
    /// (kubectl v1.35's restart has no `--dry-run`; it came with v1.36.)
    static func restart<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client) throws(KubectlError) -> Int32 {
        let format = try OutputSupport.format(context.command.output)
        try requireResources(context.command)
        let (found, fetchErrors) = fetch(try targets(context, cluster: cluster), context: context, cluster: cluster)
        var errors = fetchErrors
        let annotation = "kubectl.kubernetes.io/restartedAt"
        for (type, live) in found {
            var object = live
            let name = object["metadata"]["name"].string ?? ""
            guard let kind = RolloutKind(type) else {
                errors.append(.text("error: \(type.qualifiedName) \(GoQuote.quoted(name)) restarting is not supported"))
                continue
            }
            if kind == .deployment, object["spec"]["paused"].bool == true {
                errors.append(.text("error: \(type.qualifiedName) \(GoQuote.quoted(name)) can't restart paused deployment (run rollout resume first)"))
                continue
            }
            let stamp = JSONValue.string(cluster.now.rfc3339)
            // The two-way patch of the stamped object is empty when the template already carries this second's stamp.
            guard object["spec"]["template"]["metadata"]["annotations"][annotation] != stamp else {
                errors.append(.text(
                    "failed to create patch for \(name): if restart has already been triggered within the past second, please wait before attempting to trigger another"))
                continue
            }
            let patch: JSONValue = ["spec": ["template": ["metadata": ["annotations": [annotation: stamp]]]]]
            do {
                object = try cluster.patch(type, namespace: object["metadata"]["namespace"].string, name: name, patch: patch, as: .strategic, options: WriteOptions()).object
            } catch {
                errors.append(.text("failed to patch: \(error.message)"))
                continue
            }
            try printOperation("restarted", dryRun: .none, type: type, object: object, format: format, context: context, now: cluster.now)
        }
        return finish(errors, visited: !found.isEmpty, context: context)
    }

    /// `rollout undo [--to-revision=N]` (`UndoOptions.RunUndo`): each object's rollbacker, then the object as it was
    /// read, printed with the rollbacker's text as the operation.
    static func undo<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client) throws(KubectlError) -> Int32 {
        let dryRun = try DryRunStrategy(context.command.string("dry-run"))
        let format = try OutputSupport.format(context.command.output)
        try requireResources(context.command)
        let revision = context.command.int("to-revision") ?? 0
        let (found, fetchErrors) = fetch(try targets(context, cluster: cluster), context: context, cluster: cluster)
        var errors = fetchErrors
        for (type, object) in found {
            do throws(KubectlError) {
                let kind = try RolloutKind.forRollback(type)
                let result = try RolloutRollbacker.rollback(object, kind: kind, toRevision: revision, dryRun: dryRun, cluster: &cluster)
                try printOperation(result, dryRun: dryRun, type: type, object: object, format: format, context: context, now: cluster.now)
            } catch {
                errors.append(AggregateError.Entry(error))
            }
        }
        return finish(errors, visited: !found.isEmpty, context: context)
    }

    /// Prints `TYPE/NAME OPERATION` (with the dry-run suffix), or the object in the requested format.
    static func printOperation(
        _ operation: String, dryRun: DryRunStrategy, type: ResourceType, object: JSONValue, format: OutputFormat, context: CommandContext, now: Timestamp
    ) throws(KubectlError) {
        let name = object["metadata"]["name"].string ?? ""
        switch format {
        case .table, .wide:
            context.observe(type, .name, object, at: now)
            context.out("\(type.qualifiedSingular)/\(name) \(operation)\(dryRun.suffix)\n")
        default:
            try OutputSupport.printObjects([(type, object)], format: format, context: context, now: now, forceList: false)
        }
    }

    /// `rollout history [--revision=N]` (`RolloutHistoryOptions.Run`): the revisions table or one revision's pod
    /// template after `TYPE/NAME `, or with `-o` the revisions' objects.
    static func history(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        try requireResources(command)
        let revision = command.int("revision") ?? 0
        if revision < 0 { throw .plain("revision must be a positive integer: \(revision)") }
        let format = try command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
        let (found, fetchErrors) = fetch(try targets(context, cluster: cluster), context: context, cluster: cluster)
        var errors = fetchErrors
        var printed = 0
        for (type, object) in found {
            do throws(KubectlError) {
                let kind = try RolloutKind.forHistory(type)
                let revisions = RolloutHistoryViewer.revisions(of: object, kind: kind, in: cluster)
                if let format {
                    var objects: [JSONValue]
                    if revision > 0 {
                        guard let one = revisions[revision] else { throw .plain("unable to find the specified revision") }
                        objects = [one.object]
                    } else {
                        objects = revisions.keys.sorted().compactMap { revisions[$0]?.object }
                    }
                    for item in objects {
                        // One printer prints them all: YAML documents after the first start with `---`.
                        if printed > 0, format == .yaml { context.out("---\n") }
                        try OutputSupport.printObjects([(ResourceType.forManifest(apiVersion: item.text("apiVersion"), kind: item.text("kind")) ?? type, item)], format: format, context: context, now: cluster.now, forceList: false)
                        printed += 1
                    }
                    continue
                }
                let text = try RolloutHistoryViewer.view(revisions, revision: revision)
                context.observe(type, .table, object, at: cluster.now)
                let withRevision = revision > 0 ? "with revision #\(revision)" : ""
                context.out("\(type.qualifiedSingular)/\(object["metadata"]["name"].string ?? "") \(withRevision)\n\(text)\n")
            } catch {
                errors.append(AggregateError.Entry(error))
            }
        }
        return finish(errors, visited: !found.isEmpty, context: context)
    }
}
