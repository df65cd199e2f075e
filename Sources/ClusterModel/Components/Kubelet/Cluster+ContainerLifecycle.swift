/// The kubelet's handling of containers whose process ends by itself, and of images that cannot be pulled: exits,
/// `restartPolicy`, the crash-loop back-off, `ErrImagePull`/`ImagePullBackOff` and the pod phase that follows
/// (`kuberuntime_manager.go` `doBackOff`, `images/image_manager.go` `EnsureImageExists`, `kubelet_pods.go` `getPhase`).
extension Cluster {
    /// The back-off key of a pod's container or image.
    private static func backOffKey(_ pod: PodRecord, _ part: String) -> String { pod.meta.namespace + "/" + pod.meta.name + "/" + part }

    /// Whether a container's environment refers to ConfigMaps, Secrets or pod fields (then the kubelet builds it
    /// when the container starts, and may fail).
    static func referencesConfiguration(_ container: JSONValue) -> Bool {
        !container["envFrom"].isNull || (container["env"].array?.contains { !$0["valueFrom"].isNull } ?? false)
    }

    /// `format.Pod`: `name_namespace(uid)`.
    private static func podReference(_ pod: PodRecord) -> String { "\(pod.meta.name)_\(pod.meta.namespace)(\(pod.meta.uid))" }

    /// Records a kubelet event about container `name`, counting up an identical earlier one.
    private mutating func containerEvent(_ pod: PodRecord, _ name: String, type: String = "Normal", reason: String, message: String) {
        emitDeduplicatedEvent(
            about: involvedPod(pod, container: name), namespace: pod.meta.namespace, objectName: pod.meta.name, type: type, reason: reason,
            message: message, component: "kubelet", host: pod.nodeName)
    }

    /// The process of container `index` starts: `Created` and `Started` (counted up on a restart), the running state
    /// with a new container id, and its exit scheduled when the program ends by itself. A program the runtime cannot
    /// start is `StartError` (exit code 128) at once.
    ///
    /// Returns whether the container runs long enough to be reported ready (a process that exits within a second
    /// is gone before the kubelet's status manager reports it: it is never ready); readiness probes are the
    /// caller's to schedule.
    @discardableResult
    mutating func startContainer(_ pod: inout PodRecord, index: Int, restarted: Bool) -> Bool {
        let name = pod.containers[index].name
        let specs = pod.spec["containers"].array ?? []
        let spec = index < specs.count ? specs[index] : .null
        var resolved: [(String, String)]? = nil
        if Cluster.referencesConfiguration(spec) {
            switch containerEnvironment(spec, pod: pod) {
            case .success(let environment): resolved = environment
            case .failure(let error):
                // `generateContainerConfig` failed: the container is not created; the pod worker tries again.
                containerEvent(pod, name, type: "Warning", reason: "Failed", message: "Error: " + error.message)
                pod.containers[index].state = .waiting(reason: "CreateContainerConfigError", message: error.message)
                queue.schedule(
                    .containerSync(pod.key, uid: pod.meta.uid, container: index, restart: pod.containers[index].restartCount),
                    at: now.adding(seconds: 10))
                return false
            }
        }
        var end = ProcessRun.End.forever
        if pod.facts.containers[index].mayEnd || resolved != nil {
            let program = ContainerProgram(container: spec, podName: pod.meta.name, podIP: pod.podIP, resolved: resolved)
            let limit = spec["resources"]["limits"]["memory"].string.flatMap(MemoryQuantity.bytes)
                ?? spec["resources"]["limits"]["memory"].int.map(Double.init)
            end = program.run(startedAt: now, memoryLimit: limit, limit: 10_000_000, planning: true).end
            if case .found(let entry) = ImageCatalog.pull(pod.containers[index].image), let limit, case .forever = end,
                limit < Double(entry.memoryMiB) * 1_048_576
            {
                end = .oomKilled(after: 1)
            }
        }
        if restarted {
            containerEvent(pod, name, reason: "Created", message: EventMessage.created(container: name).text)
        } else {
            emitEvent(
                about: involvedPod(pod, container: name), namespace: pod.meta.namespace, objectName: pod.meta.name, reason: "Created",
                message: .created(container: name), component: "kubelet", host: pod.nodeName)
        }
        if case .startError(let message) = end {
            containerEvent(pod, name, type: "Warning", reason: "Failed", message: "Error: " + message)
            let id = ContainerID(random: &random)
            pod.containers[index].containerID = id
            pod.containers[index].state = .terminated(
                ContainerRecord.Termination(exitCode: 128, reason: "StartError", message: message, startedAt: nil, finishedAt: now, containerID: id))
            pod.containers[index].ready = false
            afterStop(&pod, index: index, exitCode: 128)
            return false
        }
        if restarted {
            containerEvent(pod, name, reason: "Started", message: EventMessage.started(container: name).text)
        } else {
            emitEvent(
                about: involvedPod(pod, container: name), namespace: pod.meta.namespace, objectName: pod.meta.name, reason: "Started",
                message: .started(container: name), component: "kubelet", host: pod.nodeName)
        }
        pod.containers[index].containerID = ContainerID(random: &random)
        pod.containers[index].state = .running(startedAt: now)
        scheduleLivenessProbe(pod, index: index)
        let restart = pod.containers[index].restartCount
        switch end {
        case .exited(let after, let code):
            queue.schedule(
                .containerExited(pod.key, uid: pod.meta.uid, container: index, restart: restart, exitCode: code, oomKilled: false),
                at: now.adding(seconds: max(after, 0.2)))
            return after >= 1
        case .oomKilled(let after):
            queue.schedule(
                .containerExited(pod.key, uid: pod.meta.uid, container: index, restart: restart, exitCode: 137, oomKilled: true),
                at: now.adding(seconds: after))
            return after >= 1
        case .forever, .running, .startError:
            return true
        }
    }

