/// The DaemonSet controller (`pkg/controller/daemon`): one pod per node the template fits, the template's history
/// as ControllerRevisions, rolling updates one node at a time, and status.
extension Cluster {
    /// One DaemonSet sync (`syncDaemonSet`): the current revision, pods created on nodes that should run one and
    /// deleted from nodes that should not, old-revision pods replaced, then the status.
    mutating func syncDaemonSet(_ key: ObjectKey) {
        guard let ds = stored(.daemonSets, key) else { return }
        let uid = ds["metadata"]["uid"].string ?? ""
        let generation = ds["metadata"]["generation"].int ?? 1
        let template: DaemonSetController.Template
        if let cached = daemonSetController.templates[uid], cached.generation == generation {
            template = cached
        } else {
            template = DaemonSetController.Template(
                generation: generation, hash: Cluster.podTemplateHash(ds["spec"]["template"], collisionCount: ds["status"]["collisionCount"].int),
                fit: DaemonSetPods.fit(ds))
            daemonSetController.templates[uid] = template
        }
        let hash = template.hash
        let pods = indexes.pods(ownedBy: OwnerKey(uid)).sorted().compactMap { storedPod($0)?.value }
        let nodes = daemonSetNodes()
        let shouldRun = Set(nodes.filter { DaemonSetPods.shouldRun(template.fit, on: $0) }.map(\.name))
        if ds["metadata"]["deletionTimestamp"].isNull {
            let revision = ensureControllerRevision(ds, hash: hash)
            var byNode: [String: [PodRecord]] = [:]
            for pod in pods where !pod.isTerminating { byNode[DaemonSetPods.targetNode(pod), default: []].append(pod) }
            var created: [String] = []
            var deleted: [String] = []
            for node in nodes.map(\.name) {
                let running = byNode[node] ?? []
                if shouldRun.contains(node) {
                    if running.isEmpty, !pods.contains(where: { $0.isTerminating && DaemonSetPods.targetNode($0) == node }) {
                        created.append(createDaemonPod(ds, node: node, hash: hash, revision: revision))
                    }
                    // Failed pods are deleted and replaced on the next sync; extra pods go, the oldest stays.
                    for pod in running where pod.phase == .failed { deletePod(pod.key, gracePeriod: nil); deleted.append(pod.key.name) }
                    for pod in running.dropFirst() where pod.phase != .failed { deletePod(pod.key, gracePeriod: nil); deleted.append(pod.key.name) }
                } else {
                    for pod in running { deletePod(pod.key, gracePeriod: nil); deleted.append(pod.key.name) }
                }
            }
            deleted += rollingUpdate(ds, pods: pods, hash: hash, shouldRun: shouldRun)
            let involved = involved(.daemonSets, ds)
            emitCorrelatedEvents(
                about: involved, namespace: key.namespace, objectName: key.name, reason: "SuccessfulCreate", messagePrefix: "Created pod: ",
                subjects: created, component: "daemonset-controller")
            emitCorrelatedEvents(
                about: involved, namespace: key.namespace, objectName: key.name, reason: "SuccessfulDelete", messagePrefix: "Deleted pod: ",
                subjects: deleted, component: "daemonset-controller")
        }
        updateDaemonSetStatus(key, hash: hash, shouldRun: shouldRun)
    }

    /// The registered nodes in name order (the controller's node lister).
    private func daemonSetNodes() -> [NodeFit.Node] {
        configuration.nodes.compactMap { stored(.nodes, ObjectKey(namespace: "", name: $0.name)) }.map(NodeFit.Node.init)
            .sorted { $0.name < $1.name }
    }

    /// `RollingUpdate` with `maxUnavailable` (default 1) and no surge: while fewer pods than allowed are
    /// unavailable, the controller deletes old-revision pods (unavailable ones first); their replacements come from
    /// the new template on the next sync. `OnDelete` replaces nothing.
    private mutating func rollingUpdate(_ ds: JSONValue, pods: [PodRecord], hash: String, shouldRun: Set<String>) -> [String] {
        let strategy = ds["spec"]["updateStrategy"]
        guard strategy["type"].string != "OnDelete" else { return [] }
        let active = pods.filter { !$0.isTerminating && shouldRun.contains(DaemonSetPods.targetNode($0)) }
        let old = active.filter { $0.meta.labels["controller-revision-hash"] != hash }
        guard !old.isEmpty else { return [] }
        let maxUnavailable = max(1, Cluster.resolve(strategy["rollingUpdate"]["maxUnavailable"], total: shouldRun.count, roundUp: true))
        let terminating = pods.filter(\.isTerminating).count
        let missing = shouldRun.filter { node in !active.contains { DaemonSetPods.targetNode($0) == node } }.count
        var unavailable = active.filter { !$0.ready }.count + missing + terminating
        var deleted: [String] = []
        for pod in old.sorted(by: { !$0.ready && $1.ready }) {
            if pod.ready && unavailable >= maxUnavailable { break }
            deletePod(pod.key, gracePeriod: nil)
            deleted.append(pod.key.name)
            if pod.ready { unavailable += 1 }
        }
        return deleted
    }

