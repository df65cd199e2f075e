/// The data path: a request travels as it would on a kind node. The name is resolved by the cluster DNS; a
/// Service's ClusterIP (or a node's NodePort) is translated by kube-proxy's rules to an endpoint; the packet reaches
/// the pod's network namespace, where a running server process listening on the port answers.
///
/// What the model leaves out: packet loss, latency (every request is instantaneous), TCP keep-alive (each request
/// is a new connection), NetworkPolicies, and anything outside the cluster.
extension Cluster {
    /// Sends `request` now and returns what the client sees. A served request is written to the server's access
    /// log (see `podLog`).
    public mutating func send(_ request: HTTPRequest) -> RequestOutcome {
        var clientIP = ""
        var clientNode: String? = nil
        var namespace: String? = nil
        switch request.client {
        case .pod(let podNamespace, let name):
            let pod = api.pods[ObjectKey(namespace: podNamespace, name: name)]?.value
            clientIP = pod?.podIP ?? ""
            clientNode = pod?.nodeName
            namespace = podNamespace
        case .node(let node), .hostNetwork(let node, _):
            if case .hostNetwork(_, let podNamespace) = request.client { namespace = podNamespace }
            clientNode = node
            clientIP = stored(.nodes, ObjectKey(namespace: "", name: node)).flatMap { node in
                node["status"]["addresses"].array?.first { $0["type"] == "InternalIP" }?["address"].string
            } ?? ""
        }
        // The loopback address is the client's own network namespace (its pod, or its node).
        let host = request.host.lowercased()
        if host == "localhost" || host.hasPrefix("127."), Cluster.isIPv4(host) || host == "localhost" {
            guard case .pod(let podNamespace, let name) = request.client, let pod = api.pods[ObjectKey(namespace: podNamespace, name: name)]?.value,
                let ip = pod.podIP, !pod.facts.hostNetwork
            else { return .refused(address: "127.0.0.1") }
            return deliver(request, to: ip, pod: pod.key, port: request.port, address: "127.0.0.1", clientIP: "127.0.0.1")
        }
        let address: String
        if Cluster.isIPv4(request.host) {
            address = request.host
        } else {
            guard let answer = resolve(request.host, fromNamespace: namespace), let first = answer.first else { return .unresolved(host: request.host) }
            address = first
        }
        if let service = serviceOwning(address: address, port: request.port) {
            guard let port = service.port else { return .timedOut(address: address) }
            guard let (endpoint, target) = proxyRoute(service: service.object, port: port, clientIP: clientIP, clientNode: clientNode) else {
                return .refused(address: address)
            }
            return deliver(request, to: endpoint.address, pod: endpoint.pod, port: target, address: address, clientIP: clientIP)
        }
        return deliver(request, to: address, pod: nil, port: request.port, address: address, clientIP: clientIP)
    }

    /// The Service whose ClusterIP is `address` (with the port matching `port`, nil when it has none), or whose
    /// NodePort `port` is on a node's `address`.
    private func serviceOwning(address: String, port: Int) -> (object: JSONValue, port: JSONValue?)? {
        let isNode = configuration.nodes.indices.contains { Cluster.nodeIP($0) == address }
        for service in list(.services, namespace: nil) {
            let ports = service["spec"]["ports"].array ?? []
            if service["spec"]["clusterIP"].string == address {
                return (service, ports.first { $0["port"].int == port && ($0["protocol"].string ?? "TCP") == "TCP" })
            }
            if isNode, let match = ports.first(where: { $0["nodePort"].int == port }) { return (service, match) }
        }
        return nil
    }

    /// The packet reaches `podAddress:port`: the pod's server answers, or nothing listens (refused), or no pod has
    /// the address any more (timed out).
    private mutating func deliver(
        _ request: HTTPRequest, to podAddress: String, pod podKey: ObjectKey?, port: Int, address: String, clientIP: String
    ) -> RequestOutcome {
        let found = podKey.flatMap { api.pods[$0]?.value } ?? api.pods.values.first { $0.value.podIP == podAddress && !$0.value.facts.hostNetwork }?.value
        guard let pod = found, pod.podIP == podAddress, !pod.phase.isTerminal else { return .timedOut(address: address) }
        if let termination = kubelet.podTermination[pod.key], termination.stopSignalSent {
            // The stop signal has reached the processes: nginx (SIGQUIT) and httpd (SIGWINCH) stop listening at once.
            return .refused(address: address)
        }
        let specs = pod.spec["containers"].array ?? []
        for (index, record) in pod.containers.enumerated() where index < specs.count {
            guard case .running = record.state else { continue }
            let program = ContainerProgram(container: specs[index], podName: pod.meta.name, podIP: pod.podIP)
            guard let server = HTTPServer.running(program, image: record.image), server.port == port else { continue }
            let response = server.respond(method: request.method, path: request.path, now: now, address: address, pod: pod.meta.name)
            let line = server.accessLogLine(
                clientIP: clientIP, method: request.method, path: request.path, status: response.status, bytes: response.body.utf8.count,
                userAgent: request.userAgent, at: now)
            network.record(LogLine(time: now, text: line), by: NetworkState.ContainerKey(podUID: pod.meta.uid, container: index))
            return .response(response)
        }
        return .refused(address: address)
    }
}
