/// The disruption controller (`pkg/controller/disruption`): a PodDisruptionBudget's expected, desired and current
/// healthy pods and how many disruptions it allows now.
extension Cluster {
    /// One budget sync (`trySync`): the pods its selector picks (not finished), the expected count (the pods
    /// themselves for an integer `minAvailable`, else their controllers' scale), the desired and current healthy
    /// counts and `disruptionsAllowed`.
    mutating func syncDisruptionBudget(_ key: ObjectKey) {
        guard var budget = stored(.podDisruptionBudgets, key) else { return }
        let spec = budget["spec"]
        let selector = LabelSelector(json: spec["selector"])
        let pods = storedPods.filter { $0.key.namespace == key.namespace }.map(\.value.value)
            .filter { !$0.isTerminal && (spec["selector"].isNull ? false : selector.matches($0.meta.labels)) }
        let minAvailable = spec["minAvailable"]
        var expected = pods.count
        if !(minAvailable.int != nil) {
            // `getExpectedPodCount`: the scale of each controller, counted once.
            var scales: [String: Int] = [:]
            for pod in pods {
                guard let owner = pod.meta.ownerReferences.first(where: { $0["controller"].bool == true }) else { continue }
                let uid = owner["uid"].string ?? ""
                if scales[uid] != nil { continue }
                let ownerType: ResourceType? =
                    owner["kind"] == "ReplicaSet" ? .replicaSets : owner["kind"] == "Deployment" ? .deployments : nil
                if let ownerType, let object = stored(ownerType, ObjectKey(namespace: key.namespace, name: owner["name"].string ?? "")) {
                    // A ReplicaSet of a Deployment counts as its Deployment.
                    if ownerType == .replicaSets, let deployment = (object["metadata"]["ownerReferences"].array ?? []).first(where: { $0["kind"] == "Deployment" }),
                        let parent = stored(.deployments, ObjectKey(namespace: key.namespace, name: deployment["name"].string ?? ""))
                    {
                        scales[deployment["uid"].string ?? uid] = parent["spec"]["replicas"].int ?? 1
                        scales[uid] = 0
                    } else {
                        scales[uid] = object["spec"]["replicas"].int ?? 1
                    }
                }
            }
            expected = scales.values.reduce(0, +)
        }
        let desired: Int
        if let count = minAvailable.int {
            desired = count
        } else if !minAvailable.isNull {
            desired = Cluster.resolve(minAvailable, total: expected, roundUp: true)
        } else if !spec["maxUnavailable"].isNull {
            desired = max(0, expected - Cluster.resolve(spec["maxUnavailable"], total: expected, roundUp: true))
        } else {
            desired = 0
        }
        let healthy = pods.filter { $0.ready && !$0.isTerminating }.count
        let allowed = max(0, healthy - desired)
        var status = budget["status"]
        let old = status
        status["currentHealthy"] = .int(healthy)
        status["desiredHealthy"] = .int(desired)
        status["expectedPods"] = .int(expected)
        status["disruptionsAllowed"] = .int(allowed)
        status["observedGeneration"] = budget["metadata"]["generation"]
        // Disrupted pods that are gone (or no longer terminating soon) leave the record.
        if var disrupted = status["disruptedPods"].object {
            disrupted = disrupted.filter { entry in pods.contains { $0.meta.name == entry.key && !$0.isTerminating } }
            status["disruptedPods"] = disrupted.isEmpty ? .null : .object(disrupted)
        }
        let sufficient = allowed > 0
        let previous = (old["conditions"].array ?? []).first { $0["type"] == "DisruptionAllowed" }
        let changed = previous?["status"].string != (sufficient ? "True" : "False")
        status["conditions"] = [
            [
                "lastTransitionTime": changed ? .string(now.rfc3339) : (previous?["lastTransitionTime"] ?? .string(now.rfc3339)), "message": "",
                "observedGeneration": budget["metadata"]["generation"], "reason": sufficient ? "SufficientPods" : "InsufficientPods",
                "status": sufficient ? "True" : "False", "type": "DisruptionAllowed",
            ]
        ]
        guard status != old else { return }
        budget["status"] = status
        updateStatus(.podDisruptionBudgets, budget)
    }

    /// Runs the controller's queued budgets.
    mutating func runDisruptionController() -> Bool {
        guard let work = disruptionController.takeWork() else { return false }
        for key in work { syncDisruptionBudget(key) }
        return true
    }
}
