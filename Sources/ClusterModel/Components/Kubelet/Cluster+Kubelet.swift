/// The kubelets: pod sandboxes and IPs, image pulls, container start-up, readiness probes and the termination flow.
extension Cluster {
    /// Index of a configured node by name.
    func nodeIndex(_ name: String) -> Int? { configuration.nodes.firstIndex { $0.name == name } }

    /// InternalIP of node `index`: `172.18.0.(index+2)`.
    static func nodeIP(_ index: Int) -> String { ipv4(172, 18, 0, index + 2) }

    /// `a.b.c.d` with each part in decimal (parts 0...255 as the model makes them; others are written through
    /// String's formatting), written straight into a (small) string instead of through interpolation.
    static func ipv4(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> String {
        let parts = (a, b, c, d)
        guard (0...255).contains(a), (0...255).contains(b), (0...255).contains(c), (0...255).contains(d) else {
            return "\(parts.0).\(parts.1).\(parts.2).\(parts.3)"
        }
        return String(unsafeUninitializedCapacity: 15) { bytes in
            var position = 0
            func write(_ value: Int) {
                if value >= 100 {
                    bytes[position] = UInt8(ascii: "0") + UInt8(value / 100)
                    position += 1
                }
                if value >= 10 {
                    bytes[position] = UInt8(ascii: "0") + UInt8(value / 10 % 10)
                    position += 1
                }
                bytes[position] = UInt8(ascii: "0") + UInt8(value % 10)
                position += 1
            }
            write(a)
            bytes[position] = UInt8(ascii: ".")
            position += 1
            write(b)
            bytes[position] = UInt8(ascii: ".")
            position += 1
            write(c)
            bytes[position] = UInt8(ascii: ".")
            position += 1
            write(d)
            return position
        }
    }

    /// The next pod IP of a node: host-local IPAM hands out addresses in order from the node's /24
    /// (`10.244.<node>.2` …); past 254 it continues in further /24s (`10.244.<node + k·nodes>.x`).
    mutating func nextPodIP(node: String) -> String {
        let index = nodeIndex(node) ?? 0
        let counter = kubelet.nextPodHost[index]
        kubelet.nextPodHost[index] = counter + 1
        let block = counter / 253
        let host = counter % 253 + 2
        return Cluster.ipv4(10, 244, (index + block * configuration.nodes.count) % 256, host)
    }

    /// The kubelet picks the pod up: sandbox and IP, `ContainerCreating`, image pulls begin.
    mutating func kubeletStart(_ key: ObjectKey, uid: String) {
        guard let stored = storedPod(key), stored.value.meta.uid == uid, let node = stored.value.nodeName, stored.value.meta.deletionTimestamp == nil else {
            return
        }
        var pod = stored.value
        if let failure = missingVolumeSource(pod) {
            waitForVolumes(&pod, node: node, failure: failure)
            return
        }
        if !kubelet.mountAttempts.isEmpty { kubelet.mountAttempts[key] = nil }
        if pod.kubeletSeenAt == nil || pod.startTime == nil {
            pod.kubeletSeenAt = now
            pod.startTime = now
        }
        pod.sandboxReady = true
        pod.sandboxChangedAt = now
        // The kubelet reports a pod bound at creation as scheduled (`PodScheduled` True) when it first syncs it.
        if pod.scheduledAt == nil { pod.scheduledAt = now }
        let hostIP = Cluster.nodeIP(nodeIndex(node) ?? 0)
        pod.hostIP = hostIP
        // A pod in the node's network namespace has the node's address; the others get one from the CNI's IPAM.
        pod.podIP = pod.facts.hostNetwork ? hostIP : nextPodIP(node: node)
        let specs = pod.facts.containers
        let names = pod.containers.map(\.name)
        let involved = involvedPod(pod)
        updatePodStatus(pod)
        var longest = 0.0
        for (index, container) in specs.enumerated() {
            let image = container.image
            let name = names[index]
            var about = involved
            about.container = name
            let present = kubelet.pulledImages.contains(NodeImage(node: node, image: image))
            if !container.pullsAlways && present {
                emitEvent(
                    about: about, namespace: key.namespace, objectName: key.name, reason: "Pulled",
                    message: .imagePresent(image: image), component: "kubelet", host: node)
                longest = max(longest, 0.1)
            } else {
                emitEvent(
                    about: about, namespace: key.namespace, objectName: key.name, reason: "Pulling",
                    message: .pulling(image: image), component: "kubelet", host: node)
                let span = max(0, configuration.maximumPullSeconds - configuration.minimumPullSeconds)
                let tenths = Int((span * 10).rounded())
                let pull = configuration.minimumPullSeconds + Double(tenths > 0 ? random.below(tenths + 1) : 0) / 10
                longest = max(longest, pull)
                kubelet.pullSeconds[key] = pull
            }
        }
        queue.schedule(.containersStarted(key, uid: uid), at: now.adding(seconds: longest))
    }

    /// Images pulled; containers created and started. Containers without a readiness probe are ready at once.
    mutating func containersStarted(_ key: ObjectKey, uid: String) {
        guard var pod = storedPod(key)?.value, pod.meta.uid == uid, let node = pod.nodeName, pod.meta.deletionTimestamp == nil else { return }
        let specs = pod.facts.containers
        var probeDelay: Double? = nil
        for index in pod.containers.indices {
            let image = pod.containers[index].image
            let name = pod.containers[index].name
            let marker = NodeImage(node: node, image: image)
            if let failure = specs[index].pullFailure {
                recordPullFailure(&pod, index: index, failure: failure)
                continue
            }
            if let pull = kubelet.pullSeconds[key], !kubelet.pulledImages.contains(marker) || specs[index].pullsAlways {
                emitEvent(
                    about: involvedPod(pod, container: name), namespace: key.namespace, objectName: key.name, reason: "Pulled",
                    message: .text(Cluster.pulledMessage(image: image, size: specs[index].imageSize, seconds: pull)),
                    component: "kubelet", host: node)
            }
            kubelet.pulledImages.insert(marker)
            guard startContainer(&pod, index: index, restarted: false) else { continue }
            if !specs[index].hasReadinessProbe {
                pod.containers[index].ready = true
            } else {
                let delay = specs[index].readinessInitialDelay
                probeDelay = min(probeDelay ?? delay, delay)
            }
        }
        kubelet.pullSeconds[key] = nil
        pod.phase = Cluster.kubeletPhase(pod)
        if pod.phase.isTerminal {
            pod.sandboxReady = false
            pod.sandboxChangedAt = now
        }
        updateReadiness(&pod)
        updatePodStatus(consume pod)
        if let probeDelay { queue.schedule(.readinessProbe(key, uid: uid), at: now.adding(seconds: probeDelay)) }
    }

    /// Recomputes the pod's Ready condition from its containers.
    func updateReadiness(_ pod: inout PodRecord) {
        let ready = !pod.containers.isEmpty && pod.containers.allSatisfy { $0.ready && $0.isRunning }
        if ready != pod.ready {
            pod.ready = ready
            pod.readyChangedAt = now
        }
    }

    /// A readiness-probe round: updates container readiness, records `Unhealthy` events while failing, and
    /// re-schedules itself every `periodSeconds` while any probe fails.
    mutating func readinessProbe(_ key: ObjectKey, uid: String) {
        guard var pod = storedPod(key)?.value, pod.meta.uid == uid, !pod.isTerminal, kubelet.podTermination[key]?.stopAt.map({ $0 > now }) ?? true else { return }
        let specs = pod.spec["containers"].array ?? []
        var failing = false
        var period = 10
        for index in pod.containers.indices where pod.containers[index].isRunning {
            let probe = specs[index]["readinessProbe"]
            if probe.isNull { continue }
            period = min(period, probe["periodSeconds"].int ?? 10)
            let (success, failure) = probeOutcome(probe, container: specs[index], pod: pod, index: index, readiness: true)
            if success {
                pod.containers[index].ready = true
                kubelet.probeFailures[key] = 0
            } else {
                failing = true
                let count = (kubelet.probeFailures[key] ?? 0) + 1
                kubelet.probeFailures[key] = count
                if count >= (probe["failureThreshold"].int ?? 3) { pod.containers[index].ready = false }
                recordUnhealthy(pod, container: pod.containers[index].name, message: "Readiness probe failed: " + failure)
            }
        }
        let before = pod
        updateReadiness(&pod)
        if pod != before || pod.containers != storedPod(key)?.value.containers { updatePodStatus(pod) }
        if failing { queue.schedule(.readinessProbe(key, uid: uid), at: now.adding(seconds: Double(max(1, period)))) }
    }

    /// Records (or counts up) the `Warning Unhealthy` event of a failing probe.
    mutating func recordUnhealthy(_ pod: PodRecord, container: String, message: String) {
        emitRepeatableEvent(
            marker: pod.meta.uid + "/unhealthy/" + container, about: involvedPod(pod, container: container), namespace: pod.meta.namespace,
            objectName: pod.meta.name, type: "Warning", reason: "Unhealthy", message: message, component: "kubelet", host: pod.nodeName)
    }

    /// The documented probe rules: a lesson override wins; httpGet/tcpSocket succeed when the port is one the
    /// container declares (by number or name), else fail with `connection refused`; exec succeeds unless the
    /// command is `false`/`exit 1`, or `cat`/`test -f`/`ls` of a file that the container's command does not
    /// create with `touch` (then `No such file or directory`); grpc succeeds.
    func probeOutcome(_ probe: JSONValue, container: JSONValue, pod: PodRecord, index: Int, readiness: Bool = false) -> (Bool, String) {
        if readiness, let override = kubelet.readinessOverrides[pod.key] { return (override, override ? "" : "probe forced to fail by the lesson") }
        let ports = container["ports"].array ?? []
        func declares(_ port: JSONValue) -> Bool {
            if let number = port.int { return ports.contains { $0["containerPort"].int == number } }
            if let name = port.string { return ports.contains { $0["name"].string == name } || Int(name).map { n in ports.contains { $0["containerPort"].int == n } } ?? false }
            return false
        }
        func resolved(_ port: JSONValue) -> String {
            if let number = port.int { return String(number) }
            if let name = port.string, let match = ports.first(where: { $0["name"].string == name }), let number = match["containerPort"].int { return String(number) }
            return port.string ?? ""
        }
        let ip = pod.podIP ?? ""
        // A system image's own program serves its health endpoints (`/livez`, `/health`, `/readyz`).
        if probe["exec"].isNull, ImageCatalog.runsOwnProgram(container) { return (true, "") }
        if !probe["httpGet"].isNull {
            let http = probe["httpGet"]
            // agnhost's `liveness` server (the liveness-probe tutorial) answers /healthz with 500 after 10 seconds.
            if pod.containers.indices.contains(index), pod.containers[index].image.contains("agnhost"),
                container["args"].array?.first?.string == "liveness", case .running(let startedAt) = pod.containers[index].state,
                now.seconds(since: startedAt) > 10
            {
                return (false, "HTTP probe failed with statuscode: 500")
            }
            if declares(http["port"]) || pod.containers.indices.contains(index) && pod.containers[index].image.contains("agnhost") { return (true, "") }
            let port = resolved(http["port"])
            let scheme = (http["scheme"].string ?? "HTTP").lowercased()
            return (false, "Get \"\(scheme)://\(ip):\(port)\(http["path"].string ?? "/")\": dial tcp \(ip):\(port): connect: connection refused")
        }
        if !probe["tcpSocket"].isNull {
            if declares(probe["tcpSocket"]["port"]) { return (true, "") }
            let port = resolved(probe["tcpSocket"]["port"])
            return (false, "dial tcp \(ip):\(port): connect: connection refused")
        }
        if let command = probe["exec"]["command"].array?.compactMap(\.string) {
            let text = command.joined(separator: " ")
            if command.first == "false" || text.contains("exit 1") { return (false, "") }
            let words = command.count >= 3 && (command[0].hasSuffix("sh")) ? command[2].split(separator: " ").map(String.init) : command
            if let verb = words.first, ["cat", "test", "ls", "stat"].contains(verb), let path = words.last, path.hasPrefix("/") {
                // The file exists if the container's process has created it by now (and not removed it since).
                guard index < pod.containers.count, case .running(let startedAt) = pod.containers[index].state else { return (false, "") }
                let program = ContainerProgram(container: container, podName: pod.meta.name, podIP: pod.podIP)
                let run = program.run(startedAt: startedAt, memoryLimit: nil, limit: now.seconds(since: startedAt))
                if run.fileExists(path, after: now.seconds(since: startedAt)) { return (true, "") }
                let busybox: Bool
                if case .found(let entry) = ImageCatalog.pull(pod.containers[index].image) { busybox = entry.shell == .busybox } else { busybox = false }
                let missing = busybox ? "\(verb): can't open '\(path)': No such file or directory" : "\(verb): \(path): No such file or directory"
                return (false, verb == "cat" ? missing : "")
            }
            return (true, "")
        }
        return (true, "")
    }

    /// Lets a lesson decide the readiness-probe outcome of a pod's containers (nil: back to the documented rules).
    /// The next probe runs at once.
    public mutating func setReadinessProbeOutcome(namespace: String, pod name: String, succeeds: Bool?) throws(APIError) {
        let key = ObjectKey(namespace: namespace, name: name)
        guard let pod = storedPod(key)?.value else { throw APIError.notFound(.pods, name: name) }
        kubelet.readinessOverrides[key] = succeeds
        kubelet.probeFailures[key] = nil
        queue.schedule(.readinessProbe(key, uid: pod.meta.uid), at: now)
    }

    // MARK: Termination

    /// Seconds a preStop hook takes: `sleep N` (directly or via `sh -c "sleep N"`) takes N, anything else 0.
    static func preStopSeconds(_ container: JSONValue) -> Double {
        guard let command = container["lifecycle"]["preStop"]["exec"]["command"].array?.compactMap(\.string) else {
            if let seconds = container["lifecycle"]["preStop"]["sleep"]["seconds"].int { return Double(seconds) }
            return 0
        }
        var words = command
        if command.count >= 3, command[0].hasSuffix("sh"), command[1] == "-c" {
            words = command[2].split(separator: " ").map(String.init)
        }
        if words.count >= 2, words[0] == "sleep" || words[0].hasSuffix("/sleep"), let seconds = Double(words[1]) { return seconds }
        return 0
    }

    /// The kubelet sees the pod's deletionTimestamp: it notes when termination started and begins it at once.
    mutating func kubeletNoticedDeletion(_ key: ObjectKey, uid: String, token: Int) {
        kubelet.podTermination[key] = PodTermination(startedAt: now)
        queue.schedule(.beginTermination(key, uid: uid, token: token), at: now)
    }

    /// The kubelet sees a second delete that shortened the grace period to end at `deadline`: the stop signal comes
    /// no later than the new deadline, unless it was already sent (the runtime's kill timeout is not shortened below
    /// the 2-second minimum).
    mutating func kubeletNoticedShorterGracePeriod(_ key: ObjectKey, uid: String, token: Int, deadline: Timestamp) {
        let stopAt = kubelet.podTermination[key]?.stopAt
        if let stopAt, stopAt <= now { return }
        queue.schedule(.stopSignal(key, uid: uid, token: token), at: min(stopAt ?? deadline, deadline))
    }

    /// The kubelet starts killing the pod: `Killing` events, preStop hooks run (bounded by the grace period).
    mutating func beginTermination(_ key: ObjectKey, uid: String, token: Int) {
        // Read through the stored snapshot: this step only reads the pod.
        guard let stored = storedPod(key), stored.value.meta.uid == uid, stored.value.terminationToken == token, !stored.value.phase.isTerminal else {
            return
        }
        let meta = stored.value.meta
        let grace = Double(meta.deletionGracePeriodSeconds ?? 30)
        var hook = 0.0
        let specs = stored.value.facts.containers
        let seen = stored.value.kubeletSeenAt != nil
        for (index, container) in stored.value.containers.enumerated() where container.isRunning || seen {
            emitEvent(
                about: involvedPod(meta, container: container.name), namespace: key.namespace, objectName: key.name, reason: "Killing",
                message: .stopping(container: container.name), component: "kubelet", host: stored.value.nodeName)
            if index < specs.count, container.isRunning { hook = max(hook, specs[index].preStopSeconds) }
        }
        let waited = min(hook, grace)
        let stopAt = now.adding(seconds: waited)
        recordStopSignal(of: key, at: stopAt)
        if hook > grace { kubelet.podTermination[key]?.preStopCutOff = true }
        queue.schedule(.stopSignal(key, uid: uid, token: token), at: stopAt)
    }

    /// Notes when the pod's stop signal is to be sent, or (`sent`) that the runtime sends it now.
    mutating func recordStopSignal(of key: ObjectKey, at time: Timestamp, sent: Bool = false) {
        if let index = kubelet.podTermination.index(forKey: key) {
            kubelet.podTermination.values[index].stopAt = time
            if sent { kubelet.podTermination.values[index].stopSignalSent = true }
        } else {
            kubelet.podTermination[key] = PodTermination(startedAt: now, stopAt: time, stopSignalSent: sent)
        }
    }

    /// The stop signal: the runtime gets `max(2, grace − whole seconds spent in preStop)` seconds before SIGKILL.
    /// Containers whose PID 1 is `sleep` (or a shell running it) ignore the signal and are killed (exit 137);
    /// others exit cleanly (exit 0) one second later.
    mutating func stopSignal(_ key: ObjectKey, uid: String, token: Int) {
        // Read through the stored snapshot: this step only reads the pod.
        guard let stored = storedPod(key), stored.value.meta.uid == uid, stored.value.terminationToken == token, !stored.value.phase.isTerminal else {
            return
        }
        let started = kubelet.podTermination[key]?.startedAt ?? now
        let grace = stored.value.meta.deletionGracePeriodSeconds ?? 30
        let spent = Int(now.seconds(since: started).rounded(.down))
        let timeout = max(2, grace - spent)
        recordStopSignal(of: key, at: now, sent: true)
        let ignoresSignal = stored.value.facts.containers.contains(where: \.ignoresStopSignal)
        let killed = ignoresSignal || !stored.value.containers.contains(where: \.isRunning) && stored.value.kubeletSeenAt == nil
        if killed {
            queue.schedule(.containersExited(key, uid: uid, token: token, exitCode: 137), at: now.adding(seconds: Double(timeout)))
        } else {
            queue.schedule(.containersExited(key, uid: uid, token: token, exitCode: 0), at: now.adding(seconds: Double(min(1, timeout))))
        }
    }

    /// The containers have stopped: the pod turns Succeeded (exit 0) or Failed, then the kubelet's final delete
    /// (grace 0) removes it.
    mutating func containersExited(_ key: ObjectKey, uid: String, token: Int, exitCode: Int) {
        guard reportContainersExited(key, uid: uid, token: token, exitCode: exitCode) else { return }
        deleteTerminatedPod(key)
    }

    /// The kubelet's status update when the containers have stopped: each container terminated with `exitCode`, the
    /// pod Succeeded (exit 0) or Failed. Returns whether it applied (false for a stale transition).
    mutating func reportContainersExited(_ key: ObjectKey, uid: String, token: Int, exitCode: Int) -> Bool {
        guard var pod = storedPod(key)?.value, pod.meta.uid == uid, pod.terminationToken == token, !pod.isTerminal else { return false }
        if kubelet.podTermination[key]?.preStopCutOff == true {
            // `executePreStopHook`: the hook's exec fails once its container is killed, and the kubelet records that
            // without the message ("do not record the message in the event so that secrets won't leak").
            let grace = Double(pod.meta.deletionGracePeriodSeconds ?? 30)
            for (index, container) in pod.containers.enumerated() where index < pod.facts.containers.count && pod.facts.containers[index].preStopSeconds > grace {
                emitEvent(
                    about: involvedPod(pod.meta, container: container.name), namespace: key.namespace, objectName: key.name, type: "Warning",
                    reason: "FailedPreStopHook", message: .text("PreStopHook failed"), component: "kubelet", host: pod.nodeName)
            }
        }
        for index in pod.containers.indices {
            let container = pod.containers[index]
            switch container.state {
            case .terminated:
                continue
            case .waiting where container.lastTermination != nil:
                // Waiting to restart: what the runtime knows is the run that ended last.
                pod.containers[index].state = .terminated(container.lastTermination!)
            case .waiting(let reason, _) where reason == "ErrImagePull" || reason == "ImagePullBackOff":
                pod.containers[index].state = .terminated(
                    ContainerRecord.Termination(
                        exitCode: 137, reason: "ContainerStatusUnknown", message: "The container could not be located when the pod was terminated",
                        startedAt: nil, finishedAt: now, containerID: nil))
            default:
                let startedAt: Timestamp
                if case .running(let time) = container.state { startedAt = time } else { startedAt = now }
                pod.containers[index].state = .terminated(
                    ContainerRecord.Termination(
                        exitCode: exitCode, reason: exitCode == 0 ? "Completed" : "Error", startedAt: startedAt, finishedAt: now,
                        containerID: container.containerID))
            }
            pod.containers[index].ready = false
        }
        pod.phase = exitCode == 0 ? .succeeded : .failed
        pod.ready = false
        pod.readyChangedAt = now
        pod.sandboxReady = false
        pod.sandboxChangedAt = now
        updatePodStatus(consume pod)
        kubelet.probeFailures[key] = nil
        return true
    }

    /// `image_manager.go` `pullImage`'s event once a pull succeeded.
    static func pulledMessage(image: String, size: Int, seconds: Double) -> String {
        let text = formatSeconds(seconds)
        return "Successfully pulled image \"\(image)\" in \(text) (\(text) including waiting). Image size: \(size) bytes."
    }

    /// `1.2s`, `850ms`-style durations as Go's `time.Duration` prints them for pull times.
    static func formatSeconds(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)s" : "\(tenths / 10).\(tenths % 10)s"
    }

    /// A plausible, stable image size in bytes.
    static func imageSize(_ image: String) -> Int {
        if case .found(let entry) = ImageCatalog.pull(image) { return entry.size }
        var hash: UInt32 = 2_166_136_261
        for byte in image.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return 30_000_000 + Int(hash % 50_000_000)
    }
}
