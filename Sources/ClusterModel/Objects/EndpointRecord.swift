/// One endpoint of an EndpointSlice (`endpoints[]`): a pod's address and conditions.
struct EndpointRecord: Sendable, Equatable {
    var address: String
    var ready: Bool
    /// nil for the API server's own endpoint, which only carries `ready`.
    var serving: Bool?
    var terminating: Bool?
    var nodeName: String?
    var zone: String?
    /// `targetRef` pod identity (nil for the API server endpoint).
    var podName: String?
    var podNamespace: String?
    var podUID: String?
    /// `ObjectKey.hashCode` of the pod (0 without a pod): finding a pod's endpoint in a slice compares this first,
    /// so almost every other endpoint is passed over without comparing names. Derived from the pod's namespace
    /// and name, so it never makes equal endpoints unequal.
    var podKeyHash: UInt64 = 0

    func render() -> JSONValue {
        var conditions: [String: JSONValue] = ["ready": .bool(ready)]
        if let serving { conditions["serving"] = .bool(serving) }
        if let terminating { conditions["terminating"] = .bool(terminating) }
        var members: [String: JSONValue] = ["addresses": [.string(address)], "conditions": .object(conditions)]
        if let nodeName { members["nodeName"] = .string(nodeName) }
        if let zone { members["zone"] = .string(zone) }
        if let podName, let podNamespace, let podUID {
            members["targetRef"] = ["kind": "Pod", "name": .string(podName), "namespace": .string(podNamespace), "uid": .string(podUID)]
        }
        return .object(members)
    }
}
