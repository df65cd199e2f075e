/// The cluster DNS as CoreDNS's `kubernetes` plugin answers it for `cluster.local`, through a pod's resolv.conf
/// (`search <namespace>.svc.cluster.local svc.cluster.local cluster.local`, `options ndots:5`).
extension Cluster {
    /// The cluster domain kubeadm and kind configure.
    static let clusterDomain = "cluster.local"

    /// The A records of `name` as a pod in `namespace` looks it up (the search path first for names with fewer than
    /// five dots), or nil when no name of the search yields one (NXDOMAIN). A name outside the cluster domain has
    /// no record: the simulated cluster has no way out.
    public func resolve(_ name: String, fromNamespace namespace: String?) -> [String]? {
        let lower = name.lowercased()
        if lower.hasSuffix(".") { return records(String(lower.dropLast())) }
        var candidates: [String] = []
        if lower.filter({ $0 == "." }).count < 5, let namespace {
            candidates = ["\(namespace).svc.\(Cluster.clusterDomain)", "svc.\(Cluster.clusterDomain)", Cluster.clusterDomain].map { lower + "." + $0 }
        }
        candidates.append(lower)
        for candidate in candidates {
            if let answer = records(candidate) { return answer }
        }
        return nil
    }

    /// The A records of a fully qualified name: a Service's ClusterIP, a headless Service's endpoint addresses, a
    /// StatefulSet pod's `<hostname>.<service>` record, or a pod's `a-b-c-d.<namespace>.pod` record.
    private func records(_ fqdn: String) -> [String]? {
        let suffix = "." + Cluster.clusterDomain
        guard fqdn.hasSuffix(suffix) else { return nil }
        let labels = fqdn.dropLast(suffix.count).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if labels.count == 3, labels[2] == "pod" {
            let address = labels[0].replacingOccurrences("-", with: ".")
            return Cluster.isIPv4(address) && exists(.namespaces, ObjectKey(namespace: "", name: labels[1])) ? [address] : nil
        }
        guard labels.last == "svc", labels.count == 3 || labels.count == 4 else { return nil }
        let serviceKey = ObjectKey(namespace: labels[labels.count - 2], name: labels[labels.count - 3])
        guard let service = stored(.services, serviceKey) else { return nil }
        let spec = service["spec"]
        if labels.count == 3 {
            if spec["type"].string == "ExternalName" { return nil }
            if let ip = spec["clusterIP"].string, ip != "None" { return [ip] }
        }
        let publishNotReady = spec["publishNotReadyAddresses"].bool == true
        let endpoints = proxyEndpoints(of: serviceKey).filter { publishNotReady || $0.ready }
        if labels.count == 4 {
            let hostname = labels[0]
            let matches = indexes.slices(of: serviceKey).compactMap { storedSlice($0) }.flatMap(\.endpoints)
                .filter { $0.hostname == hostname && (publishNotReady || $0.ready) }.map(\.address)
            return matches.isEmpty ? nil : matches
        }
        let addresses = endpoints.map(\.address)
        return addresses.isEmpty ? nil : addresses
    }

    /// Whether `text` is a dotted-quad IPv4 address.
    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) < 256 }
    }
}
