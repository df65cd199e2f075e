/// The `pods/log` subresource: the container logs the kubelet serves from the container runtime.
extension Cluster {
    /// The log of one container of a pod, as `GET /api/v1/namespaces/{namespace}/pods/{name}/log` returns it: the
    /// lines the container's process has written so far, oldest first.
    ///
    /// The lines are the process's reaction to what the runtime recorded about the container (started, sent the stop
    /// signal, exited; see `ContainerInstance`), rendered by the image's `ContainerProgram` as of `now`. Reading
    /// again later returns the same lines followed by the ones written since.
    ///
    /// - Parameters:
    ///   - container: the container's name; nil picks the pod's only container.
    ///   - previous: the previous instance of a restarted container instead of the current one.
    ///   - sinceTime: only the lines written at or after this time.
    /// - Throws: the API server's and the kubelet's errors, as kubectl prints them after `Error from server`:
    ///   `pods "x" not found`; `container c is not valid for pod p`; `a container name must be specified for pod p,
    ///   choose one of: [a b]`; `container "c" in pod "p" is waiting to start: ContainerCreating`;
    ///   `previous terminated container "c" in pod "p" not found`; `container "c" in pod "p" is terminated` (it
    ///   never ran).
    public func podLog(
        namespace: String, name: String, container: String? = nil, previous: Bool = false, sinceTime: Timestamp? = nil
    ) throws(APIError) -> [LogLine] {
        let key = ObjectKey(namespace: namespace, name: name)
        guard let stored = api.pods[key] else { throw .notFound(.pods, name: name) }
        let pod = stored.value
        let index = try Cluster.logContainerIndex(pod, container: container)
        let record = pod.containers[index]
        func waiting(_ reason: String) -> APIError {
            .badRequest("container \"\(record.name)\" in pod \"\(name)\" is waiting to start: \(reason)")
        }
        // The kubelet serves what it has reported; before that, the container is still being created.
        guard pod.kubeletSeenAt != nil else { throw waiting("ContainerCreating") }
        // `validateContainerLogStatus`: previous, running, terminated, the last run, then the waiting reasons.
        var instance: ContainerInstance
        var current = false
        if previous {
            guard let last = record.lastTermination, last.containerID != nil else {
                throw .badRequest("previous terminated container \"\(record.name)\" in pod \"\(name)\" not found")
            }
            instance = ContainerInstance(startedAt: last.startedAt ?? last.finishedAt, exitedAt: last.finishedAt)
        } else {
            switch record.state {
            case .running(let startedAt):
                instance = ContainerInstance(startedAt: startedAt)
                current = true
            case .terminated(let termination):
                if termination.containerID != nil || record.containerID != nil, termination.reason != "ContainerStatusUnknown" {
                    instance = ContainerInstance(startedAt: termination.startedAt ?? termination.finishedAt, exitedAt: termination.finishedAt)
                    current = true
                } else if let last = record.lastTermination, last.containerID != nil {
                    instance = ContainerInstance(startedAt: last.startedAt ?? last.finishedAt, exitedAt: last.finishedAt)
                } else {
                    throw .badRequest("container \"\(record.name)\" in pod \"\(name)\" is terminated")
                }
            case .waiting(let reason, _):
                if let last = record.lastTermination {
                    guard last.containerID != nil else { throw .badRequest("container \"\(record.name)\" in pod \"\(name)\" is terminated") }
                    instance = ContainerInstance(startedAt: last.startedAt ?? last.finishedAt, exitedAt: last.finishedAt)
                } else if reason == "ErrImagePull" {
                    throw waiting("image can't be pulled")
                } else if reason == "ImagePullBackOff" {
                    throw waiting("trying and failing to pull image")
                } else {
                    throw waiting(reason)
                }
            }
        }
        if current, let termination = kubelet.podTermination[key], termination.stopSignalSent, let sentAt = termination.stopAt,
            sentAt >= instance.startedAt
        {
            instance.stopSignalAt = sentAt
        }
        let specs = pod.spec["containers"].array ?? []
        let spec = index < specs.count ? specs[index] : .null
        // The environment as the kubelet builds it now (a ConfigMap changed since the start is read as it is now).
        let resolved = Cluster.referencesConfiguration(spec) ? try? containerEnvironment(spec, pod: pod).get() : nil
        let program = ContainerProgram(container: spec, podName: name, podIP: pod.podIP, resolved: resolved)
        var lines = program.log(of: instance, now: now)
        if let served = network.served[NetworkState.ContainerKey(podUID: pod.meta.uid, container: index)] {
            // The server's access-log lines of this run, interleaved by time with what the process wrote.
            let end = instance.exitedAt ?? now
            let window = served.filter { $0.time >= instance.startedAt && $0.time <= end }
            if !window.isEmpty { lines = Cluster.interleave(lines, window) }
        }
        guard let sinceTime else { return lines }
        return Array(lines.drop { $0.time < sinceTime })
    }

    /// Two time-ordered runs of lines as one, the first run's lines first among equal times.
    private static func interleave(_ first: [LogLine], _ second: [LogLine]) -> [LogLine] {
        var result: [LogLine] = []
        result.reserveCapacity(first.count + second.count)
        var i = 0
        var j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i].time <= second[j].time) {
                result.append(first[i])
                i += 1
            } else {
                result.append(second[j])
                j += 1
            }
        }
        return result
    }

    /// The position of the container a log read is about, with the API server's errors for a wrong or missing name.
    private static func logContainerIndex(_ pod: PodRecord, container: String?) throws(APIError) -> Int {
        let name = pod.meta.name
        if let container {
            guard let index = pod.containers.firstIndex(where: { $0.name == container }) else {
                throw .badRequest("container \(container) is not valid for pod \(name)")
            }
            return index
        }
        switch pod.containers.count {
        case 1: return 0
        case 0: throw .badRequest("a container name must be specified for pod \(name)")
        default:
            let names = pod.containers.map(\.name).joined(separator: " ")
            throw .badRequest("a container name must be specified for pod \(name), choose one of: [\(names)]")
        }
    }
}
