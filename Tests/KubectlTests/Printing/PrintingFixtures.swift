import ClusterModel
import Yams

/// Objects shaped like real API objects, and the virtual "now", shared by the printer tests.
enum PrintingFixtures {
    /// 2026-11-28T12:00:00Z.
    static let now = Timestamp(rfc3339: "2026-11-28T12:00:00Z")!

    /// The RFC 3339 time `seconds` before ``now``.
    static func ago(_ seconds: Double) -> String { now.adding(seconds: -seconds).rfc3339 }

    /// A pod with one container `c` (or the given statuses), created `age` seconds ago.
    static func pod(
        _ name: String, age: Double, phase: String = "Running", ready: Bool = true, restarts: Int = 0, ip: String? = nil,
        node: String? = nil, state: JSONValue = ["running": ["startedAt": "2026-11-28T11:00:00Z"]], lastState: JSONValue = [:],
        labels: [String: String] = [:], namespace: String = "default"
    ) -> JSONValue {
        var pod: JSONValue = [
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name), "namespace": .string(namespace), "creationTimestamp": .string(ago(age)), "uid": .string("u-\(name)")],
            "spec": ["containers": [["name": "c", "image": "nginx:1.25"]]],
            "status": [
                "phase": .string(phase),
                "containerStatuses": [["name": "c", "ready": .bool(ready), "restartCount": .int(restarts), "state": state, "lastState": lastState]],
            ],
        ]
        if !labels.isEmpty { pod["metadata"]["labels"] = JSONValue(stringMap: labels) }
        if let ip { pod["status"]["podIPs"] = [["ip": .string(ip)]]; pod["status"]["podIP"] = .string(ip) }
        if let node { pod["spec"]["nodeName"] = .string(node) }
        return pod
    }

    /// The four pods of the real-kubectl.md transcript (kubectl v1.35.2).
    static var transcriptPods: [JSONValue] {
        [
            pod("pending-one-with-a-much-longer-name", age: 43, phase: "Pending", ready: false, state: ["waiting": ["reason": "ContainerCreating"]], labels: ["app": "batch"]),
            pod("solo", age: 26 * 3600 + 100, restarts: 3, ip: "10.244.0.7", node: "kind-worker", labels: ["app": "solo", "tier": "backend"]),
            pod("web-7d4b9c8f5d-abcde", age: 301, ip: "10.244.0.5", node: "kind-worker", labels: ["app": "web", "pod-template-hash": "7d4b9c8f5d"]),
            pod("web-7d4b9c8f5d-fghij", age: 301, ip: "10.244.0.6", node: "kind-worker2", labels: ["app": "web", "pod-template-hash": "7d4b9c8f5d"]),
        ]
    }

    /// A ClusterIP service.
    static func service(_ name: String, age: Double, clusterIP: String, port: Int, targetPort: JSONValue, selector: [String: String]?) -> JSONValue {
        var service: JSONValue = [
            "apiVersion": "v1", "kind": "Service",
            "metadata": ["name": .string(name), "namespace": "default", "creationTimestamp": .string(ago(age))],
            "spec": [
                "type": "ClusterIP", "clusterIP": .string(clusterIP), "clusterIPs": [.string(clusterIP)], "ipFamilies": ["IPv4"],
                "ipFamilyPolicy": "SingleStack", "sessionAffinity": "None", "internalTrafficPolicy": "Cluster",
                "ports": [["port": .int(port), "protocol": "TCP", "targetPort": targetPort]],
            ],
            "status": ["loadBalancer": [:]],
        ]
        if let selector { service["spec"]["selector"] = JSONValue(stringMap: selector) }
        return service
    }

    /// An EndpointSlice with the given addresses.
    static func slice(_ name: String, service: String, age: Double, port: Int, portName: String = "", addresses: [String]) -> JSONValue {
        [
            "apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv4",
            "metadata": ["name": .string(name), "namespace": "default", "creationTimestamp": .string(ago(age)), "labels": ["kubernetes.io/service-name": .string(service)]],
            "ports": [["name": .string(portName), "port": .int(port), "protocol": "TCP"]],
            "endpoints": .array(addresses.map { ["addresses": [.string($0)], "conditions": ["ready": true, "serving": true, "terminating": false]] }),
        ]
    }

    /// Parses JSON (or YAML) text into a `JSONValue` with Yams (JSON is YAML), for round-trip checks.
    static func parse(_ text: String) throws -> JSONValue {
        convert(try Yams.load(yaml: text))
    }

    private static func convert(_ any: Any?) -> JSONValue {
        switch any {
        case nil: return .null
        case let value as Bool: return .bool(value)
        case let value as Int: return .int(value)
        case let value as Double: return .double(value)
        case let value as String: return .string(value)
        case let value as [Any]: return .array(value.map(convert))
        case let value as [String: Any]: return .object(value.mapValues(convert))
        default: return .null
        }
    }
}
