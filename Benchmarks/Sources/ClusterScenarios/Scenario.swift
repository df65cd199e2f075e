import ClusterModel

/// The benchmark scenarios: an n-replica Deployment behind one Service, applied and advanced until every pod is
/// Ready; then every pod deleted and the cluster advanced until all the old pods are gone.
public enum Scenario {
    public static func deployment(replicas: Int) -> JSONValue {
        [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "web", "labels": ["app": "web"]],
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": ["app": "web"]],
                "template": [
                    "metadata": ["labels": ["app": "web"]],
                    "spec": ["containers": [["name": "nginx", "image": "nginx:1.27", "ports": [["containerPort": 80]]]]],
                ],
            ],
        ]
    }

    /// A Service selecting the pods labelled `app: <app>`.
    static func service(app: String) -> JSONValue {
        [
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(app)],
            "spec": ["selector": ["app": .string(app)], "ports": [["port": 80, "targetPort": 80]]],
        ]
    }

    /// `services` Deployments of `replicas` each (`app: web-<n>`), each behind its own Service, applied and advanced
    /// until every pod is Ready: the many-Services shape of the scale requirement (10,000 pods behind 100 Services).
    public static func applyManyServices(services: Int, replicas: Int, seed: UInt64 = 1) -> Cluster {
        var cluster = Cluster(seed: seed)
        do {
            for index in 0..<services {
                let app = "web-\(index)"
                var manifest = deployment(replicas: replicas)
                manifest["metadata"]["name"] = .string(app)
                manifest["metadata"]["labels"] = ["app": .string(app)]
                manifest["spec"]["selector"] = ["matchLabels": ["app": .string(app)]]
                manifest["spec"]["template"]["metadata"]["labels"] = ["app": .string(app)]
                _ = try cluster.declare(manifest)
                _ = try cluster.declare(service(app: app))
            }
        } catch {
            fatalError("\(error)")
        }
        let ready = cluster.advance(
            until: { cluster in
                (0..<services).allSatisfy {
                    cluster.object(.deployments, namespace: "default", name: "web-\($0)")?["status"]["readyReplicas"].int == replicas
                }
            }, limit: 600)
        precondition(ready, "pods did not become ready")
        return cluster
    }

    static let service: JSONValue = [
        "apiVersion": "v1", "kind": "Service", "metadata": ["name": "web"],
        "spec": ["selector": ["app": "web"], "ports": [["port": 80, "targetPort": 80]]],
    ]

    /// Applies the Deployment and Service and advances until all replicas are Ready.
    public static func applyUntilReady(replicas: Int, seed: UInt64 = 1) -> Cluster {
        var cluster = Cluster(seed: seed)
        do {
            _ = try cluster.declare(deployment(replicas: replicas))
            _ = try cluster.declare(service)
        } catch {
            fatalError("\(error)")
        }
        let ready = cluster.advance(
            until: { $0.object(.deployments, namespace: "default", name: "web")?["status"]["readyReplicas"].int == replicas }, limit: 600)
        precondition(ready, "pods did not become ready")
        return cluster
    }

    /// Deletes every pod (one collection delete) and advances until all of the old pods are gone.
    public static func deleteAllAndTerminate(_ cluster: inout Cluster) {
        let old: [String]
        do {
            old = try cluster.deleteCollection(.pods, namespace: "default")
        } catch {
            fatalError("\(error)")
        }
        let last = old.last ?? ""
        let first = old.first ?? ""
        let gone = cluster.advance(
            until: {
                $0.object(.pods, namespace: "default", name: last) == nil && $0.object(.pods, namespace: "default", name: first) == nil
            }, limit: 600)
        precondition(gone, "old pods did not terminate")
        cluster.advance(by: 0)
    }

    /// An FNV-1a digest of the newest 40,000 change-feed entries (sequence, type, resource, time, object JSON) and
    /// of the final pods, slices and Endpoints: equal digests before and after an optimisation mean the model's
    /// output did not change. (The newest entries only: how much older history the feed retains is not output.)
    public static func digest(of cluster: Cluster) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var texts = cluster.changes(since: max(0, cluster.lastSequence - 40_000)).lazy.map { change in
            "\(change.sequence) \(change.type.rawValue) \(change.resource.qualifiedName) \(change.time.milliseconds) "
                + change.object.compactJSON + "\n"
        }.makeIterator()
        var finalObjects = [ResourceType.pods, .endpointSlices, .endpoints].flatMap { cluster.list($0, namespace: nil) }.lazy.map {
            $0.compactJSON + "\n"
        }.makeIterator()
        while var text = texts.next() ?? finalObjects.next() {
            text.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
        }
        return "0x" + String(hash, radix: 16)
    }
}
