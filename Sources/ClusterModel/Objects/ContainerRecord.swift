/// The kubelet's view of one container of a pod, rendered as a `containerStatuses[]` entry.
struct ContainerRecord: Sendable, Equatable {
    /// The container's state machine.
    enum State: Sendable, Equatable {
        case waiting(reason: String)
        case running(startedAt: Timestamp)
        case terminated(exitCode: Int, reason: String, startedAt: Timestamp, finishedAt: Timestamp)
    }

    var name: String
    /// The image as written in the spec (`nginx:latest`).
    var image: String
    var state: State = .waiting(reason: "ContainerCreating")
    var ready = false
    var containerID: ContainerID? = nil
    var restartCount = 0

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
            "lastState": .emptyObject,
            "volumeMounts": .array(volumeMounts),
        ]
        switch state {
        case .waiting(let reason):
            members["image"] = .string(image)
            members["imageID"] = ""
            members["started"] = false
            members["state"] = ["waiting": ["reason": .string(reason)]]
        case .running(let startedAt):
            members["image"] = .string(ContainerRecord.normalizedImage(image))
            members["imageID"] = .string(ContainerRecord.imageID(image))
            members["started"] = true
            members["state"] = ["running": ["startedAt": .string(startedAt.rfc3339)]]
        case .terminated(let exitCode, let reason, let startedAt, let finishedAt):
            members["image"] = .string(ContainerRecord.normalizedImage(image))
            members["imageID"] = .string(ContainerRecord.imageID(image))
            members["started"] = false
            var terminated: [String: JSONValue] = [
                "exitCode": .int(exitCode), "reason": .string(reason),
                "startedAt": .string(startedAt.rfc3339), "finishedAt": .string(finishedAt.rfc3339),
            ]
            if let containerID { terminated["containerID"] = .string(containerID.text) }
            members["state"] = ["terminated": .object(terminated)]
        }
        if let containerID { members["containerID"] = .string(containerID.text) }
        return .object(members)
    }

    var isRunning: Bool {
        if case .running = state { return true }
        return false
    }
}
