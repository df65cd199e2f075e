import ClusterModel

/// The revisions of a Deployment as `kubectl rollout` finds them: its ReplicaSets by their
/// `deployment.kubernetes.io/revision` annotation (kubectl `polymorphichelpers.deploymentRevision`).
enum RolloutRevisions {
    /// Annotations a rollback keeps from the Deployment instead of copying them from the ReplicaSet
    /// (`annotationsToSkip` in kubectl's rollback.go).
    static let keptAnnotations: Set<String> = [
        "kubectl.kubernetes.io/last-applied-configuration", "deployment.kubernetes.io/revision",
        "deployment.kubernetes.io/revision-history", "deployment.kubernetes.io/desired-replicas",
        "deployment.kubernetes.io/max-replicas", "deprecated.deployment.rollback.to",
    ]

    /// `deploymentutil.GetAllReplicaSets`: the ReplicaSets matching the Deployment's selector that name it as their
    /// controller, in list order.
    static func replicaSets(of deployment: JSONValue, in cluster: some ClusterClient) -> [JSONValue] {
        let uid = deployment["metadata"]["uid"].string
        let selector = LabelSelector(json: deployment["spec"]["selector"])
        return cluster.list(.replicaSets, namespace: deployment["metadata"]["namespace"].string, selector: selector).filter { replicaSet in
            replicaSet["metadata"]["ownerReferences"].array?.contains(where: { $0["uid"].string == uid && $0["controller"].bool == true }) == true
        }
    }

    /// The ReplicaSet of `revision` (0: the one before the newest) among those `deployment` controls.
    static func replicaSet(for deployment: JSONValue, revision: Int, in cluster: some ClusterClient) throws(KubectlError) -> JSONValue {
        if revision < 0 { throw .plain("unable to find specified revision \(revision) in history") }
        var newest: (Int, JSONValue)?
        var previous: (Int, JSONValue)?
        for replicaSet in replicaSets(of: deployment, in: cluster) {
            guard let number = Int(replicaSet["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string ?? "0") else { continue }
            if revision > 0 {
                if number == revision { return replicaSet }
                continue
            }
            if newest.map({ $0.0 < number }) ?? true {
                previous = newest
                newest = (number, replicaSet)
            } else if previous.map({ $0.0 < number }) ?? true {
                previous = (number, replicaSet)
            }
        }
        if revision > 0 { throw .plain("unable to find specified revision \(revision) in history") }
        guard let previous else {
            throw .plain("no rollout history found for deployment \(GoQuote.quoted(deployment["metadata"]["name"].string ?? ""))")
        }
        return previous.1
    }

    /// The Deployment's annotations after restoring `replicaSet`: the kept ones from the Deployment, the rest from
    /// the ReplicaSet.
    static func annotations(restoring replicaSet: JSONValue, into deployment: JSONValue) -> JSONValue {
        var result: [String: JSONValue] = [:]
        for (key, value) in deployment["metadata"]["annotations"].object ?? [:] where keptAnnotations.contains(key) { result[key] = value }
        for (key, value) in replicaSet["metadata"]["annotations"].object ?? [:] where !keptAnnotations.contains(key) { result[key] = value }
        return .object(result)
    }
}