    /// A container's process exited: it is terminated (`Completed`, `Error` or `OOMKilled`), and the pod's phase and
    /// readiness follow; the kubelet syncs it again a moment later to restart it if `restartPolicy` says so.
    mutating func containerExited(_ key: ObjectKey, uid: String, container index: Int, restart: Int, exitCode: Int, oomKilled: Bool) {
        guard var pod = storedPod(key)?.value, pod.meta.uid == uid, pod.meta.deletionTimestamp == nil, !pod.isTerminal,
            index < pod.containers.count, pod.containers[index].restartCount == restart,
            case .running(let startedAt) = pod.containers[index].state
        else { return }
        let reason = oomKilled ? "OOMKilled" : exitCode == 0 ? "Completed" : "Error"
        pod.containers[index].state = .terminated(
            ContainerRecord.Termination(
                exitCode: exitCode, reason: reason, startedAt: startedAt, finishedAt: now, containerID: pod.containers[index].containerID))
        pod.containers[index].ready = false
        afterStop(&pod, index: index, exitCode: exitCode)
        updateReadiness(&pod)
        updatePodStatus(consume pod)
    }

    /// Whether a container that exited with `exitCode` is restarted under the pod's `restartPolicy`.
    private static func restarts(_ pod: PodRecord, exitCode: Int) -> Bool {
        switch pod.spec["restartPolicy"].string ?? "Always" {
        case "Never": return false
        case "OnFailure": return exitCode != 0
        default: return true
        }
    }

    /// After container `index` stopped: schedules its restart, or settles the pod's phase (terminal once every
    /// container has stopped for good).
    private mutating func afterStop(_ pod: inout PodRecord, index: Int, exitCode: Int) {
        if Cluster.restarts(pod, exitCode: exitCode) {
            // The pod lifecycle event generator notices the exit within a second; the pod worker then syncs.
            queue.schedule(
                .containerSync(pod.key, uid: pod.meta.uid, container: index, restart: pod.containers[index].restartCount),
                at: now.adding(seconds: 1))
        }
        settlePhase(&pod)
    }

