/// The kubelet's node lease (`pkg/kubelet/nodelease`): a Lease named after the node in `kube-node-lease`, owned by
/// the Node, held by it for 40 seconds.
///
/// A real kubelet renews it every 10 seconds; the simulation writes it once, at registration (renewals would move
/// every resourceVersion a learner sees and keep the clock from ever being idle).
extension Cluster {
    /// Creates the lease of the node named `node` (once it is registered).
    mutating func createNodeLease(_ node: String) {
        guard let object = stored(.nodes, ObjectKey(namespace: "", name: node)) else { return }
        create(
            .leases,
            [
                "apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                "metadata": [
                    "name": .string(node), "namespace": "kube-node-lease",
                    "ownerReferences": [["apiVersion": "v1", "kind": "Node", "name": .string(node), "uid": object["metadata"]["uid"]]],
                ],
                "spec": [
                    "holderIdentity": .string(node), "leaseDurationSeconds": 40,
                    "renewTime": .string(Cluster.rfc3339Micro(now, microseconds: renewMicroseconds(object))),
                ],
            ])
    }

    /// `metav1.MicroTime`'s JSON form: RFC 3339 with six fractional digits.
    static func rfc3339Micro(_ time: Timestamp, microseconds: Int) -> String {
        let digits = String(microseconds)
        return String(time.rfc3339.dropLast()) + "." + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + "Z"
    }

    /// The sub-second part of the lease's first renewal, drawn from the node's uid (the kubelet renews whenever
    /// it starts, not on a second boundary).
    private func renewMicroseconds(_ node: JSONValue) -> Int {
        Int((node["metadata"]["uid"].string ?? "").prefix(5), radix: 16).map { $0 % 1_000_000 } ?? 0
    }
}
