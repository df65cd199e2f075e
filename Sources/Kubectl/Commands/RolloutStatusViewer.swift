import ClusterModel

/// `rollout status`'s line for one object and whether its rollout is done (kubectl's `StatusViewer`s in
/// `pkg/polymorphichelpers/rollout_status.go`).
enum RolloutStatusViewer {
    /// The status line of `object` (a kind ``RolloutKind/forStatus(_:)`` accepted) and whether the rollout is complete.
    /// `revision` (> 0) pins the Deployment revision to watch.
    static func status(_ object: JSONValue, kind: RolloutKind, revision: Int) throws(KubectlError) -> (String, Bool) {
        switch kind {
        case .deployment: return try deployment(object, revision: revision)
        case .daemonSet: return try daemonSet(object)
        case .statefulSet: return try statefulSet(object)
        }
    }

    /// `StatefulSetStatusViewer.Status`: with a partition (every RollingUpdate has one once defaulted), the
    /// partitioned roll out's lines; otherwise the revisions'.
    static func statefulSet(_ set: JSONValue) throws(KubectlError) -> (String, Bool) {
        let spec = set["spec"]
        let status = set["status"]
        guard spec["updateStrategy"]["type"].string == "RollingUpdate" else {
            throw .plain("rollout status is only available for RollingUpdate strategy type")
        }
        let observed = status["observedGeneration"].int ?? 0
        if observed == 0 || (set["metadata"]["generation"].int ?? 0) > observed { return ("Waiting for statefulset spec update to be observed...\n", false) }
        let replicas = spec["replicas"].int
        let ready = status["readyReplicas"].int ?? 0
        if let replicas, ready < replicas { return ("Waiting for \(replicas - ready) pods to be ready...\n", false) }
        let updated = status["updatedReplicas"].int ?? 0
        if !spec["updateStrategy"]["rollingUpdate"].isNull {
            if let replicas, let partition = spec["updateStrategy"]["rollingUpdate"]["partition"].int, updated < replicas - partition {
                return ("Waiting for partitioned roll out to finish: \(updated) out of \(replicas - partition) new pods have been updated...\n", false)
            }
            return ("partitioned roll out complete: \(updated) new pods have been updated...\n", true)
        }
        let updateRevision = status["updateRevision"].string ?? ""
        if updateRevision != (status["currentRevision"].string ?? "") {
            return ("waiting for statefulset rolling update to complete \(updated) pods at revision \(updateRevision)...\n", false)
        }
        return ("statefulset rolling update complete \(status["currentReplicas"].int ?? 0) pods at revision \(status["currentRevision"].string ?? "")...\n", true)
    }

    /// `DeploymentStatusViewer.Status`.
    static func deployment(_ deployment: JSONValue, revision: Int) throws(KubectlError) -> (String, Bool) {
        let name = deployment["metadata"]["name"].string ?? ""
        if revision > 0 {
            // `deploymentutil.Revision`: the annotation parsed as an integer (a missing one counts as 0).
            let text = deployment["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string ?? "0"
            guard let current = Int(text) else {
                throw .plain("cannot get the revision of deployment \(GoQuote.quoted(name)): strconv.ParseInt: parsing \(GoQuote.quoted(text)): invalid syntax")
            }
            if current != revision {
                throw .plain("desired revision (\(revision)) is different from the running revision (\(current))")
            }
        }
        let generation = deployment["metadata"]["generation"].int ?? 0
        let status = deployment["status"]
        guard generation <= status["observedGeneration"].int ?? 0 else {
            return ("Waiting for deployment spec update to be observed...\n", false)
        }
        if let conditions = status["conditions"].array,
            conditions.contains(where: { $0["type"].string == "Progressing" && $0["reason"].string == "ProgressDeadlineExceeded" })
        {
            throw .plain("deployment \(GoQuote.quoted(name)) exceeded its progress deadline")
        }
        let desired = deployment["spec"]["replicas"].int ?? 1
        let updated = status["updatedReplicas"].int ?? 0
        let replicas = status["replicas"].int ?? 0
        let available = status["availableReplicas"].int ?? 0
        let quoted = GoQuote.quoted(name)
        if updated < desired {
            return ("Waiting for deployment \(quoted) rollout to finish: \(updated) out of \(desired) new replicas have been updated...\n", false)
        }
        if replicas > updated {
            return ("Waiting for deployment \(quoted) rollout to finish: \(replicas - updated) old replicas are pending termination...\n", false)
        }
        if available < updated {
            return ("Waiting for deployment \(quoted) rollout to finish: \(available) of \(updated) updated replicas are available...\n", false)
        }
        return ("deployment \(quoted) successfully rolled out\n", true)
    }

    /// `DaemonSetStatusViewer.Status` (which ignores `--revision`).
    static func daemonSet(_ daemonSet: JSONValue) throws(KubectlError) -> (String, Bool) {
        let name = GoQuote.quoted(daemonSet["metadata"]["name"].string ?? "")
        if daemonSet["spec"]["updateStrategy"]["type"].string != "RollingUpdate" {
            // kubectl names the StatefulSet constant here; both are "RollingUpdate".
            throw .plain("rollout status is only available for RollingUpdate strategy type")
        }
        let status = daemonSet["status"]
        guard daemonSet["metadata"]["generation"].int ?? 0 <= status["observedGeneration"].int ?? 0 else {
            return ("Waiting for daemon set spec update to be observed...\n", false)
        }
        let desired = status["desiredNumberScheduled"].int ?? 0
        let updated = status["updatedNumberScheduled"].int ?? 0
        let available = status["numberAvailable"].int ?? 0
        if updated < desired {
            return ("Waiting for daemon set \(name) rollout to finish: \(updated) out of \(desired) new pods have been updated...\n", false)
        }
        if available < desired {
            return ("Waiting for daemon set \(name) rollout to finish: \(available) of \(desired) updated pods are available...\n", false)
        }
        return ("daemon set \(name) successfully rolled out\n", true)
    }
}
