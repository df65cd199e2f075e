/// The StatefulSet controller (`pkg/controller/statefulset`): pods with stable names `<set>-<ordinal>`, created in
/// ordinal order and removed in reverse, each waiting for its predecessors to be Running and Ready (`OrderedReady`)
/// or all at once (`Parallel`); the template's history as ControllerRevisions; rolling updates from the highest
/// ordinal down to the partition, `maxUnavailable` at a time; and status.
extension Cluster {
    /// One StatefulSet sync (`UpdateStatefulSet`: revisions, `updateStatefulSet`, status, history).
    mutating func syncStatefulSet(_ key: ObjectKey) {
        guard let set = stored(.statefulSets, key) else { return }
        let uid = set["metadata"]["uid"].string ?? ""
        let setName = key.name
        let revisions = statefulSetRevisions(set)
        let (current, update, collisionCount) = currentAndUpdateRevision(set, revisions: revisions)
        let currentTemplate = current["data"]["spec"]["template"].removingPatchDirective
        let updateTemplate = update["data"]["spec"]["template"].removingPatchDirective
        let currentName = current["metadata"]["name"].string ?? ""
        let updateName = update["metadata"]["name"].string ?? ""
        let minReady = max(0, set["spec"]["minReadySeconds"].int ?? 0)
        if set["metadata"]["deletionTimestamp"].isNull {
            var pods = ownedStatefulPods(uid, setName: setName)
            let start = StatefulSetPods.startOrdinal(set)
            let count = max(0, set["spec"]["replicas"].int ?? 1)
            let monotonic = set["spec"]["podManagementPolicy"].string != "Parallel"
            let involved = involved(.statefulSets, set)
            let strategy = set["spec"]["updateStrategy"]
            let partition = strategy["type"].string == "RollingUpdate" ? max(0, strategy["rollingUpdate"]["partition"].int ?? 0) : 0
            func event(_ verb: String, _ pod: String) {
                emitEvent(
                    about: involved, namespace: key.namespace, objectName: setName, reason: verb == "create" ? "SuccessfulCreate" : "SuccessfulDelete",
                    message: .text("\(verb) Pod \(pod) in StatefulSet \(setName) successful"), component: "statefulset-controller")
            }
            func delete(_ pod: PodRecord) {
                deletePod(pod.key, gracePeriod: nil)
                event("delete", pod.key.name)
            }
            var blocked = false
            // Every ordinal in [start, start + replicas), in order (`processReplica`).
            for ordinal in start..<(start + count) where !blocked {
                guard let pod = pods.first(where: { $0.ordinal == ordinal })?.pod else {
                    // `newVersionedStatefulSetPod`: ordinals below the partition stay at the current revision.
                    let atCurrent = strategy["type"].string == "RollingUpdate" && ordinal < start + partition
                    let created = StatefulSetPods.pod(
                        set, template: atCurrent ? currentTemplate : updateTemplate, ordinal: ordinal, revision: atCurrent ? currentName : updateName)
                    if createPod(created) != "" { event("create", created.name ?? "") }
                    if monotonic { blocked = true }
                    continue
                }
                if pod.isTerminal {
                    // Failed and Succeeded pods are deleted; the replacement comes once the old one is gone.
                    if !pod.isTerminating { delete(pod) }
                    blocked = true
                    continue
                }
                guard monotonic else { continue }
                if pod.isTerminating || !(pod.phase == .running && pod.ready) {
                    blocked = true
                } else if !statefulPodAvailable(pod, minReadySeconds: minReady) {
                    queue.schedule(.statefulSetSync(key), at: (pod.readyChangedAt ?? now).adding(seconds: Double(minReady)))
                    blocked = true
                }
            }
            // Pods beyond the range, highest ordinal first (`processCondemned`).
            let condemned = pods.filter { $0.ordinal < start || $0.ordinal >= start + count }.sorted { $0.ordinal > $1.ordinal }
            if !blocked {
                let firstUnavailable = condemned.last { !statefulPodAvailable($0.pod, minReadySeconds: minReady) }?.pod.key
                for entry in condemned where !blocked {
                    if entry.pod.isTerminating {
                        if monotonic { blocked = true }
                        continue
                    }
                    if monotonic, !statefulPodAvailable(entry.pod, minReadySeconds: minReady), entry.pod.key != firstUnavailable {
                        blocked = true
                        continue
                    }
                    delete(entry.pod)
                    if monotonic { blocked = true }
                }
            }
            // The rolling update (`updateStatefulSetAfterInvariantEstablished`): up to `maxUnavailable` old-revision
            // pods deleted from the highest ordinal down to the partition; their replacements come on later syncs.
            if !blocked, strategy["type"].string == "RollingUpdate" {
                pods = ownedStatefulPods(uid, setName: setName)
                let inRange = (start..<(start + count)).map { ordinal in pods.first { $0.ordinal == ordinal }?.pod }
                let maxUnavailable = max(1, Cluster.resolve(strategy["rollingUpdate"]["maxUnavailable"], total: count, roundUp: true))
                let unavailable = inRange.filter { $0 == nil || !statefulPodAvailable($0!, minReadySeconds: minReady) }.count
                if unavailable < maxUnavailable {
                    var budget = maxUnavailable - unavailable
                    for index in stride(from: inRange.count - 1, through: min(partition, inRange.count), by: -1) where budget > 0 {
                        guard let pod = inRange[index], pod.meta.labels["controller-revision-hash"] != updateName, !pod.isTerminating else { continue }
                        delete(pod)
                        budget -= 1
                    }
                }
            }
        }
        updateStatefulSetStatus(key, currentName: currentName, updateName: updateName, collisionCount: collisionCount, minReadySeconds: minReady)
        truncateStatefulSetHistory(set, revisions: statefulSetRevisions(set), live: [currentName, updateName])
    }

