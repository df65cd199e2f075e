import ClusterModel

/// `kubectl rollout status|restart|undo|history` for Deployments.
enum RolloutCommand {
    /// The single Deployment the rollout sub-commands act on, or kubectl's error.
    private static func deploymentTargets(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> [(ResourceType, String?, String)] {
        let command = context.command
        if command.resources.isEmpty && command.filenames.isEmpty {
            throw .usage("Required resource not specified.", commandPath: command.commandPath)
        }
        let targets = try TargetResolution.targets(context, cluster: cluster)
        for (type, _, name) in targets where type != .deployments {
            switch command.subverb {
            case "status": throw .plain("no status viewer has been implemented for \(type.kind)")
            case "history": throw .plain("no history viewer has been implemented for \(type.kind)")
            case "undo": throw .plain("no rollbacker has been implemented for \(type.kind == "ReplicaSet" ? "{apps ReplicaSet}" : "{ \(type.kind)}")")
            default: throw .plain("\(type.qualifiedName) \"\(name)\" restarting is not supported")
            }
        }
        return targets
    }

    /// kubectl's DeploymentStatusViewer: the status line and whether the rollout is complete.
    static func statusLine(_ deployment: JSONValue) throws(KubectlError) -> (String, Bool) {
        let name = deployment["metadata"]["name"].string ?? ""
        let generation = deployment["metadata"]["generation"].int ?? 0
        let status = deployment["status"]
        guard generation <= status["observedGeneration"].int ?? 0 else {
            return ("Waiting for deployment spec update to be observed...\n", false)
        }
        if let conditions = status["conditions"].array,
           conditions.contains(where: { $0["type"].string == "Progressing" && $0["reason"].string == "ProgressDeadlineExceeded" }) {
            throw .plain("deployment \"\(name)\" exceeded its progress deadline")
        }
        let desired = deployment["spec"]["replicas"].int ?? 1
        let updated = status["updatedReplicas"].int ?? 0
        let replicas = status["replicas"].int ?? 0
        let available = status["availableReplicas"].int ?? 0
        if updated < desired {
            return ("Waiting for deployment \"\(name)\" rollout to finish: \(updated) out of \(desired) new replicas have been updated...\n", false)
        }
        if replicas > updated {
            return ("Waiting for deployment \"\(name)\" rollout to finish: \(replicas - updated) old replicas are pending termination...\n", false)
        }
        if available < updated {
            return ("Waiting for deployment \"\(name)\" rollout to finish: \(available) of \(updated) updated replicas are available...\n", false)
        }
        return ("deployment \"\(name)\" successfully rolled out\n", true)
    }

    /// `rollout status`: prints the status line, then one per Deployment change, until the rollout completes.
    static func status(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let targets = try deploymentTargets(context, cluster: cluster)
        let watch = context.command.bool("watch")
        let timeout = context.command.duration("timeout") ?? 0
        for (_, namespace, name) in targets {
            let namespace = namespace ?? context.namespace
            guard let initial = cluster.object(.deployments, namespace: namespace, name: name) else {
                throw KubectlError(message: APIError.notFound(.deployments, name: name).kubectlMessage)
            }
            var (line, done) = try statusLine(initial)
            context.out(line)
            if done || !watch { continue }
            let deadline = timeout > 0 ? cluster.now.adding(seconds: timeout) : nil
            var sequence = cluster.lastSequence
            var failure: KubectlError?
            let outcome = context.host.passTime(&cluster, deadline: deadline, stop: { _ in done || failure != nil }, progress: { state in
                for event in state.changes(since: sequence) where event.resource == .deployments
                    && event.object["metadata"]["name"].string == name && event.object["metadata"]["namespace"].string == namespace {
                    guard !done, failure == nil else { break }
                    if event.type == .deleted {
                        failure = .plain("object has been deleted")
                        break
                    }
                    do throws(KubectlError) {
                        (line, done) = try statusLine(event.object)
                        context.out(line)
                    } catch {
                        failure = error
                    }
                }
                sequence = state.lastSequence
            })
            if let failure { throw failure }
            switch outcome {
            case .stopped: continue
            case .interrupted: return 130
            case .deadlineReached: throw .plain("timed out waiting for the condition")
            case .idle: return 0
            }
        }
        return 0
    }

    /// `rollout restart`: a strategic merge patch that stamps the pod template with
    /// `kubectl.kubernetes.io/restartedAt` (now, RFC 3339), so the Deployment rolls its pods
    /// (kubectl `RestartOptions.RunRestart`, `polymorphichelpers.defaultObjectRestarter`).
    static func restart<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client) throws(KubectlError) -> Int32 {
        let dryRun = try DryRunStrategy(context.command.string("dry-run"))
        let format = try OutputSupport.format(context.command.output)
        let targets = try deploymentTargets(context, cluster: cluster)
        var errors: [String] = []
        let annotation = "kubectl.kubernetes.io/restartedAt"
        for (type, namespace, name) in targets {
            let namespace = namespace ?? context.namespace
            guard var object = cluster.object(type, namespace: namespace, name: name) else {
                errors.append(APIError.notFound(type, name: name).kubectlMessage)
                continue
            }
            if object["spec"]["paused"].bool == true {
                errors.append("error: \(type.qualifiedName) \"\(name)\" can't restart paused deployment (run rollout resume first)")
                continue
            }
            let stamp = JSONValue.string(cluster.now.rfc3339)
            // The two-way patch of the stamped object is empty when the template already carries this second's stamp.
            guard object["spec"]["template"]["metadata"]["annotations"][annotation] != stamp else {
                errors.append(
                    "failed to create patch for \(name): if restart has already been triggered within the past second, please wait before attempting to trigger another")
                continue
            }
            object["spec"]["template"]["metadata"]["annotations"][annotation] = stamp
            if dryRun != .client {
                let patch: JSONValue = ["spec": ["template": ["metadata": ["annotations": [annotation: stamp]]]]]
                do {
                    object = try cluster.patch(
                        type, namespace: namespace, name: name, patch: patch, as: .strategic, options: WriteOptions(dryRun: dryRun == .server)
                    ).object
                } catch {
                    errors.append("failed to patch: \(error.message)")
                    continue
                }
            }
            try printOperation("restarted", dryRun: dryRun, type: type, object: object, format: format, context: context, now: cluster.now)
        }
        context.err(AggregateError.message(errors))
        return errors.isEmpty ? 0 : 1
    }

