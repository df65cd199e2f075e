/// The root CA publisher's sync (`pkg/controller/certificates/rootcacertpublisher/publisher.go`): every active
/// namespace has a `kube-root-ca.crt` ConfigMap holding the cluster CA as `ca.crt`, with the description annotation;
/// a missing one is created and one whose data or annotation differ is written back.
extension Cluster {
    mutating func syncRootCACertificate(namespace: String) {
        guard let namespaceObject = stored(.namespaces, ObjectKey(namespace: "", name: namespace)),
            namespaceObject["status"]["phase"].string != "Terminating"
        else { return }
        let key = ObjectKey(namespace: namespace, name: RootCACertPublisher.configMapName)
        let data: JSONValue = ["ca.crt": .string(rootCACertPublisher.rootCA)]
        guard var existing = stored(.configMaps, key) else {
            create(
                .configMaps,
                [
                    "apiVersion": "v1", "kind": "ConfigMap",
                    "metadata": [
                        "name": .string(key.name), "namespace": .string(namespace),
                        "annotations": [.init(stringLiteral: RootCACertPublisher.descriptionKey): .string(RootCACertPublisher.description)],
                    ],
                    "data": data,
                ])
            return
        }
        let described = existing["metadata"]["annotations"][RootCACertPublisher.descriptionKey].string == RootCACertPublisher.description
        guard existing["data"] != data || !described || !existing["binaryData"].isNull else { return }
        existing["data"] = data
        existing["binaryData"] = .null
        existing["metadata"]["annotations"][RootCACertPublisher.descriptionKey] = .string(RootCACertPublisher.description)
        update(.configMaps, existing)
    }

    /// Runs the publisher's queued namespaces.
    mutating func runRootCACertPublisher() -> Bool {
        guard let work = rootCACertPublisher.takeWork() else { return false }
        for namespace in work { syncRootCACertificate(namespace: namespace) }
        return true
    }
}
