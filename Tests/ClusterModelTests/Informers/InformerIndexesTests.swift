import Testing

@testable import ClusterModel

/// The shared informer indexes follow every stored change: dependents by owner, slices by Service.
@Suite struct InformerIndexesTests {
    @Test func ownersSeeTheirDependentsUntilTheyAreOrphaned() throws {
        var cluster = Cluster(seed: 8)
        try cluster.declare(TutorialFixtures.deployment(replicas: 3, grace: 5))
        cluster.advance(by: 10)
        let deployment = try #require(cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["metadata"]["uid"].string)
        let replicaSets = cluster.indexes.replicaSets(ownedBy: deployment)
        #expect(replicaSets.count == 1)
        let rs = try #require(replicaSets.first)
        let rsUID = try #require(cluster.object(.replicaSets, namespace: "default", name: rs.name)?["metadata"]["uid"].string)
        #expect(cluster.indexes.pods(ownedBy: OwnerKey(rsUID)).count == 3)
        #expect(cluster.indexes.hasDependents(deployment))

        _ = try cluster.delete(.deployments, namespace: "default", name: "nginx-deployment", options: DeleteOptions(propagation: .orphan))
        #expect(!cluster.indexes.hasDependents(deployment))
        _ = try cluster.delete(.replicaSets, namespace: "default", name: rs.name, options: DeleteOptions(propagation: .orphan))
        // The orphaned pods keep running, owned by nobody.
        #expect(cluster.indexes.pods(ownedBy: OwnerKey(rsUID)).isEmpty)
        #expect(cluster.list(.pods, namespace: "default").count == 3)
    }

    @Test func slicesAreIndexedByTheirService() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let service = ObjectKey(namespace: "default", name: "nginx-service")
        let slices = cluster.indexes.slices(of: service)
        #expect(slices.map(\.name) == TutorialFixtures.slices(cluster).compactMap { $0["metadata"]["name"].string })
        _ = try cluster.delete(.services, namespace: "default", name: "nginx-service", options: DeleteOptions())
        cluster.advance(by: 0)
        #expect(cluster.indexes.slices(of: service).isEmpty)
    }
}
