/// A paused Deployment (`spec.paused`, `kubectl rollout pause`): the controller rolls out no new template, but still
/// scales (`DeploymentController.sync` and `scale` in `pkg/controller/deployment/sync.go`) and marks its Progressing
/// condition while paused and once resumed (`checkPausedConditions`), so the pause never counts against
/// `progressDeadlineSeconds`.
extension Cluster {
    /// `checkPausedConditions`: Progressing becomes `Unknown`/`DeploymentPaused` ("Deployment is paused") when the
    /// Deployment is paused, and `Unknown`/`DeploymentResumed` ("Deployment is resumed") when a paused one is resumed,
    /// in a status update of its own. A deadline already exceeded stays reported.
    mutating func checkPausedConditions(_ key: ObjectKey) {
        guard var deployment = stored(.deployments, key) else { return }
        // `HasProgressDeadline`: a deadline is set and is not math.MaxInt32.
        guard let deadline = deployment["spec"]["progressDeadlineSeconds"].int, deadline != Int(Int32.max) else { return }
        var conditions = deployment["status"]["conditions"].array ?? []
        let current = conditions.first { $0["type"].string == "Progressing" }
        if current?["reason"].string == "ProgressDeadlineExceeded" { return }
        let pausedConditionExists = current?["reason"].string == "DeploymentPaused"
        let paused = deployment["spec"]["paused"].bool == true
        let reason: String
        let message: String
        if paused && !pausedConditionExists {
            (reason, message) = ("DeploymentPaused", "Deployment is paused")
        } else if !paused && pausedConditionExists {
            (reason, message) = ("DeploymentResumed", "Deployment is resumed")
        } else {
            return
        }
        // `SetDeploymentCondition`: the old condition goes, the new one is appended; the transition time stays only when
        // the status does not change.
        let stamp = JSONValue.string(now.rfc3339)
        let transition = current?["status"].string == "Unknown" ? current?["lastTransitionTime"] ?? stamp : stamp
        conditions.removeAll { $0["type"].string == "Progressing" }
        conditions.append([
            "type": "Progressing", "status": "Unknown", "reason": .string(reason), "message": .string(message),
            "lastUpdateTime": stamp, "lastTransitionTime": transition,
        ])
        deployment["status"]["conditions"] = .array(conditions)
        _ = updateStatus(.deployments, deployment)
    }

