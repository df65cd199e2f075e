/// kube-proxy's routing (`pkg/proxy`, `CategorizeEndpoints` in `topology.go`): a connection to a Service port goes to
/// one of the programmed endpoints, chosen at random as the iptables `statistic` rules choose; ready endpoints
/// first, and when none is ready, the serving terminating ones (so a Service whose only pod is shutting down keeps
/// answering); with `internalTrafficPolicy: Local`, only endpoints on the client's node. `sessionAffinity: ClientIP`
/// keeps a client on the endpoint it got for `timeoutSeconds`.
extension Cluster {
    /// The most slices a Service may have for kube-proxy to follow it from the start (see `proxySliceChanged`).
    static let eagerSliceLimit = 4

    /// The endpoints of `service` in its EndpointSlices now.
    func proxyEndpoints(of service: ObjectKey) -> [KubeProxy.Endpoint] {
        Cluster.endpoints(in: indexes.slices(of: service).sorted().compactMap { storedSlice($0) }, namespace: service.namespace)
    }

    /// The endpoints of `slices` (a Service's, in `namespace`) as kube-proxy's endpoints cache reads them.
    static func endpoints(in slices: [SliceRecord], namespace: String) -> [KubeProxy.Endpoint] {
        slices.flatMap { slice in
            var ports: [String: Int] = [:]
            for port in slice.ports ?? [] {
                if let number = port["port"].int { ports[port["name"].string ?? ""] = number }
            }
            return slice.endpoints.map { endpoint in
                KubeProxy.Endpoint(
                    address: endpoint.address,
                    pod: endpoint.podName.map { ObjectKey(namespace: endpoint.podNamespace ?? namespace, name: $0) },
                    nodeName: endpoint.nodeName, ready: endpoint.ready, serving: endpoint.serving ?? endpoint.ready,
                    terminating: endpoint.terminating ?? false, ports: ports)
            }
        }
    }

    /// The endpoint and target port kube-proxy sends a connection from `clientIP` (on `clientNode`) to `service`'s
    /// `port` to, or nil when its rules reject it (no usable endpoint: the client sees `connection refused`).
    mutating func proxyRoute(service: JSONValue, port: JSONValue, clientIP: String, clientNode: String?) -> (KubeProxy.Endpoint, Int)? {
        let key = ObjectKey(namespace: service["metadata"]["namespace"].string ?? "", name: service["metadata"]["name"].string ?? "")
        kubeProxy.sync(now: now)
        if kubeProxy.requested.insert(key).inserted, indexes.slices(of: key).count > Cluster.eagerSliceLimit {
            // A large Service's rules were not kept up to date until now (see `proxySliceChanged`).
            kubeProxy.programmed[key] = indexes.slices(of: key).sorted().compactMap { storedSlice($0) }
        }
        let portName = port["name"].string ?? ""
        let all = Cluster.endpoints(in: kubeProxy.programmed[key] ?? [], namespace: key.namespace).filter { $0.ports[portName] != nil }
        let local = service["spec"]["internalTrafficPolicy"].string == "Local"
        let reachable = local ? all.filter { $0.nodeName == clientNode } : all
        var usable = reachable.filter(\.ready)
        if usable.isEmpty { usable = reachable.filter { $0.serving && $0.terminating } }
        guard !usable.isEmpty else { return nil }
        let servicePort = port["port"].int ?? 0
        if service["spec"]["sessionAffinity"].string == "ClientIP" {
            let affinityKey = KubeProxy.AffinityKey(service: key, port: servicePort, clientIP: clientIP)
            let timeout = Double(service["spec"]["sessionAffinityConfig"]["clientIP"]["timeoutSeconds"].int ?? 10800)
            if let sticky = kubeProxy.affinity[affinityKey], sticky.expires > now, let endpoint = usable.first(where: { $0.address == sticky.address }) {
                kubeProxy.affinity[affinityKey] = (endpoint.address, now.adding(seconds: timeout))
                return (endpoint, endpoint.ports[portName] ?? servicePort)
            }
            let endpoint = usable[trafficRandom.below(usable.count)]
            kubeProxy.affinity[affinityKey] = (endpoint.address, now.adding(seconds: timeout))
            return (endpoint, endpoint.ports[portName] ?? servicePort)
        }
        let endpoint = usable[trafficRandom.below(usable.count)]
        return (endpoint, endpoint.ports[portName] ?? servicePort)
    }

    /// A slice of `service` was written or removed: the Service's slices reach the rules after the propagation delay.
    ///
    /// A Service of more than `eagerSliceLimit` slices (over 400 endpoints) is followed only once a request has gone
    /// to it: snapshotting its slices at every write would cost the 10,000-pod scenarios a tenth of their time,
    /// and the one inaccuracy (a first request within a second of a change sees the change) is invisible there.
    mutating func proxySliceChanged(_ service: ObjectKey) {
        let keys = indexes.slices(of: service)
        guard keys.count <= Cluster.eagerSliceLimit || kubeProxy.requested.contains(service) else { return }
        let slices = keys.sorted().compactMap { storedSlice($0) }
        kubeProxy.slicesChanged(service, slices: slices, at: now.adding(seconds: configuration.proxyPropagationSeconds), now: now)
    }
}
