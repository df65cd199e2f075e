/// The scheduler: binds each new pod to a node.
extension Cluster {
    /// The scheduler: binds a pending pod to the schedulable node with the fewest pods (ties: node order).
    mutating func schedulePod(_ key: ObjectKey, uid: String) {
        guard let stored = storedPod(key), stored.value.meta.uid == uid, stored.value.nodeName == nil, stored.value.meta.deletionTimestamp == nil else {
            return
        }
        var pod = stored.value
        var candidates = scheduler.schedulableNodes
        if let wanted = pod.facts.requestedNodeName { candidates = configuration.nodes.indices.filter { configuration.nodes[$0].name == wanted } }
        // The first of the least loaded (`min(by:)` keeps the first of equal elements).
        guard let nodeIndex = candidates.min(by: { scheduler.podsPerNode[$0] < scheduler.podsPerNode[$1] }) else { return }
        let node = configuration.nodes[nodeIndex]
        scheduler.podsPerNode[nodeIndex] += 1
        pod.nodeName = node.name
        pod.scheduledAt = now
        let involved = involvedPod(pod)
        bindPod(pod)
        emitEvent(
            about: involved, namespace: key.namespace, objectName: key.name, reason: "Scheduled",
            message: .scheduled(namespace: key.namespace, name: key.name, node: node.name), component: "default-scheduler")
    }
}
