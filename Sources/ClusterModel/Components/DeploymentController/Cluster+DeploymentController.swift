/// The Deployment controller: ReplicaSet per template (`<deployment>-<pod-template-hash>`), rolling updates,
/// Recreate, revisions, status and conditions.
extension Cluster {
    /// `pod-template-hash`: FNV-1a (32 bit) over the canonical (sorted-key compact JSON) dump of the template plus
    /// the collision count, written in decimal, each digit mapped through the 27-character alphabet
    /// (`0→4 1→5 … 9→f`).
    static func podTemplateHash(_ template: JSONValue, collisionCount: Int? = nil) -> String {
        var hash: UInt32 = 2_166_136_261
        var text = template.compactJSON
        if let collisionCount { text += String(collisionCount) }
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return String(String(hash).utf8.map { SeededRandom.nameAlphabet[Int($0) % 27] })
    }

    /// Resolves an int-or-percent (`25%`, `1`) against `total`, rounding up or down.
    static func resolve(_ value: JSONValue, total: Int, roundUp: Bool) -> Int {
        if let number = value.int { return number }
        if let text = value.string, text.hasSuffix("%"), let percent = Int(text.dropLast()) {
            // intstr.GetScaledValueFromIntOrPercent computes in floating point; so does this (no overflow for 10⁹%).
            let scaled = Double(percent) * Double(total) / 100
            let rounded = roundUp ? scaled.rounded(.up) : scaled.rounded(.down)
            return Int(min(max(rounded, Double(Int32.min)), Double(Int32.max)))
        }
        if let text = value.string, let number = Int(text) { return number }
        return 0
    }

