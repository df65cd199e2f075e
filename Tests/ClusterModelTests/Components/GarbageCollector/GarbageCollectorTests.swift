import Testing

@testable import ClusterModel

/// The garbage collector and finalizers: what remains after deleting a Deployment with each propagation policy,
/// and when it goes.
@Suite struct GarbageCollectorTests {
    /// Two nginx pods running behind a Deployment; their preStop hook outlasts the 5 s grace period, so they take
    /// 5 s to terminate.
    func running() throws -> Cluster {
        var cluster = Cluster(seed: 21)
        try cluster.declare(TutorialFixtures.deployment(replicas: 2, grace: 5))
        cluster.advance(by: 30)
        return cluster
    }

    func names(_ cluster: Cluster, _ type: ResourceType) -> [String] {
        cluster.list(type, namespace: "default").compactMap { $0["metadata"]["name"].string }
    }

    func terminating(_ cluster: Cluster) -> Int {
        cluster.list(.pods, namespace: "default").filter { !$0["metadata"]["deletionTimestamp"].isNull }.count
    }

    @Test func backgroundRemovesTheOwnerAtOnceAndTheDependentsAfter() throws {
        var cluster = try running()
        _ = try cluster.delete(.deployments, namespace: "default", name: "nginx-deployment", options: DeleteOptions(propagation: .background))
        #expect(names(cluster, .deployments).isEmpty)
        #expect(names(cluster, .replicaSets).count == 1)  // the collector has not run yet
        cluster.advance(by: 0)
        #expect(names(cluster, .replicaSets).isEmpty)
        cluster.advance(by: 0)
        #expect(terminating(cluster) == 2)
        cluster.advance(by: 10)
        #expect(names(cluster, .pods).isEmpty)
    }

    @Test func foregroundKeepsTheOwnersUntilThePodsAreGone() throws {
        var cluster = try running()
        let answered = try cluster.delete(.deployments, namespace: "default", name: "nginx-deployment", options: DeleteOptions(propagation: .foreground))
        #expect(answered["metadata"]["finalizers"] == ["foregroundDeletion"])
        #expect(answered["metadata"]["deletionTimestamp"] == .string(cluster.now.rfc3339))
        let rs = try #require(cluster.list(.replicaSets, namespace: "default").first)
        #expect(rs["metadata"]["finalizers"] == ["foregroundDeletion"])
        #expect(terminating(cluster) == 2)
        cluster.advance(by: 3)
        // Still there while the pods terminate; the controllers create nothing new.
        #expect(names(cluster, .deployments) == ["nginx-deployment"])
        #expect(names(cluster, .replicaSets).count == 1)
        #expect(names(cluster, .pods).count == 2)
        cluster.advance(by: 10)
        #expect(names(cluster, .pods).isEmpty)
        #expect(names(cluster, .replicaSets).isEmpty)
        #expect(names(cluster, .deployments).isEmpty)
    }

    @Test func orphanKeepsTheReplicaSetAndItsPodsWithoutTheOwner() throws {
        var cluster = try running()
        _ = try cluster.delete(.deployments, namespace: "default", name: "nginx-deployment", options: DeleteOptions(propagation: .orphan))
        cluster.advance(by: 30)
        #expect(names(cluster, .deployments).isEmpty)
        let rs = try #require(cluster.list(.replicaSets, namespace: "default").first)
        #expect(rs["metadata"]["ownerReferences"] == .null)
        #expect(names(cluster, .pods).count == 2)
        #expect(terminating(cluster) == 0)
        // The orphaned ReplicaSet still keeps its pods.
        let pod = try #require(names(cluster, .pods).first)
        _ = try cluster.delete(.pods, namespace: "default", name: pod, options: DeleteOptions(gracePeriodSeconds: 0))
        cluster.advance(by: 30)
        #expect(names(cluster, .pods).count == 2)
    }

    @Test func anObjectWithFinalizersStaysUntilTheyAreRemoved() throws {
        var cluster = Cluster(seed: 22)
        var manifest = TutorialFixtures.service()
        manifest["metadata"]["finalizers"] = ["example.com/keep"]
        try cluster.declare(manifest)
        let deleted = try cluster.delete(.services, namespace: "default", name: "nginx-service")
        #expect(deleted["metadata"]["deletionTimestamp"] == .string(cluster.now.rfc3339))
        cluster.advance(by: 60)
        #expect(names(cluster, .services).contains("nginx-service"))
        // No new finalizer while deleting.
        #expect(throws: APIError.self) {
            try cluster.patch(.services, namespace: "default", name: "nginx-service", patch: ["metadata": ["finalizers": ["example.com/keep", "b"]]], as: .merge)
        }
        do {
            _ = try cluster.patch(.services, namespace: "default", name: "nginx-service", patch: ["metadata": ["finalizers": ["example.com/keep", "b"]]], as: .merge)
        } catch {
            #expect(error.message == "Service \"nginx-service\" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"b\"}")
        }
        _ = try cluster.patch(.services, namespace: "default", name: "nginx-service", patch: ["metadata": ["finalizers": nil]], as: .merge)
        #expect(!names(cluster, .services).contains("nginx-service"))
    }
}
