/// The endpoint a pod should have in a Service's slices: its conditions and ports, with the pod read through its
/// snapshot. The endpoint record is built only when the endpoint is placed or its identity changed; an endpoint
/// that stays where it is only takes the new conditions.
struct DesiredEndpoint {
    let pod: Snapshot<PodRecord>
    /// `ObjectKey.hashCode` of the pod.
    let podKeyHash: UInt64
    let ready: Bool
    let serving: Bool
    let terminating: Bool
    let ports: [JSONValue]
    /// The pod's hostname if the endpoint carries it (`ShouldSetHostname`: the pod's subdomain is the Service).
    let hostname: String?

    /// Whether `endpoint` identifies this pod as it is now: the same address, node (the zone follows the node) and
    /// `targetRef`.
    func isIdentity(of endpoint: EndpointRecord) -> Bool {
        let target = endpoint.target
        return endpoint.podKeyHash == podKeyHash && target.address == pod.value.podIP && target.nodeName == pod.value.nodeName
            && target.podName == pod.value.meta.name && target.podNamespace == pod.value.meta.namespace && target.podUID == pod.value.meta.uid
            && target.hostname == hostname
    }

    /// Whether `endpoint` already carries these conditions.
    func hasConditions(of endpoint: EndpointRecord) -> Bool {
        endpoint.ready == ready && endpoint.serving == serving && endpoint.terminating == terminating
    }

    /// Gives `endpoint` (this pod's) these conditions.
    func applyConditions(to endpoint: inout EndpointRecord) {
        endpoint.ready = ready
        endpoint.serving = serving
        endpoint.terminating = terminating
    }

    /// A new endpoint record; `zone` is the zone of the pod's node.
    func record(zone: String?) -> EndpointRecord {
        EndpointRecord(
            address: pod.value.podIP ?? "", ready: ready, serving: serving, terminating: terminating, nodeName: pod.value.nodeName, zone: zone,
            podName: pod.value.meta.name, podNamespace: pod.value.meta.namespace, podUID: pod.value.meta.uid, hostname: hostname,
            podKeyHash: podKeyHash)
    }
}
