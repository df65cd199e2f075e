import Testing

@testable import ClusterModel

/// Pins the exact output of a busy scenario (hundreds of pods, three Services, probes, preStop hooks, scaling,
/// a rolling update, mass deletion) as a digest of the whole change feed and the final objects.
///
/// The controllers are tuned for speed (indexes, caches, skipped no-op syncs); this test makes sure such tuning never
/// changes a name, an IP, a resourceVersion, an event or the order of the feed. If a change to the model's behaviour
/// is intended, run the test, check the new figures are expected, and update `expected`.
@Suite struct ScaleFingerprintTests {
    struct Fingerprint: Equatable, CustomStringConvertible {
        var changes: Int
        var bytes: Int
        var digest: UInt64

        var description: String { "Fingerprint(changes: \(changes), bytes: \(bytes), digest: 0x\(String(digest, radix: 16)))" }
    }

    static let expected = Fingerprint(changes: 4395, bytes: 17_871_066, digest: 0x6a6e_00bf_751c_d6d6)

    static func deployment(replicas: Int, image: String) -> JSONValue {
        [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "web", "labels": ["app": "web"]],
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": ["app": "web"]],
                "template": [
                    "metadata": ["labels": ["app": "web", "tier": "front"]],
                    "spec": [
                        "terminationGracePeriodSeconds": 30,
                        "containers": [
                            [
                                "name": "nginx", "image": .string(image), "ports": [["name": "http", "containerPort": 80]],
                                "readinessProbe": ["httpGet": ["path": "/", "port": "http"], "initialDelaySeconds": 2, "periodSeconds": 5],
                                "lifecycle": ["preStop": ["exec": ["command": ["/bin/sh", "-c", "sleep 12"]]]],
                            ]
                        ],
                    ],
                ],
            ],
        ]
    }

    static func service(_ name: String, selector: [String: String], targetPort: JSONValue, publishNotReady: Bool = false) -> JSONValue {
        var spec: JSONValue = ["selector": JSONValue(stringMap: selector), "ports": [["name": "web", "port": 80, "targetPort": targetPort]]]
        if publishNotReady { spec["publishNotReadyAddresses"] = true }
        return ["apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name)], "spec": spec]
    }

    static func run() throws -> Fingerprint {
        var cluster = Cluster(seed: 20_261_129)
        _ = try cluster.declare(deployment(replicas: 130, image: "nginx:1.27"))
        _ = try cluster.declare(service("web", selector: ["app": "web"], targetPort: "http"))
        _ = try cluster.declare(service("front", selector: ["tier": "front"], targetPort: 80, publishNotReady: true))
        cluster.advance(by: 20)
        let names = cluster.names(.pods, namespace: "default")
        for name in names.prefix(5) { _ = try cluster.delete(.pods, namespace: "default", name: name) }
        _ = try cluster.delete(.pods, namespace: "default", name: names[7], options: DeleteOptions(gracePeriodSeconds: 3))
        _ = try cluster.delete(.pods, namespace: "default", name: names[9], options: DeleteOptions(gracePeriodSeconds: 0))
        cluster.advance(by: 6)
        _ = try cluster.scale(.deployments, namespace: "default", name: "web", replicas: 70)
        cluster.advance(by: 15)
        _ = try cluster.declare(deployment(replicas: 70, image: "nginx:1.28"))
        cluster.advance(by: 240)
        _ = try cluster.declare(service("late", selector: ["app": "web", "tier": "front"], targetPort: "http"))
        cluster.advance(by: 1)
        _ = try cluster.deleteCollection(.pods, namespace: "default")
        cluster.advance(by: 45)
        _ = try cluster.delete(.services, namespace: "default", name: "front")
        cluster.advance(by: 5)

        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var bytes = 0
        func mix(_ text: String) {
            var text = text
            text.withUTF8 { buffer in
                for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                bytes += buffer.count
            }
        }
        let changes = cluster.changes(since: 0)
        for change in changes {
            mix("\(change.sequence) \(change.type.rawValue) \(change.resource.qualifiedName) \(change.time.milliseconds) ")
            mix(change.object.compactJSON + "\n")
        }
        for type in [ResourceType.pods, .replicaSets, .deployments, .services, .endpointSlices, .endpoints, .events] {
            for object in cluster.list(type, namespace: nil) { mix(object.compactJSON + "\n") }
        }
        return Fingerprint(changes: changes.count, bytes: bytes, digest: hash)
    }

    /// Also a determinism check: a digest that varied between runs could not match the pinned one.
    @Test func busyScenarioOutputIsUnchanged() throws {
        let fingerprint = try ScaleFingerprintTests.run()
        #expect(fingerprint == ScaleFingerprintTests.expected, "got \(fingerprint)")
    }
}
