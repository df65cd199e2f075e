/// The kubelet's view of one container of a pod, rendered as a `containerStatuses[]` entry.
struct ContainerRecord: Sendable, Equatable {
    /// The container's state machine.
    enum State: Sendable, Equatable {
        case waiting(reason: String, message: String? = nil)
        case running(startedAt: Timestamp)
        case terminated(Termination)
    }

    /// How one run of the container ended (`state.terminated`, `lastState.terminated`).
    struct Termination: Sendable, Equatable {
        var exitCode: Int
        var reason: String
        var message: String? = nil
        /// Nil renders Go's zero time (a container that never started: `StartError`).
        var startedAt: Timestamp?
        var finishedAt: Timestamp
        var containerID: ContainerID?

        /// The `terminated` object.
        func render() -> JSONValue {
            var terminated: [String: JSONValue] = [
                "exitCode": .int(exitCode), "reason": .string(reason),
                "startedAt": .string((startedAt ?? Timestamp(seconds: 0)).rfc3339), "finishedAt": .string(finishedAt.rfc3339),
            ]
            if let message { terminated["message"] = .string(message) }
            if let containerID { terminated["containerID"] = .string(containerID.text) }
            return .object(terminated)
        }
    }

    var name: String
    /// The image as written in the spec (`nginx:latest`).
    var image: String
    var state: State = .waiting(reason: "ContainerCreating")
    var ready = false
    var containerID: ContainerID? = nil
    var restartCount = 0
    /// How the previous run ended (`lastState.terminated`), once the container has restarted or waits to.
    var lastTermination: Termination? = nil

    /// `docker.io/library/nginx:latest` for `nginx:latest`, as containerd reports it.
    static func normalizedImage(_ image: String) -> String {
        var reference = image
        let lastComponent = reference.split(separator: "/").last.map(String.init) ?? reference
        if !lastComponent.contains(":") && !lastComponent.contains("@") { reference += ":latest" }
        let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 1 { return "docker.io/library/" + reference }
        let first = parts[0]
        if first.contains(".") || first.contains(":") || first == "localhost" { return reference }
        return "docker.io/" + reference
    }

    /// A stable image digest reference `docker.io/library/nginx@sha256:<64 hex>` derived from the image name.
    static func imageID(_ image: String) -> String {
        let normalized = normalizedImage(image)
        var repository = normalized
        if let at = normalized.firstIndex(of: "@") {
            repository = String(normalized[..<at])
        } else if let slash = normalized.lastIndex(of: "/"), let colon = normalized[slash...].lastIndex(of: ":") {
            repository = String(normalized[..<colon])
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var digest = ""
        for round in 0..<4 {
            for byte in (normalized + String(round)).utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            digest += SeededRandom.hex(hash, digits: 16)
        }
        return repository + "@sha256:" + digest
    }

    /// The `containerStatuses[]` entry.
    func render(volumeMounts: [JSONValue]) -> JSONValue {
        var members: [String: JSONValue] = [
            "name": .string(name),
            "ready": .bool(ready),
            "restartCount": .int(restartCount),
            "lastState": lastTermination.map { ["terminated": $0.render()] } ?? .emptyObject,
        ]
        if !volumeMounts.isEmpty { members["volumeMounts"] = .array(volumeMounts) }
        switch state {
        case .waiting(let reason, let message):
            if lastTermination != nil {
                members["image"] = .string(ContainerRecord.normalizedImage(image))
                members["imageID"] = .string(ContainerRecord.imageID(image))
            } else {
                members["image"] = .string(image)
                members["imageID"] = ""
            }
            members["started"] = false
            var waiting: [String: JSONValue] = ["reason": .string(reason)]
            if let message { waiting["message"] = .string(message) }
            members["state"] = ["waiting": .object(waiting)]
        case .running(let startedAt):
            members["image"] = .string(ContainerRecord.normalizedImage(image))
            members["imageID"] = .string(ContainerRecord.imageID(image))
            members["started"] = true
            members["state"] = ["running": ["startedAt": .string(startedAt.rfc3339)]]
        case .terminated(let termination):
            members["image"] = .string(ContainerRecord.normalizedImage(image))
            members["imageID"] = .string(ContainerRecord.imageID(image))
            members["started"] = false
            members["state"] = ["terminated": termination.render()]
        }
        if let containerID { members["containerID"] = .string(containerID.text) }
        return .object(members)
    }

    var isRunning: Bool {
        if case .running = state { return true }
        return false
    }

    /// The run that ended last: the current state when terminated, else the previous run.
    var latestTermination: Termination? {
        if case .terminated(let termination) = state { return termination }
        return lastTermination
    }

    /// Whether the container has run and stopped (terminated, or waiting to restart after a run), as the kubelet's
    /// `getPhase` counts "stopped".
    var hasStopped: Bool {
        switch state {
        case .terminated: return true
        case .waiting: return lastTermination != nil
        case .running: return false
        }
    }
}