    /// `rollout undo [--to-revision=N]`: a JSON patch that puts an older ReplicaSet's pod template (without its
    /// `pod-template-hash` label) and annotations back into the Deployment (kubectl `DeploymentRollbacker.Rollback`).
    /// Stops at the first error, as kubectl's visitor does.
    static func undo<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client) throws(KubectlError) -> Int32 {
        let dryRun = try DryRunStrategy(context.command.string("dry-run"))
        let format = try OutputSupport.format(context.command.output)
        let targets = try deploymentTargets(context, cluster: cluster)
        let revision = context.command.int("to-revision") ?? 0
        for (type, namespace, name) in targets {
            let namespace = namespace ?? context.namespace
            guard let deployment = cluster.object(.deployments, namespace: namespace, name: name) else {
                throw KubectlError(message: APIError.notFound(type, name: name).kubectlMessage)
            }
            if !deployment["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"].isNull {
                context.err(
                    "Warning: resource \(type.plural)/\(name) was previously managed with 'kubectl apply'. Rolling back will not update the kubectl.kubernetes.io/last-applied-configuration annotation, which may cause unexpected behavior on future 'kubectl apply' operations. Consider using 'kubectl apply' with your previous configuration file instead.\n")
            }
            let target = try RolloutRevisions.replicaSet(for: deployment, revision: revision, in: cluster)
            if dryRun == .client {
                // kubectl prints the template it would restore and nothing else.
                context.out(ObjectPrinter.yaml([target["spec"]["template"]], single: true))
                continue
            }
            if deployment["spec"]["paused"].bool == true {
                throw .plain("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again")
            }
            var template = target["spec"]["template"]
            template["metadata"]["labels"]["pod-template-hash"] = .null
            var current = deployment["spec"]["template"]
            current["metadata"]["labels"]["pod-template-hash"] = .null
            if template == current {
                try printOperation(
                    "skipped rollback (current template already matches revision \(revision))", dryRun: dryRun, type: type, object: deployment,
                    format: format, context: context, now: cluster.now)
                continue
            }
            let patch: JSONValue = [
                ["op": "replace", "path": "/spec/template", "value": template],
                ["op": "replace", "path": "/metadata/annotations", "value": RolloutRevisions.annotations(restoring: target, into: deployment)],
            ]
            let result: JSONValue
            do {
                result = try cluster.patch(.deployments, namespace: namespace, name: name, patch: patch, as: .json, options: WriteOptions(dryRun: dryRun == .server)).object
            } catch {
                throw .plain("failed restoring revision \(revision): \(error.message)")
            }
            try printOperation("rolled back", dryRun: dryRun, type: type, object: result, format: format, context: context, now: cluster.now)
        }
        return 0
    }

    /// Prints `TYPE/NAME OPERATION` (with the dry-run suffix), or the object in the requested format.
    private static func printOperation(
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

    /// `rollout history`: the revisions of the Deployment's ReplicaSets with their change causes.
    static func history(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> Int32 {
        let targets = try deploymentTargets(context, cluster: cluster)
        for (type, namespace, name) in targets {
            let namespace = namespace ?? context.namespace
            guard let deployment = cluster.object(.deployments, namespace: namespace, name: name) else {
                throw KubectlError(message: APIError.notFound(.deployments, name: name).kubectlMessage)
            }
            let uid = deployment["metadata"]["uid"].string
            var revisions: [Int: String] = [:]
            for replicaSet in cluster.list(.replicaSets, namespace: namespace)
            where replicaSet["metadata"]["ownerReferences"].array?.contains(where: { $0["uid"].string == uid }) == true {
                guard let revision = Int(replicaSet["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string ?? "") else { continue }
                revisions[revision] = replicaSet["metadata"]["annotations"]["kubernetes.io/change-cause"].string ?? "<none>"
            }
            context.observe(type, .table, deployment, at: cluster.now)
            var table = "REVISION\tCHANGE-CAUSE\n"
            for revision in revisions.keys.sorted() { table += "\(revision)\t\(revisions[revision] ?? "<none>")\n" }
            var writer = TabWriter(minWidth: 0, tabWidth: 0, padding: 2, rememberWidths: false)
            context.out("\(type.qualifiedSingular)/\(name) \n" + writer.format(table) + "\n")
        }
        return 0
    }
}