    /// One Deployment sync.
    mutating func syncDeployment(_ key: ObjectKey) {
        guard var deployment = stored(.deployments, key) else { return }
        let uid = deployment["metadata"]["uid"].string ?? ""
        let spec = deployment["spec"]
        let replicas = spec["replicas"].int ?? 1
        let template = spec["template"]
        var owned = indexes.replicaSets(ownedBy: uid).sorted().compactMap { stored(.replicaSets, $0) }
        func revision(_ rs: JSONValue) -> Int { Int(rs["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string ?? "0") ?? 0 }
        func strippedTemplate(_ rs: JSONValue) -> JSONValue {
            var copy = rs["spec"]["template"]
            copy["metadata"]["labels"]["pod-template-hash"] = .null
            if copy["metadata"]["labels"].object?.isEmpty == true { copy["metadata"]["labels"] = .null }
            return copy
        }
        var normalizedTemplate = template
        if normalizedTemplate["metadata"]["labels"].object?.isEmpty == true { normalizedTemplate["metadata"]["labels"] = .null }
        let maxRevision = owned.map(revision).max() ?? 0
        var newRS = owned.first { strippedTemplate($0) == normalizedTemplate }
        let isRolling = spec["strategy"]["type"].string != "Recreate"
        let surge = isRolling ? Cluster.resolve(spec["strategy"]["rollingUpdate"]["maxSurge"], total: replicas, roundUp: true) : 0
        var unavailable = isRolling ? Cluster.resolve(spec["strategy"]["rollingUpdate"]["maxUnavailable"], total: replicas, roundUp: false) : 0
        if isRolling, surge == 0, unavailable == 0 { unavailable = 1 }
        let paused = spec["paused"].bool == true
        var createdNew = false
        if !deployment["metadata"]["deletionTimestamp"].isNull {
            // A Deployment being deleted only has its status synced (`syncStatusOnly`).
            updateDeploymentStatus(key, newRS: newRS)
            return
        }
        checkPausedConditions(key)
        let maxReplicasBefore = owned.reduce(into: [String: Int]()) { sizes, rs in
            sizes[rs["metadata"]["name"].string ?? ""] = Int(rs["metadata"]["annotations"]["deployment.kubernetes.io/max-replicas"].string ?? "")
        }

        if newRS == nil && !paused {
            let hash = Cluster.podTemplateHash(template, collisionCount: deployment["status"]["collisionCount"].int)
            let name = (key.name + "-" + hash)
            var rsTemplate = template
            rsTemplate["metadata"]["labels"]["pod-template-hash"] = .string(hash)
            var selector = spec["selector"]
            selector["matchLabels"]["pod-template-hash"] = .string(hash)
            let oldTotal = owned.reduce(0) { $0 + ($1["spec"]["replicas"].int ?? 0) }
            let initial: Int
            if !isRolling {
                initial = owned.contains(where: { ($0["status"]["replicas"].int ?? 0) > 0 || ($0["spec"]["replicas"].int ?? 0) > 0 }) ? 0 : replicas
            } else {
                initial = max(0, min(replicas, replicas + surge - oldTotal))
            }
            var labels = template["metadata"]["labels"].stringMap
            labels["pod-template-hash"] = hash
            var annotations = deployment["metadata"]["annotations"].stringMap
            annotations[Cluster.lastAppliedKey] = nil
            annotations["deployment.kubernetes.io/revision"] = String(maxRevision + 1)
            annotations["deployment.kubernetes.io/desired-replicas"] = String(replicas)
            annotations["deployment.kubernetes.io/max-replicas"] = String(replicas + surge)
            let rs: JSONValue = [
                "apiVersion": "apps/v1", "kind": "ReplicaSet",
                "metadata": [
                    "name": .string(name), "namespace": .string(key.namespace), "labels": JSONValue(stringMap: labels),
                    "annotations": JSONValue(stringMap: annotations),
                    "ownerReferences": [
                        [
                            "apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "Deployment",
                            "name": .string(key.name), "uid": .string(uid),
                        ]
                    ],
                ],
                "spec": ["replicas": .int(initial), "selector": selector, "template": rsTemplate],
            ]
            if stored(.replicaSets, ObjectKey(namespace: key.namespace, name: name)) != nil {
                // Hash collision with a foreign ReplicaSet: bump collisionCount and retry next round.
                deployment["status"]["collisionCount"] = .int((deployment["status"]["collisionCount"].int ?? 0) + 1)
                updateStatus(.deployments, deployment)
                deploymentController.enqueue(key)
                return
            }
            let created = create(.replicaSets, rs)
            owned.append(created)
            newRS = created
            createdNew = true
            emitEvent(
                about: involved(.deployments, deployment), namespace: key.namespace, objectName: key.name, reason: "ScalingReplicaSet",
                message: "Scaled up replica set \(name) from 0 to \(initial)", component: "deployment-controller")
        }

        // Make sure the new ReplicaSet carries the newest revision (rollback) and current annotations.
        if var current = newRS {
            let rsKey = ObjectKey(namespace: key.namespace, name: current["metadata"]["name"].string ?? "")
            var annotations = current["metadata"]["annotations"].stringMap
            var wanted = annotations
            if revision(current) < maxRevision || (revision(current) == 0) { wanted["deployment.kubernetes.io/revision"] = String(maxRevision + 1) }
            wanted["deployment.kubernetes.io/desired-replicas"] = String(replicas)
            wanted["deployment.kubernetes.io/max-replicas"] = String(replicas + surge)
            if wanted != annotations {
                annotations = wanted
                current["metadata"]["annotations"] = JSONValue(stringMap: annotations)
                current = update(.replicaSets, current)
                newRS = current
                owned = owned.map { $0["metadata"]["uid"] == current["metadata"]["uid"] ? current : $0 }
                _ = rsKey
            }
        }

        if paused {
            let newUID = newRS?["metadata"]["uid"]
            scalePausedDeployment(
                deployment, newRS: newRS, olds: owned.filter { $0["metadata"]["uid"] != newUID }, surge: surge, maxReplicasBefore: maxReplicasBefore)
        }
        if !paused, let current = newRS {
            let newUID = current["metadata"]["uid"]
            let olds = owned.filter { $0["metadata"]["uid"] != newUID }.sorted { revision($0) < revision($1) }
            let newReplicas = current["spec"]["replicas"].int ?? 0
            if !isRolling {
                let oldActive = olds.contains { ($0["spec"]["replicas"].int ?? 0) > 0 || ($0["status"]["replicas"].int ?? 0) > 0 }
                for old in olds where (old["spec"]["replicas"].int ?? 0) > 0 { scaleReplicaSet(old, to: 0, deployment: deployment) }
                if !oldActive, newReplicas != replicas { scaleReplicaSet(current, to: replicas, deployment: deployment) }
            } else {
                let total = owned.reduce(0) { $0 + ($1["spec"]["replicas"].int ?? 0) }
                if newReplicas > replicas {
                    scaleReplicaSet(current, to: replicas, deployment: deployment)
                } else if newReplicas < replicas && !createdNew {
                    let room = replicas + surge - total
                    if room > 0 { scaleReplicaSet(current, to: min(replicas, newReplicas + room), deployment: deployment) }
                }
                // Scale down old ReplicaSets as far as availability allows.
                let refreshedNew = stored(.replicaSets, ObjectKey(namespace: key.namespace, name: current["metadata"]["name"].string ?? "")) ?? current
                let allTotal = owned.reduce(0) { sum, rs in
                    sum + ((rs["metadata"]["uid"] == newUID ? refreshedNew : rs)["spec"]["replicas"].int ?? 0)
                }
                let minAvailable = replicas - unavailable
                let newUnavailable = (refreshedNew["spec"]["replicas"].int ?? 0) - (refreshedNew["status"]["availableReplicas"].int ?? 0)
                var budget = allTotal - minAvailable - newUnavailable
                if budget > 0 {
                    // First unhealthy old replicas, then available ones, oldest first.
                    for old in olds where budget > 0 {
                        let specReplicas = old["spec"]["replicas"].int ?? 0
                        let unhealthy = specReplicas - (old["status"]["availableReplicas"].int ?? 0)
                        guard unhealthy > 0 else { continue }
                        let cut = min(unhealthy, budget)
                        scaleReplicaSet(old, to: specReplicas - cut, deployment: deployment)
                        budget -= cut
                    }
                    let available = owned.reduce(0) { $0 + ($1["status"]["availableReplicas"].int ?? 0) }
                    var downBudget = min(budget, available - minAvailable)
                    for oldKey in olds.map({ ObjectKey(namespace: key.namespace, name: $0["metadata"]["name"].string ?? "") }) where downBudget > 0 {
                        guard let old = stored(.replicaSets, oldKey) else { continue }
                        let specReplicas = old["spec"]["replicas"].int ?? 0
                        guard specReplicas > 0 else { continue }
                        let cut = min(specReplicas, downBudget)
                        scaleReplicaSet(old, to: specReplicas - cut, deployment: deployment)
                        downBudget -= cut
                    }
                }
            }
        }
        cleanupHistory(deployment, newUID: newRS?["metadata"]["uid"])
        updateDeploymentStatus(key, newRS: newRS.flatMap { stored(.replicaSets, ObjectKey(namespace: key.namespace, name: $0["metadata"]["name"].string ?? "")) })
    }

    /// Sets a ReplicaSet's replicas (and its desired/max annotations) on behalf of a Deployment, with the event.
    mutating func scaleReplicaSet(_ rs: JSONValue, to replicas: Int, deployment: JSONValue) {
        let key = ObjectKey(namespace: rs["metadata"]["namespace"].string ?? "", name: rs["metadata"]["name"].string ?? "")
        guard var current = stored(.replicaSets, key) else { return }
        let old = current["spec"]["replicas"].int ?? 0
        guard old != replicas else { return }
        current["spec"]["replicas"] = .int(replicas)
        current["metadata"]["generation"] = .int((current["metadata"]["generation"].int ?? 1) + 1)
        update(.replicaSets, current)
        emitEvent(
            about: involved(.deployments, deployment), namespace: key.namespace, objectName: deployment["metadata"]["name"].string ?? "",
            reason: "ScalingReplicaSet",
            message: "Scaled \(replicas > old ? "up" : "down") replica set \(key.name) from \(old) to \(replicas)", component: "deployment-controller")
    }

    /// Deletes old, empty ReplicaSets beyond `revisionHistoryLimit`.
    mutating func cleanupHistory(_ deployment: JSONValue, newUID: JSONValue?) {
        let limit = deployment["spec"]["revisionHistoryLimit"].int ?? 10
        let uid = deployment["metadata"]["uid"].string ?? ""
        let olds = indexes.replicaSets(ownedBy: uid).compactMap { stored(.replicaSets, $0) }
            .filter { $0["metadata"]["uid"] != newUID && ($0["spec"]["replicas"].int ?? 0) == 0 && ($0["status"]["replicas"].int ?? 0) == 0 }
            .sorted { (Int($0["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string ?? "0") ?? 0) < (Int($1["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string ?? "0") ?? 0) }
        guard olds.count > limit else { return }
        for rs in olds.prefix(olds.count - limit) {
            let key = ObjectKey(namespace: rs["metadata"]["namespace"].string ?? "", name: rs["metadata"]["name"].string ?? "")
            deleteObject(.replicaSets, key, rs, propagation: .background)
        }
    }

    /// Recomputes Deployment status: replica counts, revision annotation, Available and Progressing conditions.
    mutating func updateDeploymentStatus(_ key: ObjectKey, newRS: JSONValue?) {
        guard var deployment = stored(.deployments, key) else { return }
        let uid = deployment["metadata"]["uid"].string ?? ""
        let owned = indexes.replicaSets(ownedBy: uid).compactMap { stored(.replicaSets, $0) }
        let replicas = deployment["spec"]["replicas"].int ?? 1
        let total = owned.reduce(0) { $0 + ($1["status"]["replicas"].int ?? 0) }
        let ready = owned.reduce(0) { $0 + ($1["status"]["readyReplicas"].int ?? 0) }
        let available = owned.reduce(0) { $0 + ($1["status"]["availableReplicas"].int ?? 0) }
        let updated = newRS?["status"]["replicas"].int ?? 0
        let strategy = deployment["spec"]["strategy"]
        let unavailableAllowed =
            strategy["type"].string == "Recreate" ? 0 : Cluster.resolve(strategy["rollingUpdate"]["maxUnavailable"], total: replicas, roundUp: false)
        var status: [String: JSONValue] = ["observedGeneration": deployment["metadata"]["generation"], "replicas": .int(total)]
        if updated > 0 { status["updatedReplicas"] = .int(updated) }
        if ready > 0 { status["readyReplicas"] = .int(ready) }
        if available > 0 { status["availableReplicas"] = .int(available) }
        if total - available > 0 { status["unavailableReplicas"] = .int(total - available) }
        if total == 0 && replicas > 0 { status["unavailableReplicas"] = .int(replicas) }
        if let collision = deployment["status"]["collisionCount"].int { status["collisionCount"] = .int(collision) }
        // `GetTerminatingReplicaCountForReplicaSets` (`DeploymentReplicaSetTerminatingReplicas`, on in v1.35): the sum
        // over the ReplicaSets, unknown while one has not reported its count yet.
        let terminating = owned.map { $0["status"]["terminatingReplicas"].int }
        if !terminating.contains(nil) { status["terminatingReplicas"] = .int(terminating.reduce(0) { $0 + ($1 ?? 0) }) }
        let old = deployment["status"]["conditions"].array ?? []
        func condition(_ type: String, _ value: Bool, _ reason: String, _ message: String) -> JSONValue {
            let previous = old.first { $0["type"].string == type }
            let status = value ? "True" : "False"
            let sameStatus = previous?["status"].string == status
            let sameText = sameStatus && previous?["reason"].string == reason && previous?["message"].string == message
            return [
                "type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
                "lastTransitionTime": sameStatus ? previous!["lastTransitionTime"] : .string(now.rfc3339),
                "lastUpdateTime": sameText ? previous!["lastUpdateTime"] : .string(now.rfc3339),
            ]
        }
        let minimum = available >= replicas - unavailableAllowed
        let availableCondition =
            minimum
            ? condition("Available", true, "MinimumReplicasAvailable", "Deployment has minimum availability.")
            : condition("Available", false, "MinimumReplicasUnavailable", "Deployment does not have minimum availability.")
        var progressing: JSONValue? = old.first { $0["type"].string == "Progressing" }
        // `syncRolloutStatus`'s `isCompleteDeployment`: every replica is updated and the last rollout completed, so
        // this sync (a pod deleted and replaced, a scale) estimates no progress and the condition stays as it is.
        let isComplete = total == updated && progressing?["reason"].string == "NewReplicaSetAvailable"
        // A paused Deployment reports no progress: its condition stays as `checkPausedConditions` set it.
        if let rs = newRS, deployment["spec"]["paused"].bool != true, !isComplete {
            let rsName = rs["metadata"]["name"].string ?? ""
            let complete = updated == replicas && available >= replicas && total == replicas && (rs["status"]["availableReplicas"].int ?? 0) >= replicas
            if complete {
                progressing = condition("Progressing", true, "NewReplicaSetAvailable", "ReplicaSet \"\(rsName)\" has successfully progressed.")
            } else if progressing == nil {
                progressing = condition("Progressing", true, "NewReplicaSetCreated", "Created new replica set \"\(rsName)\"")
            } else if progressing?["message"].string?.containsBytes(of: "\"\(rsName)\"") != true || progressing?["reason"].string == "NewReplicaSetAvailable" {
                progressing = condition("Progressing", true, "ReplicaSetUpdated", "ReplicaSet \"\(rsName)\" is progressing.")
            } else if progressing?["reason"].string == "ReplicaSetUpdated" || progressing?["reason"].string == "NewReplicaSetCreated" {
                if deployment["status"] != .null, statusChanged(deployment["status"], status) {
                    progressing = condition("Progressing", true, "ReplicaSetUpdated", "ReplicaSet \"\(rsName)\" is progressing.")
                }
            }
        }
        var conditions = [availableCondition]
        if let progressing { conditions.append(progressing) }
        status["conditions"] = .array(conditions)
        var changed = false
        if deployment["status"] != .object(status) {
            deployment["status"] = .object(status)
            changed = true
        }
        if let rsRevision = newRS?["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string,
            deployment["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string != rsRevision
        {
            deployment["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = .string(rsRevision)
            changed = true
        }
        if changed { update(.deployments, deployment) }
    }

    private func statusChanged(_ old: JSONValue, _ new: [String: JSONValue]) -> Bool {
        for key in ["replicas", "updatedReplicas", "readyReplicas", "availableReplicas"] where old[key] != (new[key] ?? .null) { return true }
        return false
    }
}
