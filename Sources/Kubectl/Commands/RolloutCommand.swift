import ClusterModel

/// `kubectl rollout status|restart|undo|history` for Deployments.
enum RolloutCommand {
    /// The single Deployment the rollout sub-commands act on, or kubectl's error.
    private static func deploymentTargets(_ context: CommandContext, cluster: Cluster) throws(KubectlError) -> [(ResourceType, String?, String)] {
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
    static func status(_ context: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 {
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

    /// `rollout restart`: stamps the template so the Deployment rolls its pods.
    static func restart(_ context: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 {
        let targets = try deploymentTargets(context, cluster: cluster)
        var errors: [String] = []
        for (type, namespace, name) in targets {
            do {
                let result = try cluster.restartRollout(namespace: namespace ?? context.namespace, name: name)
                context.observe(type, .name, result, at: cluster.now)
                context.out(context.command.output == "name" ? "\(type.qualifiedSingular)/\(name)\n" : "\(type.qualifiedSingular)/\(name) restarted\n")
            } catch {
                errors.append(error.reason == .badRequest ? "error: " + error.message : error.kubectlMessage)
            }
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `rollout undo [--to-revision=N]`: restores an older pod template.
    static func undo(_ context: CommandContext, cluster: inout Cluster) throws(KubectlError) -> Int32 {
        let targets = try deploymentTargets(context, cluster: cluster)
        let revision = context.command.int("to-revision") ?? 0
        var errors: [String] = []
        for (type, namespace, name) in targets {
            let namespace = namespace ?? context.namespace
            let before = cluster.object(.deployments, namespace: namespace, name: name)
            do {
                let result = try cluster.undoRollout(namespace: namespace, name: name, toRevision: revision > 0 ? revision : nil)
                context.observe(type, .name, result, at: cluster.now)
                if let before, before["metadata"]["generation"] == result["metadata"]["generation"] {
                    let current = before["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string ?? "0"
                    context.out("\(type.qualifiedSingular)/\(name) skipped rollback (current template already matches revision \(revision > 0 ? String(revision) : current))\n")
                } else {
                    context.out("\(type.qualifiedSingular)/\(name) rolled back\n")
                }
            } catch {
                errors.append(error.reason == .badRequest ? "error: " + error.message : error.kubectlMessage)
            }
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `rollout history`: the revisions of the Deployment's ReplicaSets with their change causes.
    static func history(_ context: CommandContext, cluster: Cluster) throws(KubectlError) -> Int32 {
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
