import ClusterModel

/// `DeploymentDescriber`.
enum DeploymentDescriber {
    static func describe(_ deployment: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = deployment["spec"], status = deployment["status"]
        w.write(0, "Name:\t\(deployment.objectName)\n")
        w.write(0, "Namespace:\t\(deployment.objectNamespace)\n")
        w.write(0, "CreationTimestamp:\t\(DescribeSections.rfc1123(deployment["metadata"]["creationTimestamp"]))\n")
        DescribeSections.labels(&w, "Labels", deployment["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", deployment["metadata"]["annotations"].stringMap)
        w.write(0, "Selector:\t\(LabelFormatting.selectorString(spec["selector"]) ?? "<invalid>")\n")
        var replicas = "\(spec["replicas"].int ?? 1) desired | \(status.number("updatedReplicas")) updated | \(status.number("replicas")) total | \(status.number("availableReplicas")) available | \(status.number("unavailableReplicas")) unavailable"
        if let terminating = status["terminatingReplicas"].int { replicas += " | \(terminating) terminating" }
        w.write(0, "Replicas:\t\(replicas)\n")
        w.write(0, "StrategyType:\t\(spec.text("strategy.type"))\n")
        w.write(0, "MinReadySeconds:\t\(spec.number("minReadySeconds"))\n")
        let rolling = spec["strategy"]["rollingUpdate"]
        if !rolling.isNull {
            w.write(0, "RollingUpdateStrategy:\t\(intOrString(rolling["maxUnavailable"])) max unavailable, \(intOrString(rolling["maxSurge"])) max surge\n")
        }
        DescribeSections.podTemplate(&w, spec["template"])
        let conditions = status.list("conditions")
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\tReason\n")
            w.write(1, "----\t------\t------\n")
            for condition in conditions { w.write(1, "\(condition.text("type")) \t\(condition.text("status"))\t\(condition.text("reason"))\n") }
        }
        let owned = related.list(kind: "ReplicaSet", namespace: deployment.objectNamespace, labelSelector: nil).filter { replicaSet in
            replicaSet.list("metadata.ownerReferences").contains {
                $0["controller"].bool == true && $0.text("kind") == "Deployment" && $0.text("name") == deployment.objectName
                    && (deployment.text("metadata.uid").isEmpty || $0.text("uid") == deployment.text("metadata.uid"))
            }
        }
        let deploymentRevision = deployment["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string
        let templateHash = spec["template"]["metadata"]["labels"]["pod-template-hash"].string
        // The new ReplicaSet is the one whose template matches the Deployment's (same pod-template-hash label
        // when the Deployment's template carries none, the one with the Deployment's revision).
        var newRS: JSONValue? = nil
        if let templateHash { newRS = owned.first { $0["metadata"]["labels"]["pod-template-hash"].string == templateHash } }
        if newRS == nil, let deploymentRevision {
            newRS = owned.first { $0["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string == deploymentRevision }
        }
        if newRS == nil && owned.count == 1 { newRS = owned.first }
        let old = owned.filter { $0.objectName != newRS?.objectName && ($0["spec"]["replicas"].int ?? 1) != 0 }
        w.write(0, "OldReplicaSets:\t\(replicaSetList(old))\n")
        w.write(0, "NewReplicaSet:\t\(replicaSetList(newRS.map { [$0] } ?? []))\n")
        DescribeSections.events(&w, related.events(for: deployment), now: now)
    }

    /// `printReplicaSetsByLabels`: `name (current/desired replicas created)`, comma-joined, `<none>` if none.
    static func replicaSetList(_ replicaSets: [JSONValue]) -> String {
        if replicaSets.isEmpty { return "<none>" }
        return replicaSets.map { "\($0.objectName) (\($0.number("status.replicas"))/\($0["spec"]["replicas"].int ?? 1) replicas created)" }
            .joined(separator: ", ")
    }

    static func intOrString(_ value: JSONValue) -> String { value.string ?? String(value.int ?? 0) }
}
