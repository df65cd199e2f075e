import Testing

@testable import ClusterModel

/// The EndpointSlice controller: one slice per Service and address family, endpoints with the conditions of their
/// pods, managed-by and service-name labels, owned by the Service.
@Suite struct EndpointSliceControllerTests {
    @Test func theSliceBelongsToItsService() throws {
        let cluster = try TerminationWalkthroughTests.readyCluster(deployment: TutorialFixtures.deployment(replicas: 2), replicas: 2)
        let slice = try #require(TutorialFixtures.slices(cluster).first)
        let service = try #require(cluster.object(.services, namespace: "default", name: "nginx-service"))
        #expect(slice["addressType"] == "IPv4")
        #expect(slice["metadata"]["labels"]["kubernetes.io/service-name"] == "nginx-service")
        #expect(slice["metadata"]["ownerReferences"][0]["uid"] == service["metadata"]["uid"])
        #expect(slice["metadata"]["ownerReferences"][0]["kind"] == "Service")
        #expect((slice["endpoints"].array ?? []).count == 2)
    }

    @Test func anUnselectedPodLeavesTheSlice() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        let name = try #require(pod["metadata"]["name"].string)
        _ = try cluster.patch(.pods, namespace: "default", name: name, patch: ["metadata": ["labels": ["app": "other"]]], as: .merge)
        cluster.advance(by: 1)
        #expect(TerminationWalkthroughTests.endpoint(cluster, pod: name) == nil)
    }

    @Test func aServiceWithoutPodsHasAnEmptySlice() throws {
        var cluster = Cluster(seed: 51)
        try cluster.declare(TutorialFixtures.service())
        cluster.advance(by: 1)
        let slices = TutorialFixtures.slices(cluster)
        #expect(slices.count == 1)
        #expect(slices.first?["endpoints"] == .null)
    }
}
