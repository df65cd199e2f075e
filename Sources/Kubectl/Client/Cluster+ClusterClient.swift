import ClusterModel

/// The in-process simulated cluster answers kubectl's requests directly.
extension Cluster: ClusterClient {
    /// The simulated API server's version (`kubectl version`'s `Server Version`).
    public var serverVersion: String { configuration.kubernetesVersion }

    /// Counted from the store's keys; no JSON is built.
    public func objectCount(_ type: ResourceType, namespace: String) -> Int { names(type, namespace: namespace).count }
}
