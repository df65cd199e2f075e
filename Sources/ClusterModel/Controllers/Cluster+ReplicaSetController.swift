/// The ReplicaSet controller: creates and deletes pods to match `spec.replicas`, and reports status.
extension Cluster {
    /// Brings one ReplicaSet's pods to the desired count and updates its status.
    mutating func syncReplicaSet(_ key: ObjectKey) {
        guard var rs = objects[.replicaSets]?[key] else { return }
        let uid = rs["metadata"]["uid"].string ?? ""
        let desired = rs["spec"]["replicas"].int ?? 1
        let activeCount = controllers.ownerCounts[uid]?.active ?? 0
        if activeCount < desired {
            for _ in 0..<(desired - activeCount) { _ = createPod(for: rs) }
        } else if activeCount > desired {
            let active = (controllers.podsByOwner[uid] ?? []).compactMap { pods[$0] }.filter(\.isActive)
            let ranked = active.sorted(by: Cluster.deletesFirst)
            for pod in ranked.prefix(active.count - desired) { deletePod(pod.key, gracePeriod: nil) }
        }
        let counts = controllers.ownerCounts[uid] ?? .init()
        var status: [String: JSONValue] = [
            "replicas": .int(counts.active),
            "fullyLabeledReplicas": .int(counts.active),
            "observedGeneration": rs["metadata"]["generation"],
        ]
        if counts.ready > 0 {
            status["readyReplicas"] = .int(counts.ready)
            status["availableReplicas"] = .int(counts.ready)
        }
        if counts.terminating > 0 { status["terminatingReplicas"] = .int(counts.terminating) }
        if rs["status"] != .object(status) {
            rs["status"] = .object(status)
            putJSON(.replicaSets, rs, .modified)
            if let owner = Cluster.controllerUID(rs), let deployment = deploymentKey(uid: owner, namespace: key.namespace) {
                controllers.dirtyDeployments.insert(deployment)
            }
        }
    }

    /// The Deployment with `uid` in `namespace`.
    func deploymentKey(uid: String, namespace: String) -> ObjectKey? {
        controllers.deploymentKeysByUID[uid]
    }

    /// The real controller's deletion ranking: unscheduled < scheduled, Pending < Unknown < Running, not ready <
    /// ready, ready more recently first, more restarts first, newer first.
    static func deletesFirst(_ a: PodRecord, _ b: PodRecord) -> Bool {
        if (a.nodeName == nil) != (b.nodeName == nil) { return a.nodeName == nil }
        func phaseRank(_ phase: String) -> Int { phase == "Pending" ? 0 : phase == "Unknown" ? 1 : 2 }
        if phaseRank(a.phase) != phaseRank(b.phase) { return phaseRank(a.phase) < phaseRank(b.phase) }
        if a.ready != b.ready { return !a.ready }
        if a.ready, b.ready, let ta = a.readyChangedAt, let tb = b.readyChangedAt, ta != tb { return ta > tb }
        let ra = a.containers.reduce(0) { $0 + $1.restartCount }
        let rb = b.containers.reduce(0) { $0 + $1.restartCount }
        if ra != rb { return ra > rb }
        if a.meta.creationTimestamp != b.meta.creationTimestamp { return a.meta.creationTimestamp > b.meta.creationTimestamp }
        return a.meta.name > b.meta.name
    }

    /// Creates one pod from a ReplicaSet's template (`generateName: <rs>-`, owner reference to the RS).
    mutating func createPod(for rs: JSONValue) -> PodRecord {
        let rsUID = rs["metadata"]["uid"].string ?? ""
        let rsName = rs["metadata"]["name"].string ?? ""
        let namespace = rs["metadata"]["namespace"].string ?? "default"
        let template = rs["spec"]["template"]
        let spec: JSONValue
        if let cached = controllers.podSpecOfReplicaSet[rsUID] {
            spec = cached
        } else {
            spec = Defaults.podOwnSpec(template["spec"])
            controllers.podSpecOfReplicaSet[rsUID] = spec
        }
        let base = String((rsName + "-").prefix(58))
        var name = base + random.nameSuffix()
        while pods[ObjectKey(namespace: namespace, name: name)] != nil { name = base + random.nameSuffix() }
        let uid = random.uuid()
        var extra = template["metadata"].object ?? [:]
        for known in ["labels", "annotations", "name", "namespace", "creationTimestamp", "generateName"] { extra[known] = nil }
        let meta = ObjectMeta(
            name: name, namespace: namespace, uid: uid, generation: 1, creationTimestamp: now, generateName: base,
            labels: template["metadata"]["labels"].stringMap, annotations: template["metadata"]["annotations"].stringMap,
            ownerReferences: [
                [
                    "apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "ReplicaSet", "name": .string(rsName),
                    "uid": .string(rsUID),
                ]
            ], extra: extra)
        let containers = (spec["containers"].array ?? []).map { ContainerRecord(name: $0["name"].string ?? "", image: $0["image"].string ?? "") }
        var pod = PodRecord(meta: meta, spec: spec, tokenVolume: "kube-api-access-" + random.nameSuffix(), containers: containers)
        pod.qosClass = Cluster.qosClass(spec)
        putPod(pod, .added)
        queue.schedule(.schedule(pod.key, uid: uid), at: now)
        return pods[pod.key] ?? pod
    }
}
