import ClusterModel

/// `rollout undo`'s rollback of one object (kubectl's `Rollbacker`s in `pkg/polymorphichelpers/rollback.go`): the
/// text the name printer appends to `TYPE/NAME` (`rolled back`, `skipped rollback (…)`, or with a client dry run the
/// template it would restore), or kubectl's error.
enum RolloutRollbacker {
    static func rollback<Client: ClusterClient>(
        _ object: JSONValue, kind: RolloutKind, toRevision: Int, dryRun: DryRunStrategy, cluster: inout Client
    ) throws(KubectlError) -> String {
        switch kind {
        case .deployment: return try deployment(object, toRevision: toRevision, dryRun: dryRun, cluster: &cluster)
        case .daemonSet: return try controllerRevisions(object, type: .daemonSets, toRevision: toRevision, dryRun: dryRun, cluster: &cluster)
        case .statefulSet: return try controllerRevisions(object, type: .statefulSets, toRevision: toRevision, dryRun: dryRun, cluster: &cluster)
        }
    }

    /// `DeploymentRollbacker.Rollback`: a JSON patch that puts the revision's pod template (without its
    /// `pod-template-hash` label) and annotations back into the Deployment.
    static func deployment<Client: ClusterClient>(
        _ deployment: JSONValue, toRevision: Int, dryRun: DryRunStrategy, cluster: inout Client
    ) throws(KubectlError) -> String {
        let name = deployment["metadata"]["name"].string ?? ""
        let namespace = deployment["metadata"]["namespace"].string
        let target = try RolloutRevisions.replicaSet(for: deployment, revision: toRevision, in: cluster)
        if dryRun == .client { return RolloutHistoryViewer.describe(target["spec"]["template"]) }
        if deployment["spec"]["paused"].bool == true {
            throw .plain("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again")
        }
        // `equalIgnoreHash`.
        var template = target["spec"]["template"]
        template["metadata"]["labels"]["pod-template-hash"] = .null
        var current = deployment["spec"]["template"]
        current["metadata"]["labels"]["pod-template-hash"] = .null
        if template == current { return "skipped rollback (current template already matches revision \(toRevision))" }
        let patch: JSONValue = [
            ["op": "replace", "path": "/spec/template", "value": template],
            ["op": "replace", "path": "/metadata/annotations", "value": RolloutRevisions.annotations(restoring: target, into: deployment)],
        ]
        do {
            _ = try cluster.patch(.deployments, namespace: namespace, name: name, patch: patch, as: .json, options: WriteOptions(dryRun: dryRun == .server))
        } catch {
            throw .plain("failed restoring revision \(toRevision): \(error.message)")
        }
        return "rolled back"
    }

    /// `DaemonSetRollbacker.Rollback` and `StatefulSetRollbacker.Rollback`: the revision's `data` (a strategic merge
    /// patch replacing the pod template) sent as it is.
    static func controllerRevisions<Client: ClusterClient>(
        _ object: JSONValue, type: ResourceType, toRevision: Int, dryRun: DryRunStrategy, cluster: inout Client
    ) throws(KubectlError) -> String {
        if toRevision < 0 { throw .plain("unable to find specified revision \(toRevision) in history") }
        let history = ControllerRevisionHistory.revisions(of: object, in: cluster)
        if toRevision == 0 && history.count <= 1 { throw .plain("no last revision to roll back to") }
        guard let revision = ControllerRevisionHistory.find(toRevision, in: history) else {
            throw .plain("unable to find specified revision \(toRevision) in history")
        }
        if dryRun == .client {
            let applied = ControllerRevisionHistory.applying(revision, to: object)
            return "will roll back to " + RolloutHistoryViewer.describe(applied["spec"]["template"])
        }
        if ControllerRevisionHistory.matches(object, revision) {
            return "skipped rollback (current template already matches revision \(toRevision))"
        }
        do {
            _ = try cluster.patch(
                type, namespace: object["metadata"]["namespace"].string, name: object["metadata"]["name"].string ?? "",
                patch: revision["data"], as: .strategic, options: WriteOptions(dryRun: dryRun == .server))
        } catch {
            throw .plain("failed restoring revision \(toRevision): \(error.message)")
        }
        return "rolled back"
    }
}
