/// One endpoint of an EndpointSlice (`endpoints[]`): a pod's address and conditions.
///
/// What identifies the endpoint (address, node, zone, `targetRef`) is fixed for a pod's endpoint and sits behind
/// one shared reference; the conditions, which change with readiness and termination, are stored inline. Slices
/// copy their endpoint arrays whenever one endpoint changes, and this way a copy retains one object per endpoint
/// instead of half a dozen strings, and a slice's array stays small enough to scan quickly.
struct EndpointRecord: Sendable, Equatable {
    /// The parts that identify the endpoint.
    final class Target: Sendable, Equatable {
        let address: String
        let nodeName: String?
        let zone: String?
        /// `targetRef` pod identity (nil for the API server endpoint).
        let podName: String?
        let podNamespace: String?
        let podUID: String?
        /// The pod's hostname when its subdomain is the Service (`ShouldSetHostname`).
        let hostname: String?
        /// The IPv4 address as a number: legacy Endpoints objects list addresses in this order.
        let addressOrder: UInt32

        init(address: String, nodeName: String?, zone: String?, podName: String?, podNamespace: String?, podUID: String?, hostname: String?) {
            self.address = address
            self.nodeName = nodeName
            self.zone = zone
            self.podName = podName
            self.podNamespace = podNamespace
            self.podUID = podUID
            self.hostname = hostname
            self.addressOrder = Target.ipv4Order(address)
        }

        /// `a.b.c.d` as the number `a << 24 | b << 16 | c << 8 | d`.
        static func ipv4Order(_ address: String) -> UInt32 {
            var result: UInt32 = 0
            var octet: UInt32 = 0
            for byte in address.utf8 {
                if byte == UInt8(ascii: ".") {
                    result = result << 8 | octet
                    octet = 0
                } else {
                    octet = octet &* 10 &+ UInt32(byte &- 48)
                }
            }
            return result << 8 | octet
        }

        static func == (lhs: Target, rhs: Target) -> Bool {
            lhs === rhs
                || (lhs.address == rhs.address && lhs.nodeName == rhs.nodeName && lhs.zone == rhs.zone && lhs.podName == rhs.podName
                    && lhs.podNamespace == rhs.podNamespace && lhs.podUID == rhs.podUID && lhs.hostname == rhs.hostname)
        }
    }

    /// The identifying parts, shared by every copy of the endpoint.
    let target: Target
    var ready: Bool
    /// nil for the API server's own endpoint, which only carries `ready`.
    var serving: Bool?
    var terminating: Bool?
    /// `ObjectKey.hashCode` of the pod (0 without a pod): finding a pod's endpoint in a slice compares this first,
    /// so almost every other endpoint is passed over without following `target`. Derived from the pod's namespace
    /// and name, so it never makes equal endpoints unequal.
    let podKeyHash: UInt64

    init(
        address: String, ready: Bool, serving: Bool? = nil, terminating: Bool? = nil, nodeName: String? = nil, zone: String? = nil,
        podName: String? = nil, podNamespace: String? = nil, podUID: String? = nil, hostname: String? = nil, podKeyHash: UInt64 = 0
    ) {
        self.target = Target(
            address: address, nodeName: nodeName, zone: zone, podName: podName, podNamespace: podNamespace, podUID: podUID, hostname: hostname)
        self.ready = ready
        self.serving = serving
        self.terminating = terminating
        self.podKeyHash = podKeyHash
    }

    var address: String { target.address }
    var nodeName: String? { target.nodeName }
    var zone: String? { target.zone }
    var podName: String? { target.podName }
    var podNamespace: String? { target.podNamespace }
    var podUID: String? { target.podUID }
    var hostname: String? { target.hostname }

    func render() -> JSONValue {
        var conditions: [String: JSONValue] = ["ready": .bool(ready)]
        if let serving { conditions["serving"] = .bool(serving) }
        if let terminating { conditions["terminating"] = .bool(terminating) }
        var members: [String: JSONValue] = ["addresses": [.string(address)], "conditions": .object(conditions)]
        if let hostname { members["hostname"] = .string(hostname) }
        if let nodeName { members["nodeName"] = .string(nodeName) }
        if let zone { members["zone"] = .string(zone) }
        if let podName, let podNamespace, let podUID {
            members["targetRef"] = ["kind": "Pod", "name": .string(podName), "namespace": .string(podNamespace), "uid": .string(podUID)]
        }
        return .object(members)
    }
}
