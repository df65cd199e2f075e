/// The kubelet's volume manager for ConfigMap and Secret volumes: the pod sandbox is not created until every
/// volume is mounted; a missing source is `FailedMount`, retried with the volume manager's back-off
/// (`nestedpendingoperations`: 500 ms doubling to 2m2s).
extension Cluster {
    /// The first ConfigMap or Secret volume whose source does not exist (and is not optional), as the
    /// `MountVolume.SetUp failed` message names it.
    func missingVolumeSource(_ pod: PodRecord) -> String? {
        guard let volumes = pod.spec["volumes"].array else { return nil }
        for volume in volumes {
            let name = volume["name"].string ?? ""
            for (field, nameField, type, word) in [
                ("configMap", "name", ResourceType.configMaps, "configmap"), ("secret", "secretName", ResourceType.secrets, "secret"),
            ] {
                let source = volume[field]
                guard !source.isNull, source["optional"].bool != true, let object = source[nameField].string else { continue }
                if stored(type, ObjectKey(namespace: pod.meta.namespace, name: object)) == nil {
                    return "MountVolume.SetUp failed for volume \"\(name)\" : \(word) \"\(object)\" not found"
                }
            }
        }
        return nil
    }

    /// The pod waits for its volumes: seen by the kubelet (Pending, `ContainerCreating`, no sandbox and no IP yet),
    /// a `FailedMount` warning, and another attempt after the back-off.
    mutating func waitForVolumes(_ pod: inout PodRecord, node: String, failure: String) {
        if pod.kubeletSeenAt == nil {
            pod.kubeletSeenAt = now
            pod.startTime = now
            pod.sandboxReady = false
            pod.sandboxChangedAt = now
            pod.hostIP = Cluster.nodeIP(nodeIndex(node) ?? 0)
            updatePodStatus(pod)
        }
        emitDeduplicatedEvent(
            about: involvedPod(pod), namespace: pod.meta.namespace, objectName: pod.meta.name, type: "Warning", reason: "FailedMount",
            message: failure, component: "kubelet", host: node)
        let attempt = kubelet.mountAttempts[pod.key] ?? 0
        kubelet.mountAttempts[pod.key] = attempt + 1
        let delay = min(0.5 * Double(1 << min(attempt, 10)), 122)
        queue.schedule(.kubeletStart(pod.key, uid: pod.meta.uid), at: now.adding(seconds: delay))
    }
}
