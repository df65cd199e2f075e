/// The root CA certificate publisher's state (kube-controller-manager's `root-ca-cert-publisher`): the cluster's CA
/// bundle and the namespaces whose `kube-root-ca.crt` ConfigMap to ensure.
///
/// Its logic is `syncRootCACertificate` in `Cluster+RootCACertPublisher.swift`; it watches Namespaces (a new one) and
/// ConfigMaps (its ConfigMap deleted or changed).
struct RootCACertPublisher: Sendable {
    /// The ConfigMap's name (`RootCACertConfigMapName`).
    static let configMapName = "kube-root-ca.crt"
    /// The description annotation's key and text, as the publisher writes them.
    static let descriptionKey = "kubernetes.io/description"
    static let description =
        "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."

    /// The cluster CA certificate, PEM.
    var rootCA: String
    /// Namespaces to sync.
    var queue: Set<String> = []

    /// A namespace was created.
    mutating func namespaceAdded(_ name: String) { queue.insert(name) }

    /// A ConfigMap was written or deleted: the publisher's own is checked again.
    mutating func configMapChanged(_ key: ObjectKey) {
        if key.name == Self.configMapName { queue.insert(key.namespace) }
    }

    /// The queued namespaces in name order, emptying the queue; nil when there is nothing to do.
    mutating func takeWork() -> [String]? {
        guard !queue.isEmpty else { return nil }
        defer { queue = [] }
        return queue.sorted()
    }

    /// A CA certificate in the shape of a kubeadm `kubernetes` CA (PEM of 1,099 bytes), with contents drawn from
    /// `random`: the tutor has no real CA, and nothing in the simulation verifies it.
    static func makeRootCA(_ random: inout SeededRandom) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var body = "MIIDBTCCAe2gAwIBAgII"
        while body.count < 1028 { body.append(alphabet[Int(random.next() % 64)]) }
        var lines: [String] = []
        var rest = Substring(body)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(64)))
            rest = rest.dropFirst(64)
        }
        return "-----BEGIN CERTIFICATE-----\n" + lines.joined(separator: "\n") + "\n-----END CERTIFICATE-----\n"
    }
}
