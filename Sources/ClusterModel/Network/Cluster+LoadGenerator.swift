/// The load generator (`traffic start`): its requests are scheduled on the virtual clock like every other event,
/// so they interleave with the kubelet's and the controllers' steps exactly, and the same seed and commands give the
/// same counts.
extension Cluster {
    /// The running load generator, if any.
    public var loadGenerator: LoadGenerator? { network.load }
    /// The last load generator that was stopped, if any.
    public var stoppedLoadGenerator: LoadGenerator? { network.stoppedLoad }

    /// Starts sending `rate` requests a second to `target` (a Service name, a DNS name or an address) from the
    /// network of `clientNode`, replacing a running generator. The first request goes out now.
    public mutating func startLoad(
        target: String, port: Int = 80, path: String = "/", rate: Double, namespace: String = "default", clientNode: String = "kind-control-plane"
    ) {
        network.loadGeneration += 1
        network.load = LoadGenerator(
            target: target, port: port, path: path, interval: 1 / max(0.01, min(rate, 100)), namespace: namespace, clientNode: clientNode,
            startedAt: now, generation: network.loadGeneration)
        loadTick(generation: network.loadGeneration)
    }

    /// Stops the load generator; returns its final counts.
    @discardableResult
    public mutating func stopLoad() -> LoadGenerator? {
        defer {
            if network.load != nil { network.stoppedLoad = network.load }
            network.load = nil
        }
        return network.load
    }

    /// One request of the generator, and the next one scheduled.
    mutating func loadTick(generation: Int) {
        guard var load = network.load, load.generation == generation else { return }
        let outcome = send(HTTPRequest(client: .hostNetwork(node: load.clientNode, namespace: load.namespace), host: load.target, port: load.port, path: load.path, userAgent: "k8s-tutor-traffic/1.0"))
        load.record(outcome, at: now)
        network.load = load
        queue.schedule(.loadTick(generation: generation), at: now.adding(seconds: load.interval))
    }
}