    /// The ControllerRevision of the current template (`<ds>-<hash>`, revision one past the newest), created when
    /// missing; returns its revision number.
    private mutating func ensureControllerRevision(_ ds: JSONValue, hash: String) -> Int {
        let namespace = ds["metadata"]["namespace"].string ?? ""
        let name = (ds["metadata"]["name"].string ?? "") + "-" + hash
        let uid = ds["metadata"]["uid"].string ?? ""
        let newest = names(.controllerRevisions, namespace: namespace).filter { $0 != name }
            .compactMap { stored(.controllerRevisions, ObjectKey(namespace: namespace, name: $0)) }
            .filter { Cluster.controllerUID($0) == uid }.compactMap { $0["revision"].int }
        let revision = (newest.max() ?? 0) + 1
        if var existing = stored(.controllerRevisions, ObjectKey(namespace: namespace, name: name)) {
            // `constructHistory`: a template that comes back (a rollback) is renumbered past every other revision.
            guard (existing["revision"].int ?? 1) < revision else { return existing["revision"].int ?? 1 }
            existing["revision"] = .int(revision)
            _ = update(.controllerRevisions, existing)
            return revision
        }
        var labels = ds["spec"]["template"]["metadata"]["labels"].stringMap
        labels["controller-revision-hash"] = hash
        var template = ds["spec"]["template"]
        template["$patch"] = "replace"
        var metadata: JSONValue = [
            "name": .string(name), "namespace": .string(namespace), "labels": JSONValue(stringMap: labels),
            "ownerReferences": [DaemonSetPods.ownerReference(ds)],
        ]
        // `snapshot` copies the DaemonSet's annotations (so a change cause shows in `rollout history`).
        if ds["metadata"]["annotations"].object?.isEmpty == false { metadata["annotations"] = ds["metadata"]["annotations"] }
        create(
            .controllerRevisions,
            ["apiVersion": "apps/v1", "kind": "ControllerRevision", "metadata": metadata, "data": ["spec": ["template": template]], "revision": .int(revision)])
        return revision
    }

    /// Creates the daemon pod for `node` (`generateName: <ds>-`); returns its name.
    private mutating func createDaemonPod(_ ds: JSONValue, node: String, hash: String, revision: Int) -> String {
        let templateMetadata = ds["spec"]["template"]["metadata"]
        var labels = templateMetadata["labels"].stringMap
        labels["controller-revision-hash"] = hash
        labels["pod-template-generation"] = ds["metadata"]["annotations"]["deprecated.daemonset.template.generation"].string ?? "1"
        return createPod(
            ControlledPod(
                namespace: ds["metadata"]["namespace"].string ?? "default", generateName: ControlledPod.generateName(for: ds["metadata"]["name"].string ?? ""),
                spec: Defaults.podOwnSpec(DaemonSetPods.podSpec(ds, node: node)), labels: labels,
                annotations: templateMetadata["annotations"].stringMap, ownerReferences: [DaemonSetPods.ownerReference(ds)]))
    }

    /// `updateDaemonSetStatus`: the counts over the nodes that should run a pod (`storeDaemonSetStatus`).
    private mutating func updateDaemonSetStatus(_ key: ObjectKey, hash: String, shouldRun: Set<String>) {
        guard var ds = stored(.daemonSets, key) else { return }
        let uid = ds["metadata"]["uid"].string ?? ""
        let pods = indexes.pods(ownedBy: OwnerKey(uid)).compactMap { storedPod($0)?.value }.filter { !$0.isTerminating }
        var scheduled = Set<String>()
        var misscheduled = 0
        var ready = 0
        var available = 0
        var updated = 0
        for pod in pods {
            guard let node = pod.nodeName else { continue }
            if !shouldRun.contains(node) {
                misscheduled += 1
                continue
            }
            scheduled.insert(node)
            if pod.ready { ready += 1; available += 1 }
            if pod.meta.labels["controller-revision-hash"] == hash { updated += 1 }
        }
        var status: JSONValue = [
            "currentNumberScheduled": .int(scheduled.count), "desiredNumberScheduled": .int(shouldRun.count),
            "numberMisscheduled": .int(misscheduled), "numberReady": .int(ready),
            "observedGeneration": ds["metadata"]["generation"],
        ]
        if available > 0 { status["numberAvailable"] = .int(available) }
        if shouldRun.count - available > 0 { status["numberUnavailable"] = .int(shouldRun.count - available) }
        if updated > 0 { status["updatedNumberScheduled"] = .int(updated) }
        if let collisions = ds["status"]["collisionCount"].int { status["collisionCount"] = .int(collisions) }
        guard status != ds["status"] else { return }
        ds["status"] = status
        updateStatus(.daemonSets, ds)
    }
}
