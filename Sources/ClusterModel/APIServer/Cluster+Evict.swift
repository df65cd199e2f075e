/// The `pods/eviction` sub-resource: a graceful delete that disruption budgets may refuse.
extension Cluster {
    /// `POST …/pods/NAME/eviction` with a policy/v1 `Eviction` body (`metadata.name`, optional `deleteOptions` with
    /// `gracePeriodSeconds` and `dryRun`). Deletes the pod as `DELETE` would (gracefully, with the pod's grace period
    /// unless the options give one) and answers a `Status` of `Success`; with `dryRun: ["All"]` nothing changes.
    ///
    /// kubernetes `pkg/registry/core/pod/storage/eviction.go` (`EvictionREST.Create`): the name in the URL must match
    /// the body's; pods that are Pending, Succeeded, Failed or already being deleted are deleted without consulting
    /// disruption budgets (`canIgnorePDB`). The simulated cluster has no PodDisruptionBudgets yet, so every eviction
    /// of an existing pod succeeds.
    public mutating func evict(namespace: String, name: String, eviction: JSONValue) throws(APIError) -> JSONValue {
        if let bodyName = eviction["metadata"]["name"].string, bodyName != name {
            throw .badRequest("name in URL does not match name in Eviction object")
        }
        let key = ObjectKey(namespace: namespace, name: name)
        guard exists(.pods, key) else { throw .notFound(.pods, name: name) }
        let options = eviction["deleteOptions"]
        let dryRun = options["dryRun"].array?.contains(.string("All")) ?? false
        if !dryRun {
            let grace = options["gracePeriodSeconds"].int
            _ = try delete(.pods, namespace: namespace, name: name, options: DeleteOptions(gracePeriodSeconds: grace))
        }
        return ["apiVersion": "v1", "kind": "Status", "metadata": .emptyObject, "status": "Success"]
    }
}