    /// The pods the StatefulSet controls whose names carry one of its ordinals, by ordinal.
    private func ownedStatefulPods(_ uid: String, setName: String) -> [(ordinal: Int, pod: PodRecord)] {
        indexes.pods(ownedBy: OwnerKey(uid)).sorted().compactMap { key in
            guard let pod = storedPod(key)?.value, let ordinal = StatefulSetPods.ordinal(of: key.name, in: setName) else { return nil }
            return (ordinal, pod)
        }
    }

    /// `isRunningAndAvailable`: Running, Ready, and Ready for at least `minReadySeconds`.
    private func statefulPodAvailable(_ pod: PodRecord, minReadySeconds: Int) -> Bool {
        guard pod.phase == .running, pod.ready, !pod.isTerminating else { return false }
        return minReadySeconds == 0 || (pod.readyChangedAt ?? now).adding(seconds: Double(minReadySeconds)) <= now
    }

    /// The StatefulSet's ControllerRevisions, oldest revision first (`SortControllerRevisions`).
    private func statefulSetRevisions(_ set: JSONValue) -> [JSONValue] {
        let namespace = set["metadata"]["namespace"].string ?? ""
        let uid = set["metadata"]["uid"].string ?? ""
        return names(.controllerRevisions, namespace: namespace)
            .compactMap { stored(.controllerRevisions, ObjectKey(namespace: namespace, name: $0)) }
            .filter { Cluster.controllerUID($0) == uid }
            .sorted { ($0["revision"].int ?? 0, $0["metadata"]["name"].string ?? "") < ($1["revision"].int ?? 0, $1["metadata"]["name"].string ?? "") }
    }

    /// `getStatefulSetRevisions`: the update revision is the newest revision when it holds the current template, an
    /// older equal one renumbered to the next revision (a rollback), or a new one; the current revision is the one
    /// the status names, or the update revision for a new StatefulSet. Also returns the collision count.
    private mutating func currentAndUpdateRevision(_ set: JSONValue, revisions: [JSONValue]) -> (JSONValue, JSONValue, Int) {
        let namespace = set["metadata"]["namespace"].string ?? ""
        let data = StatefulSetPods.revisionData(set)
        let next = (revisions.compactMap { $0["revision"].int }.max() ?? 0) + 1
        var collisionCount = set["status"]["collisionCount"].int ?? 0
        let updateRevision: JSONValue
        if let equal = revisions.last(where: { $0["data"] == data }) {
            if equal["metadata"]["name"] == revisions.last?["metadata"]["name"] {
                updateRevision = equal
            } else {
                var renumbered = equal
                renumbered["revision"] = .int(next)
                updateRevision = update(.controllerRevisions, renumbered)
            }
        } else {
            var name = (set["metadata"]["name"].string ?? "") + "-" + StatefulSetPods.revisionHash(data, collisionCount: collisionCount)
            while exists(.controllerRevisions, ObjectKey(namespace: namespace, name: name)) {
                // `CreateControllerRevision`: a name taken by different data bumps the collision count.
                collisionCount += 1
                name = (set["metadata"]["name"].string ?? "") + "-" + StatefulSetPods.revisionHash(data, collisionCount: collisionCount)
            }
            let hash = String(name.dropFirst((set["metadata"]["name"].string ?? "").count + 1))
            var labels = set["spec"]["template"]["metadata"]["labels"].stringMap
            labels["controller.kubernetes.io/hash"] = hash
            updateRevision = create(
                .controllerRevisions,
                [
                    "apiVersion": "apps/v1", "kind": "ControllerRevision",
                    "metadata": [
                        "name": .string(name), "namespace": .string(namespace), "labels": JSONValue(stringMap: labels),
                        "ownerReferences": [StatefulSetPods.ownerReference(set)],
                    ],
                    "data": data, "revision": .int(next),
                ])
        }
        let currentName = set["status"]["currentRevision"].string
        let current = revisions.first { $0["metadata"]["name"].string == currentName && currentName != nil } ?? updateRevision
        return (current, updateRevision, collisionCount)
    }

