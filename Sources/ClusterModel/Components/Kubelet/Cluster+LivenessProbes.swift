/// The kubelet's liveness probes (`pkg/kubelet/prober`): a container whose probe fails `failureThreshold` times in a
/// row is killed and restarted under the pod's `restartPolicy` (`kuberuntime_manager.go` `computePodActions`).
extension Cluster {
    /// Schedules the first liveness probe of container `index` after its `initialDelaySeconds`.
    mutating func scheduleLivenessProbe(_ pod: PodRecord, index: Int) {
        let specs = pod.spec["containers"].array ?? []
        guard index < specs.count, !specs[index]["livenessProbe"].isNull else { return }
        let delay = Double(specs[index]["livenessProbe"]["initialDelaySeconds"].int ?? 0)
        queue.schedule(
            .livenessProbe(pod.key, uid: pod.meta.uid, container: index, restart: pod.containers[index].restartCount),
            at: now.adding(seconds: max(delay, 1)))
    }

    /// One liveness-probe round of container `index`: `Unhealthy` while it fails; at the threshold, `Killing` and
    /// the stop signal (a shell or `sleep` as PID 1 ignores it and is killed when the grace period ends).
    mutating func livenessProbe(_ key: ObjectKey, uid: String, container index: Int, restart: Int) {
        guard let pod = storedPod(key)?.value, pod.meta.uid == uid, pod.meta.deletionTimestamp == nil, !pod.isTerminal,
            index < pod.containers.count, pod.containers[index].restartCount == restart, pod.containers[index].isRunning
        else { return }
        let specs = pod.spec["containers"].array ?? []
        let probe = specs[index]["livenessProbe"]
        let name = pod.containers[index].name
        let failureKey = key.namespace + "/" + key.name + "/" + name
        let period = Double(max(1, probe["periodSeconds"].int ?? 10))
        let (success, failure) = probeOutcome(probe, container: specs[index], pod: pod, index: index)
        guard !success else {
            kubelet.livenessFailures[failureKey] = nil
            // A system image's own program always passes: probing it again would change nothing, and would keep
            // the clock from ever being idle.
            if ImageCatalog.runsOwnProgram(specs[index]) { return }
            queue.schedule(.livenessProbe(key, uid: uid, container: index, restart: restart), at: now.adding(seconds: period))
            return
        }
        let failures = (kubelet.livenessFailures[failureKey] ?? 0) + 1
        kubelet.livenessFailures[failureKey] = failures
        emitDeduplicatedEvent(
            about: involvedPod(pod, container: name), namespace: key.namespace, objectName: key.name, type: "Warning", reason: "Unhealthy",
            message: "Liveness probe failed: " + failure, component: "kubelet", host: pod.nodeName)
        guard failures >= (probe["failureThreshold"].int ?? 3) else {
            queue.schedule(.livenessProbe(key, uid: uid, container: index, restart: restart), at: now.adding(seconds: period))
            return
        }
        kubelet.livenessFailures[failureKey] = nil
        let policy = pod.spec["restartPolicy"].string ?? "Always"
        emitDeduplicatedEvent(
            about: involvedPod(pod, container: name), namespace: key.namespace, objectName: key.name, type: "Normal", reason: "Killing",
            message: "Container \(name) failed liveness probe" + (policy == "Never" ? "" : ", will be restarted"), component: "kubelet",
            host: pod.nodeName)
        let grace = Double(pod.spec["terminationGracePeriodSeconds"].int ?? 30)
        let ignores = pod.facts.containers[index].ignoresStopSignal || Cluster.runsAsShell(specs[index])
        queue.schedule(
            .containerExited(key, uid: uid, container: index, restart: restart, exitCode: ignores ? 137 : 143, oomKilled: false),
            at: now.adding(seconds: ignores ? max(grace, 2) : 1))
    }

    /// Whether PID 1 of `container` is a shell running a script (a shell as PID 1 ignores SIGTERM).
    static func runsAsShell(_ container: JSONValue) -> Bool {
        let words = ((container["command"].array ?? []) + (container["args"].array ?? [])).compactMap(\.string)
        guard let first = words.first else { return false }
        return ["sh", "bash", "ash"].contains(first.split(separator: "/").last.map(String.init) ?? first) && words.contains("-c")
    }
}