    /// `DeploymentController.scale` for a paused Deployment: the one active ReplicaSet (or the newest, when none is
    /// active) takes all the replicas; a saturated new ReplicaSet leaves the old ones at 0; otherwise a rolling
    /// Deployment spreads the change over its active ReplicaSets in proportion to their sizes.
    /// `maxReplicasBefore` holds each ReplicaSet's `max-replicas` annotation as it was before this sync.
    mutating func scalePausedDeployment(
        _ deployment: JSONValue, newRS: JSONValue?, olds: [JSONValue], surge: Int, maxReplicasBefore: [String: Int]
    ) {
        let desired = deployment["spec"]["replicas"].int ?? 1
        func replicas(_ rs: JSONValue) -> Int { rs["spec"]["replicas"].int ?? 0 }
        func created(_ rs: JSONValue) -> String { rs["metadata"]["creationTimestamp"].string ?? "" }
        func name(_ rs: JSONValue) -> String { rs["metadata"]["name"].string ?? "" }
        guard newRS != nil || !olds.isEmpty else { return }
        // `FindActiveOrLatest`: old ReplicaSets newest first, then the new one.
        let newestFirst = olds.sorted { created($0) != created($1) ? created($0) > created($1) : name($0) < name($1) }
        let active = (newestFirst + (newRS.map { [$0] } ?? [])).filter { replicas($0) > 0 }
        if active.count <= 1 {
            let target = active.first ?? newRS ?? newestFirst[0]
            if replicas(target) != desired { scalePausedReplicaSet(target, to: desired, deployment: deployment, surge: surge) }
            return
        }
        // `IsSaturated`.
        if let newRS, replicas(newRS) == desired, Int(newRS["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"].string ?? "") == desired,
            (newRS["status"]["availableReplicas"].int ?? 0) == desired
        {
            for old in newestFirst where replicas(old) > 0 { scalePausedReplicaSet(old, to: 0, deployment: deployment, surge: surge) }
            return
        }
        guard deployment["spec"]["strategy"]["type"].string != "Recreate" else { return }
        let total = active.reduce(0) { $0 + replicas($1) }
        let allowed = desired > 0 ? desired + surge : 0
        let toAdd = allowed - total
        // `ReplicaSetsBySizeNewer` when scaling up, `ReplicaSetsBySizeOlder` when scaling down.
        let ordered = active.sorted { lhs, rhs in
            if replicas(lhs) != replicas(rhs) { return replicas(lhs) > replicas(rhs) }
            if created(lhs) != created(rhs) { return toAdd > 0 ? created(lhs) > created(rhs) : created(lhs) < created(rhs) }
            return name(lhs) < name(rhs)
        }
        var added = 0
        var sizes: [Int] = []
        for rs in ordered {
            guard toAdd != 0, replicas(rs) > 0, toAdd != added else {
                sizes.append(replicas(rs))
                continue
            }
            // `getReplicaSetFraction`, then `GetProportion`'s bounds.
            let fraction: Int
            if desired == 0 {
                fraction = -replicas(rs)
            } else {
                var before = maxReplicasBefore[name(rs)] ?? 0
                if before == 0 { before = deployment["status"]["replicas"].int ?? 0 }
                fraction = before == 0 ? 0 : Int((Double(replicas(rs) * (desired + surge)) / Double(before)).rounded()) - replicas(rs)
            }
            let proportion = toAdd > 0 ? min(fraction, toAdd - added) : max(fraction, toAdd - added)
            sizes.append(replicas(rs) + proportion)
            added += proportion
        }
        for (index, rs) in ordered.enumerated() {
            var size = sizes[index]
            if index == 0 && toAdd != 0 { size = max(0, size + toAdd - added) }
            scalePausedReplicaSet(rs, to: size, deployment: deployment, surge: surge)
        }
    }

    /// `scaleReplicaSet`: the new size and the Deployment's replica annotations (`desired-replicas`, `max-replicas`) in
    /// one update, with the `ScalingReplicaSet` event when the size changes.
    private mutating func scalePausedReplicaSet(_ rs: JSONValue, to size: Int, deployment: JSONValue, surge: Int) {
        let desired = deployment["spec"]["replicas"].int ?? 1
        let key = ObjectKey(namespace: rs["metadata"]["namespace"].string ?? "", name: rs["metadata"]["name"].string ?? "")
        guard var current = stored(.replicaSets, key) else { return }
        var annotations = current["metadata"]["annotations"].stringMap
        let wanted = ["deployment.kubernetes.io/desired-replicas": String(desired), "deployment.kubernetes.io/max-replicas": String(desired + surge)]
        let annotationsChange = wanted.contains { annotations[$0.key] != $0.value }
        let old = current["spec"]["replicas"].int ?? 0
        guard old != size || annotationsChange else { return }
        for (name, value) in wanted { annotations[name] = value }
        current["metadata"]["annotations"] = JSONValue(stringMap: annotations)
        if old != size {
            current["spec"]["replicas"] = .int(size)
            current["metadata"]["generation"] = .int((current["metadata"]["generation"].int ?? 1) + 1)
        }
        _ = update(.replicaSets, current)
        guard old != size else { return }
        emitEvent(
            about: involved(.deployments, deployment), namespace: key.namespace, objectName: deployment["metadata"]["name"].string ?? "",
            reason: "ScalingReplicaSet",
            message: "Scaled \(size > old ? "up" : "down") replica set \(key.name) from \(old) to \(size)", component: "deployment-controller")
    }
}