    /// `updateStatefulSetStatus` with `completeRollingUpdate`: the counts over the pods the controller owns; once
    /// every pod is updated and ready, the update revision becomes the current one.
    private mutating func updateStatefulSetStatus(_ key: ObjectKey, currentName: String, updateName: String, collisionCount: Int, minReadySeconds: Int) {
        guard var set = stored(.statefulSets, key) else { return }
        let pods = ownedStatefulPods(set["metadata"]["uid"].string ?? "", setName: key.name).map(\.pod)
        var ready = 0
        var available = 0
        var current = 0
        var updated = 0
        for pod in pods {
            if pod.phase == .running && pod.ready {
                ready += 1
                if statefulPodAvailable(pod, minReadySeconds: minReadySeconds) { available += 1 }
            }
            guard !pod.isTerminating else { continue }
            let revision = pod.meta.labels["controller-revision-hash"]
            if revision == currentName { current += 1 }
            if revision == updateName { updated += 1 }
        }
        var currentRevision = currentName
        if set["spec"]["updateStrategy"]["type"].string == "RollingUpdate", updated == pods.count, ready == pods.count {
            current = updated
            currentRevision = updateName
        }
        var status: JSONValue = [
            "availableReplicas": .int(available), "collisionCount": .int(collisionCount), "currentRevision": .string(currentRevision),
            "observedGeneration": set["metadata"]["generation"], "replicas": .int(pods.count), "updateRevision": .string(updateName),
        ]
        if ready > 0 { status["readyReplicas"] = .int(ready) }
        if current > 0 { status["currentReplicas"] = .int(current) }
        if updated > 0 { status["updatedReplicas"] = .int(updated) }
        guard status != set["status"] else { return }
        set["status"] = status
        updateStatus(.statefulSets, set)
    }

    /// `truncateHistory`: revisions no pod, nor the status, refers to are deleted, oldest first, beyond
    /// `revisionHistoryLimit`.
    private mutating func truncateStatefulSetHistory(_ set: JSONValue, revisions: [JSONValue], live: Set<String>) {
        let limit = set["spec"]["revisionHistoryLimit"].int ?? 10
        guard limit >= 0 else { return }
        let pods = ownedStatefulPods(set["metadata"]["uid"].string ?? "", setName: set["metadata"]["name"].string ?? "")
        let inUse = live.union(pods.compactMap { $0.pod.meta.labels["controller-revision-hash"] })
        let history = revisions.filter { !inUse.contains($0["metadata"]["name"].string ?? "") }
        guard history.count > limit else { return }
        for revision in history.prefix(history.count - limit) {
            let key = ObjectKey(namespace: revision["metadata"]["namespace"].string ?? "", name: revision["metadata"]["name"].string ?? "")
            deleteObject(.controllerRevisions, key, revision, propagation: .background)
        }
    }

    /// Runs the controller's queued StatefulSets.
    mutating func runStatefulSetController() -> Bool {
        guard let work = statefulSetController.takeWork() else { return false }
        for key in work { syncStatefulSet(key) }
        return true
    }
}

extension JSONValue {
    /// The template of a revision's data without the `$patch: replace` directive.
    fileprivate var removingPatchDirective: JSONValue {
        var copy = self
        copy["$patch"] = .null
        return copy
    }
}