    /// Sets the pod's phase as `getPhase` computes it from the containers; a pod that turns terminal loses its
    /// sandbox and readiness.
    private mutating func settlePhase(_ pod: inout PodRecord) {
        let phase = Cluster.kubeletPhase(pod)
        guard phase != pod.phase else { return }
        pod.phase = phase
        if phase.isTerminal {
            pod.ready = false
            pod.readyChangedAt = now
            pod.sandboxReady = false
            pod.sandboxChangedAt = now
        }
    }

    /// `getPhase` (`kubelet_pods.go`) for pods without init containers.
    static func kubeletPhase(_ pod: PodRecord) -> PodPhase {
        var running = 0, waiting = 0, stopped = 0, succeeded = 0
        for container in pod.containers {
            switch container.state {
            case .running: running += 1
            case .terminated(let termination):
                stopped += 1
                if termination.exitCode == 0 { succeeded += 1 }
            case .waiting: if container.lastTermination != nil { stopped += 1 } else { waiting += 1 }
            }
        }
        if waiting > 0 { return .pending }
        if running > 0 { return .running }
        guard stopped > 0 else { return .pending }
        switch pod.spec["restartPolicy"].string ?? "Always" {
        case "Always": return .running
        case "Never": return stopped == succeeded ? .succeeded : .failed
        default: return stopped == succeeded ? .succeeded : .running
        }
    }

    /// The pod worker syncs a container that is not running: an image that failed to pull is pulled again once its
    /// back-off has passed (`ImagePullBackOff` until then); an exited container is restarted unless it is within its
    /// crash-loop back-off (`CrashLoopBackOff`, 10 s doubling to 5 min, counted from when it finished).
    mutating func containerSync(_ key: ObjectKey, uid: String, container index: Int, restart: Int) {
        guard var pod = storedPod(key)?.value, pod.meta.uid == uid, pod.meta.deletionTimestamp == nil, !pod.isTerminal,
            index < pod.containers.count, pod.containers[index].restartCount == restart, !pod.containers[index].isRunning
        else { return }
        let container = pod.containers[index]
        if case .waiting("CreateContainerConfigError", _) = container.state {
            containerEvent(pod, container.name, reason: "Pulled", message: EventMessage.imagePresent(image: container.image).text)
            restartAndReport(&pod, index: index)
            return
        }
        if case .waiting(let reason, _) = container.state, reason == "ErrImagePull" || reason == "ImagePullBackOff" {
            guard syncImage(&pod, index: index) else {
                updatePodStatus(consume pod)
                return
            }
            settlePhase(&pod)
            updateReadiness(&pod)
            updatePodStatus(consume pod)
            return
        }
        guard let last = container.latestTermination else { return }
        let backOffKey = Cluster.backOffKey(pod, container.name)
        if kubelet.crashBackOff.isInBackOff(backOffKey, since: last.finishedAt, now: now), let entry = kubelet.crashBackOff.entry(backOffKey) {
            let reference = Cluster.podReference(pod)
            pod.containers[index].state = .waiting(
                reason: "CrashLoopBackOff", message: "back-off \(entry.delay.goDuration) restarting failed container=\(container.name) pod=\(reference)")
            pod.containers[index].lastTermination = last
            containerEvent(
                pod, container.name, type: "Warning", reason: "BackOff", message: "Back-off restarting failed container \(container.name) in pod \(reference)")
            queue.schedule(.containerSync(key, uid: uid, container: index, restart: restart), at: max(now.adding(seconds: 1), last.finishedAt.adding(seconds: entry.delay)))
            updatePodStatus(consume pod)
            return
        }
        kubelet.crashBackOff.next(backOffKey, now: now)
        pod.containers[index].lastTermination = last
        pod.containers[index].restartCount += 1
        pod.containers[index].state = .waiting(reason: "ContainerCreating")
        let image = container.image
        if pod.facts.containers[index].pullsAlways {
            containerEvent(pod, container.name, reason: "Pulling", message: EventMessage.pulling(image: image).text)
            containerEvent(pod, container.name, reason: "Pulled", message: Cluster.pulledMessage(
                    image: image, size: pod.facts.containers[index].imageSize, seconds: configuration.minimumPullSeconds))
        } else {
            containerEvent(pod, container.name, reason: "Pulled", message: EventMessage.imagePresent(image: image).text)
        }
        restartAndReport(&pod, index: index)
    }

