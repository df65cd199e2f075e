import ClusterModel
import Testing
import Yams

@testable import TutorialEngine

/// `traffic:` checks read the load generator: running or not, requests a pod answered, failures, since an instant.
@Suite struct TrafficCheckTests {
    /// nginx behind `nginx-service`, ready, with 5 requests a second for ten seconds.
    static func clusterWithTraffic() throws -> (Cluster, String) {
        var cluster = Cluster(seed: 81)
        _ = try cluster.create([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "web", "namespace": "default", "labels": ["app": "web"]],
            "spec": ["containers": [["name": "nginx", "image": "nginx:1.29", "ports": [["containerPort": 80]]]]],
        ])
        _ = try cluster.create([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "web", "namespace": "default"],
            "spec": ["selector": ["app": "web"], "ports": [["port": 80]]],
        ])
        cluster.advance(by: 10)
        let started = cluster.now.rfc3339
        cluster.startLoad(target: "web", rate: 5)
        cluster.advance(by: 10)
        return (cluster, started)
    }

    @Test func runningServedByAndFailures() throws {
        let (cluster, started) = try Self.clusterWithTraffic()
        let environment = CheckEnvironment(cluster: cluster, bindings: ["pod": "web", "start": started])
        #expect(environment.evaluate(.traffic(TrafficCondition(running: true))))
        #expect(!environment.evaluate(.traffic(TrafficCondition(running: false))))
        #expect(environment.evaluate(.traffic(TrafficCondition(servedBy: "{pod}", minimum: 50))))
        #expect(!environment.evaluate(.traffic(TrafficCondition(servedBy: "{pod}", minimum: 52))))
        #expect(!environment.evaluate(.traffic(TrafficCondition(servedBy: "other"))))
        #expect(environment.evaluate(.traffic(TrafficCondition(maxFailures: 0, since: "{start}"))))
        // An unresolved placeholder never passes.
        #expect(!environment.evaluate(.traffic(TrafficCondition(servedBy: "{missing}"))))
    }

    @Test func failuresCountAndStoppedTrafficStaysReadable() throws {
        var (cluster, _) = try Self.clusterWithTraffic()
        _ = try cluster.delete(.pods, namespace: "default", name: "web", options: DeleteOptions(gracePeriodSeconds: 0))
        cluster.advance(by: 4)
        cluster.stopLoad()
        let environment = CheckEnvironment(cluster: cluster, bindings: [:])
        #expect(environment.evaluate(.traffic(TrafficCondition(running: false))))
        #expect(!environment.evaluate(.traffic(TrafficCondition(maxFailures: 0))))
        #expect(environment.evaluate(.traffic(TrafficCondition(maxFailures: 20))))
        #expect(environment.evaluate(.traffic(TrafficCondition(servedBy: "web", minimum: 50))))
    }

    @Test func theLoaderRejectsAnEmptyOrInconsistentCondition() throws {
        #expect(try YAMLDecoder().decode(TrafficCondition.self, from: "{servedBy: x, minimum: 2}") == TrafficCondition(servedBy: "x", minimum: 2))
        for yaml in ["{}", "{minimum: 3}", "{servedBy: x, minimum: 0}", "{maxFailures: -1}", "{running: true, nope: 1}"] {
            #expect(throws: (any Error).self, "\(yaml)") { _ = try YAMLDecoder().decode(TrafficCondition.self, from: yaml) }
        }
    }
}
