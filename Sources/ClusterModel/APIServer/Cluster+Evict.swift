/// The `pods/eviction` sub-resource: a graceful delete that disruption budgets may refuse.
extension Cluster {
    /// `POST …/pods/NAME/eviction` with a policy/v1 `Eviction` body (`metadata.name`, optional `deleteOptions` with
    /// `gracePeriodSeconds` and `dryRun`). Deletes the pod as `DELETE` would (gracefully, with the pod's grace period
    /// unless the options give one) and answers a `Status` of `Success`; with `dryRun: ["All"]` nothing changes.
    ///
    /// kubernetes `pkg/registry/core/pod/storage/eviction.go` (`EvictionREST.Create`): the name in the URL must match
    /// the body's; pods that are Pending, Succeeded, Failed or already being deleted are deleted without consulting
    /// disruption budgets (`canIgnorePDB`). Otherwise the pod's one budget must allow a disruption: then it allows
    /// one fewer until the disruption controller counts again (`disruptedPods`); if not, the answer is 429
    /// TooManyRequests; a pod with several budgets cannot be evicted (500).
    public mutating func evict(namespace: String, name: String, eviction: JSONValue) throws(APIError) -> JSONValue {
        if let bodyName = eviction["metadata"]["name"].string, bodyName != name {
            throw .badRequest("name in URL does not match name in Eviction object")
        }
        let key = ObjectKey(namespace: namespace, name: name)
        guard exists(.pods, key) else { throw .notFound(.pods, name: name) }
        let options = eviction["deleteOptions"]
        let dryRun = options["dryRun"].array?.contains(.string("All")) ?? false
        if let pod = storedPod(key)?.value, pod.phase == .running, pod.meta.deletionTimestamp == nil {
            let budgets = list(.podDisruptionBudgets, namespace: namespace).filter { budget in
                !budget["spec"]["selector"].isNull && LabelSelector(json: budget["spec"]["selector"]).matches(pod.meta.labels)
            }
            if budgets.count > 1 {
                throw APIError(
                    reason: .internalError, code: 500,
                    message: "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.", kind: "pods",
                    name: name)
            }
            if var budget = budgets.first {
                let allowed = budget["status"]["disruptionsAllowed"].int ?? 0
                guard allowed > 0 else {
                    let budgetName = budget["metadata"]["name"].string ?? ""
                    throw APIError(
                        reason: .tooManyRequests, code: 429, message: "Cannot evict pod as it would violate the pod's disruption budget.",
                        kind: "pods", name: name,
                        causes: [
                            APIError.Cause(
                                field: "", type: "DisruptionBudget",
                                message: "The disruption budget \(budgetName) needs \(budget["status"]["desiredHealthy"].int ?? 0) healthy pods and has \(budget["status"]["currentHealthy"].int ?? 0) currently")
                        ])
                }
                if !dryRun {
                    // `checkAndDecrement`: one disruption fewer, the pod recorded until the controller sees it go.
                    budget["status"]["disruptionsAllowed"] = .int(allowed - 1)
                    budget["status"]["disruptedPods"][name] = .string(now.rfc3339)
                    putJSON(.podDisruptionBudgets, budget, .modified)
                }
            }
        }
        if !dryRun {
            let grace = options["gracePeriodSeconds"].int
            _ = try delete(.pods, namespace: namespace, name: name, options: DeleteOptions(gracePeriodSeconds: grace))
        }
        return ["apiVersion": "v1", "kind": "Status", "metadata": .emptyObject, "status": "Success"]
    }
}
