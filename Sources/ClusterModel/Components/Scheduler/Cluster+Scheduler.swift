/// The scheduler: binds each new pod to a node it fits, or reports why none fits.
extension Cluster {
    /// Schedules a pending pod: filters the registered nodes (`NodeFit`), then binds it to the feasible node with
    /// the fewest pods (ties: node order). When no node fits, the pod's `PodScheduled` condition turns False with
    /// reason `Unschedulable` and a `FailedScheduling` warning; it is tried again when a node changes.
    mutating func schedulePod(_ key: ObjectKey, uid: String) {
        guard let stored = storedPod(key), stored.value.meta.uid == uid, stored.value.nodeName == nil, stored.value.meta.deletionTimestamp == nil else {
            return
        }
        var pod = stored.value
        let facts = NodeFit.Pod(spec: pod.spec)
        var feasible: [Int] = []
        var reasons: [String] = []
        for (index, node) in scheduler.nodes.enumerated() {
            guard let node else { continue }
            if let reason = NodeFit.rejection(facts, on: node) { reasons.append(reason) } else { feasible.append(index) }
        }
        // The first of the least loaded (`min(by:)` keeps the first of equal elements).
        guard let nodeIndex = feasible.min(by: { scheduler.podsPerNode[$0] < scheduler.podsPerNode[$1] }) else {
            reportUnschedulable(&pod, message: NodeFit.fitError(reasons: reasons, nodeCount: reasons.count))
            return
        }
        scheduler.unschedulable[key] = nil
        let node = configuration.nodes[nodeIndex]
        scheduler.podsPerNode[nodeIndex] += 1
        pod.nodeName = node.name
        pod.scheduledAt = now
        pod.schedulingFailure = nil
        let involved = involvedPod(pod)
        bindPod(pod)
        emitEvent(
            about: involved, namespace: key.namespace, objectName: key.name, reason: "Scheduled",
            message: .scheduled(namespace: key.namespace, name: key.name, node: node.name), component: "default-scheduler")
    }

    /// `handleSchedulingFailure`: the condition (written when its message changes) and the warning event, which
    /// the recorder counts up while the reason stays the same.
    private mutating func reportUnschedulable(_ pod: inout PodRecord, message: String) {
        scheduler.unschedulable[pod.key] = pod.meta.uid
        let involved = involvedPod(pod)
        if pod.schedulingFailure != message {
            pod.schedulingFailure = message
            pod.scheduledAt = now
            updatePodStatus(pod)
        }
        emitDeduplicatedEvent(
            about: involved, namespace: pod.key.namespace, objectName: pod.key.name, type: "Warning", reason: "FailedScheduling", message: message,
            component: "default-scheduler", host: nil)
    }

    /// The scheduler's node watch: a registered, changed or removed node may let waiting pods fit.
    mutating func schedulerNodeChanged(_ name: String, _ object: JSONValue?) {
        for (key, uid) in scheduler.nodeChanged(at: nodeIndex(name), object) {
            queue.schedule(.schedule(key, uid: uid), at: now)
        }
    }
}
