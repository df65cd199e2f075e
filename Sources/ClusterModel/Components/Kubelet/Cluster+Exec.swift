/// The `pods/exec` subresource: the API server hands the request to the kubelet of the pod's node, which starts the
/// command in the container through the container runtime.
extension Cluster {
    /// The network tools each image family has: curl in the nginx and curl images, BusyBox's wget and nslookup,
    /// glibc's getent in the Debian-based images.
    static func networkTools(image: String, flavour: ShellInterpreter.Flavour) -> Set<String> {
        let normalized = ContainerRecord.normalizedImage(image)
        var tools: Set<String> = []
        switch flavour {
        case .busybox: tools = ["wget", "nslookup"]
        case .dash: tools = ["getent"]
        case .none: return []
        }
        if normalized.hasPrefix("docker.io/library/nginx") || normalized.hasPrefix("docker.io/curlimages/curl") { tools.insert("curl") }
        return tools
    }

    /// Prepares `command` to run in `container` of the pod (nil: the only or the default container), as the
    /// kubelet's exec endpoint does; `terminal` when kubectl allocated a TTY.
    /// - Throws: `pods "x" not found`; `unable to upgrade connection: container not found ("c")` when the container
    ///   is not running.
    public func execCommand(namespace: String, pod name: String, container: String, command: [String], terminal: Bool) throws(APIError)
        -> ContainerCommand
    {
        guard let pod = storedPod(ObjectKey(namespace: namespace, name: name))?.value else { throw .notFound(.pods, name: name) }
        guard let index = pod.containers.firstIndex(where: { $0.name == container }), case .running = pod.containers[index].state,
            pod.nodeName != nil
        else {
            throw APIError(reason: .internalError, code: 500, message: "unable to upgrade connection: container not found (\"\(container)\")")
        }
        let specs = pod.spec["containers"].array ?? []
        let spec = index < specs.count ? specs[index] : .null
        let image = pod.containers[index].image
        let flavour: ShellInterpreter.Flavour
        if case .found(let entry) = ImageCatalog.pull(image) { flavour = entry.shell } else { flavour = .none }
        let environment = (try? containerEnvironment(spec, pod: pod).get()) ?? []
        var context = ShellInterpreter.Context(flavour: flavour, hostname: pod.meta.name, environment: environment, start: now)
        context.networkTools = Cluster.networkTools(image: image, flavour: flavour)
        context.namespace = namespace
        context.terminal = terminal
        return ContainerCommand(argv: command, context: context, namespace: namespace, pod: name)
    }

    /// Answers a network call of a command running in the pod `pod` of `namespace`.
    public mutating func perform(_ effect: ContainerEffect, namespace: String, pod: String) -> ContainerEffectResult {
        switch effect {
        case .request(let request): return .response(send(request))
        case .lookup(let name): return .lookup(resolve(name, fromNamespace: namespace))
        }
    }
}
