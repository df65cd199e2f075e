/// The ReplicaSet controller: creates and deletes pods to match `spec.replicas`, and reports status.
extension Cluster {
    /// Brings one ReplicaSet's pods to the desired count and updates its status.
    mutating func syncReplicaSet(_ key: ObjectKey) {
        guard var rs = stored(.replicaSets, key) else { return }
        let uid = rs["metadata"]["uid"].string ?? ""
        let desired = rs["spec"]["replicas"].int ?? 1
        let ownerKey = OwnerKey(uid)
        releaseRelabeledPods(of: rs, owner: ownerKey)
        let activeCount = replicaSetController.podsByOwner[ownerKey]?.counts.active ?? 0
        // A ReplicaSet being deleted only reports status (`rsNeedsSync && rs.DeletionTimestamp == nil`).
        let deleting = !rs["metadata"]["deletionTimestamp"].isNull
        if deleting {
        } else if activeCount < desired {
            let template = podTemplate(for: rs)
            let created = (0..<(desired - activeCount)).map { _ in createPod(from: template) }
            emitCorrelatedEvents(
                about: involved(.replicaSets, rs), namespace: key.namespace, objectName: key.name, reason: "SuccessfulCreate",
                messagePrefix: "Created pod: ", subjects: created, component: "replicaset-controller")
        } else if activeCount > desired {
            let active = indexes.pods(ownedBy: ownerKey).compactMap { storedPod($0)?.value }.filter(\.isActive)
            let ranked = active.sorted(by: Cluster.deletesFirst)
            let deleted = ranked.prefix(active.count - desired).map { pod in
                deletePod(pod.key, gracePeriod: nil)
                return pod.meta.name
            }
            emitCorrelatedEvents(
                about: involved(.replicaSets, rs), namespace: key.namespace, objectName: key.name, reason: "SuccessfulDelete",
                messagePrefix: "Deleted pod: ", subjects: deleted, component: "replicaset-controller")
        }
        let counts = replicaSetController.podsByOwner[ownerKey]?.counts ?? .init()
        var status: [String: JSONValue] = [
            "replicas": .int(counts.active),
            "fullyLabeledReplicas": .int(counts.active),
            "observedGeneration": rs["metadata"]["generation"],
        ]
        if counts.ready > 0 {
            status["readyReplicas"] = .int(counts.ready)
            status["availableReplicas"] = .int(counts.ready)
        }
        // `DeploymentReplicaSetTerminatingReplicas` is beta and on in v1.35: the count is always reported.
        status["terminatingReplicas"] = .int(counts.terminating)
        if rs["status"] != .object(status) {
            rs["status"] = .object(status)
            updateStatus(.replicaSets, rs)
        }
    }

    /// `ClaimPods`: an owned pod whose labels no longer match the selector is released (its controller reference
    /// removed), so the ReplicaSet stops counting it and makes a replacement.
    mutating func releaseRelabeledPods(of rs: JSONValue, owner: OwnerKey) {
        guard let keys = replicaSetController.relabeled.removeValue(forKey: owner) else { return }
        let selector = LabelSelector(json: rs["spec"]["selector"])
        for key in keys.sorted() {
            guard var pod = storedPod(key)?.value, pod.meta.controllerKey == owner, !selector.matches(pod.meta.labels) else { continue }
            pod.meta.ownerReferences = []
            updatePod(pod)
        }
    }

    /// The real controller's deletion ranking: unscheduled < scheduled, Pending < Unknown < Running, not ready <
    /// ready, ready more recently first, more restarts first, newer first.
    static func deletesFirst(_ a: PodRecord, _ b: PodRecord) -> Bool {
        if (a.nodeName == nil) != (b.nodeName == nil) { return a.nodeName == nil }
        func phaseRank(_ phase: PodPhase) -> Int { phase == .pending ? 0 : phase == .unknown ? 1 : 2 }
        if phaseRank(a.phase) != phaseRank(b.phase) { return phaseRank(a.phase) < phaseRank(b.phase) }
        if a.ready != b.ready { return !a.ready }
        if a.ready, b.ready, let ta = a.readyChangedAt, let tb = b.readyChangedAt, ta != tb { return ta > tb }
        let ra = a.containers.reduce(0) { $0 + $1.restartCount }
        let rb = b.containers.reduce(0) { $0 + $1.restartCount }
        if ra != rb { return ra > rb }
        if a.meta.creationTimestamp != b.meta.creationTimestamp { return a.meta.creationTimestamp > b.meta.creationTimestamp }
        return a.meta.name > b.meta.name
    }

    /// The shared parts of the pods of `rs` (cached per ReplicaSet uid; the defaulted spec is cached for the
    /// ReplicaSet's lifetime, the rest until the ReplicaSet is updated).
    mutating func podTemplate(for rs: JSONValue) -> PodTemplate {
        let rsUID = rs["metadata"]["uid"].string ?? ""
        if let cached = replicaSetController.podTemplates[rsUID] { return cached }
        let spec: JSONValue
        if let cached = replicaSetController.podSpecs[rsUID] {
            spec = cached
        } else {
            spec = Defaults.podOwnSpec(rs["spec"]["template"]["spec"])
            replicaSetController.podSpecs[rsUID] = spec
        }
        let template = PodTemplate(replicaSet: rs, spec: spec)
        replicaSetController.podTemplates[rsUID] = template
        return template
    }

    /// Creates one pod from a ReplicaSet's template (`generateName: <rs>-`, owner reference to the RS); returns its name.
    mutating func createPod(from template: PodTemplate) -> String {
        let now = now
        return createPod(generateName: template.generateName, namespace: template.namespace) { name, uid, tokenVolumeSuffix in
            let meta = ObjectMeta(
                name: name, namespace: template.namespace, uid: uid, generation: 1, creationTimestamp: now, generateName: template.generateName,
                labels: template.labels, annotations: template.annotations, ownerReferences: template.ownerReferences,
                controller: template.owner, extra: template.extra)
            return PodRecord(meta: meta, constants: template.podConstants, tokenVolumeSuffix: tokenVolumeSuffix, containers: template.containers)
        }
    }
}