    /// Starts container `index` again (its readiness probe scheduled, or ready at once without one) and reports the
    /// pod's status.
    private mutating func restartAndReport(_ pod: inout PodRecord, index: Int) {
        if startContainer(&pod, index: index, restarted: true) {
            if pod.facts.containers[index].hasReadinessProbe {
                queue.schedule(
                    .readinessProbe(pod.key, uid: pod.meta.uid), at: now.adding(seconds: pod.facts.containers[index].readinessInitialDelay))
            } else {
                pod.containers[index].ready = true
            }
        }
        settlePhase(&pod)
        updateReadiness(&pod)
        updatePodStatus(pod)
    }

    /// A failed pull of container `index`'s image: `Failed` events and the `ErrImagePull` state; the pod worker syncs
    /// again a moment later and finds the image in back-off.
    mutating func recordPullFailure(_ pod: inout PodRecord, index: Int, failure: PullFailure) {
        let name = pod.containers[index].name
        let image = pod.containers[index].image
        containerEvent(pod, name, type: "Warning", reason: "Failed", message: "Failed to pull image \"\(image)\": \(failure.message)")
        containerEvent(pod, name, type: "Warning", reason: "Failed", message: "Error: ErrImagePull")
        pod.containers[index].state = .waiting(reason: "ErrImagePull", message: failure.message)
        kubelet.imageBackOff.next(Cluster.backOffKey(pod, image), now: now)
        queue.schedule(
            .containerSync(pod.key, uid: pod.meta.uid, container: index, restart: pod.containers[index].restartCount), at: now.adding(seconds: 1))
    }

    /// `EnsureImageExists` for an image that failed before: within the back-off the container waits in
    /// `ImagePullBackOff`; after it, the image is pulled again. Returns whether the container started.
    private mutating func syncImage(_ pod: inout PodRecord, index: Int) -> Bool {
        let name = pod.containers[index].name
        let image = pod.containers[index].image
        let backOffKey = Cluster.backOffKey(pod, image)
        let failure: PullFailure
        switch ImageCatalog.pull(image) {
        case .failed(let reason): failure = reason
        case .found:
            containerEvent(pod, name, reason: "Pulling", message: EventMessage.pulling(image: image).text)
            if let node = pod.nodeName { kubelet.pulledImages.insert(NodeImage(node: node, image: image)) }
            return startContainer(&pod, index: index, restarted: false)
        }
        if kubelet.imageBackOff.isInBackOffSinceUpdate(backOffKey, now: now), let entry = kubelet.imageBackOff.entry(backOffKey) {
            pod.containers[index].state = .waiting(
                reason: "ImagePullBackOff", message: "Back-off pulling image \"\(image)\": ErrImagePull: \(failure.message)")
            containerEvent(pod, name, reason: "BackOff", message: "Back-off pulling image \"\(image)\"")
            containerEvent(pod, name, type: "Warning", reason: "Failed", message: "Error: ImagePullBackOff")
            queue.schedule(
                .containerSync(pod.key, uid: pod.meta.uid, container: index, restart: pod.containers[index].restartCount),
                at: max(now.adding(seconds: 1), entry.lastUpdate.adding(seconds: entry.delay)))
            return false
        }
        containerEvent(pod, name, reason: "Pulling", message: EventMessage.pulling(image: image).text)
        recordPullFailure(&pod, index: index, failure: failure)
        return false
    }
}
