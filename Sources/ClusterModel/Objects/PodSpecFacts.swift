/// What the scheduler and the kubelet read from a pod's spec, read out of the JSON once per spec.
///
/// Every pod transition used to look these up in the spec's JSON (a string-keyed dictionary lookup each); pods of
/// one ReplicaSet share one spec, so the facts are derived once per template and copied with the record.
struct PodSpecFacts: Sendable, Equatable {
    /// What the kubelet reads from one container of the spec.
    struct Container: Sendable, Equatable {
        var image: String
        /// `imagePullPolicy: Always`.
        var pullsAlways: Bool
        /// Whether the container has a readinessProbe, and its initialDelaySeconds.
        var hasReadinessProbe: Bool
        var readinessInitialDelay: Double
        /// Seconds its preStop hook takes (see `Cluster.preStopSeconds`).
        var preStopSeconds: Double
        /// Whether PID 1 is `sleep` (directly or through a shell), which ignores the stop signal.
        var ignoresStopSignal: Bool
        /// Whether the process may end by itself (a command that exits, a memory limit it may exceed): only then
        /// does the kubelet follow the program when the container starts.
        var mayEnd: Bool
        /// Why the image cannot be pulled, if it cannot (looked up once per template, not per pod).
        var pullFailure: PullFailure?
        /// The image's size as the `Pulled` event reports it.
        var imageSize: Int
    }

    /// `spec.terminationGracePeriodSeconds`, if set.
    var terminationGracePeriodSeconds: Int?
    /// `spec.hostNetwork`: the pod uses the node's network (and address).
    var hostNetwork: Bool
    /// `spec.hostname` and `spec.subdomain` (a StatefulSet's pods): endpoints of the Service the subdomain names
    /// carry the hostname.
    var hostname: String?
    var subdomain: String?
    var containers: [Container]

    init(spec: JSONValue) {
        terminationGracePeriodSeconds = spec["terminationGracePeriodSeconds"].int
        hostNetwork = spec["hostNetwork"].bool ?? false
        hostname = spec["hostname"].string
        subdomain = spec["subdomain"].string
        containers = (spec["containers"].array ?? []).map { container in
            let probe = container["readinessProbe"]
            let words = ((container["command"].array ?? []) + (container["args"].array ?? [])).compactMap(\.string)
            let ignores: Bool
            if let first = words.first {
                ignores = first == "sleep" || first.hasSuffix("/sleep") || (first.hasSuffix("sh") && words.count >= 3 && words[2].hasPrefix("sleep"))
            } else {
                ignores = false
            }
            return Container(
                image: container["image"].string ?? "", pullsAlways: container["imagePullPolicy"].string == "Always",
                hasReadinessProbe: !probe.isNull, readinessInitialDelay: Double(probe["initialDelaySeconds"].int ?? 0),
                preStopSeconds: Cluster.preStopSeconds(container), ignoresStopSignal: ignores, mayEnd: PodSpecFacts.mayEnd(container),
                pullFailure: PodSpecFacts.pullFailure(container["image"].string ?? ""),
                imageSize: Cluster.imageSize(container["image"].string ?? ""))
        }
    }

    /// Whether `container`'s process may end by itself (see `Container.mayEnd`).
    static func mayEnd(_ container: JSONValue) -> Bool {
        if !container["resources"]["limits"]["memory"].isNull { return true }
        switch ContainerProgram(container: container, podName: "") {
        case .nginx, .server, .silent: return false
        case .process, .exits, .memoryHog: return true
        }
    }

    /// The pull failure of `image`, or nil when the catalogue has it.
    static func pullFailure(_ image: String) -> PullFailure? {
        if case .failed(let failure) = ImageCatalog.pull(image) { return failure }
        return nil
    }
}
