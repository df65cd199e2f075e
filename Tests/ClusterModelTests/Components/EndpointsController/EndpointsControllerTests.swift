import Testing

@testable import ClusterModel

/// The Endpoints controller: the legacy Endpoints object of a Service lists ready addresses, not-ready ones apart,
/// and drops terminating pods.
@Suite struct EndpointsControllerTests {
    @Test func readyAddressesAndTheirTargets() throws {
        let cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let endpoints = try #require(cluster.object(.endpoints, namespace: "default", name: "nginx-service"))
        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        #expect(endpoints["subsets"][0]["addresses"][0]["ip"] == pod["status"]["podIP"])
        #expect(endpoints["subsets"][0]["addresses"][0]["targetRef"]["name"] == pod["metadata"]["name"])
        #expect(endpoints["subsets"][0]["ports"] == [["port": 80, "protocol": "TCP"]])
        #expect(endpoints["subsets"][0]["notReadyAddresses"] == .null)
    }

    @Test func aTerminatingPodLeavesTheEndpointsAtOnce() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let pod = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        _ = try cluster.delete(.pods, namespace: "default", name: pod, options: DeleteOptions())
        cluster.advance(by: 1)
        let endpoints = try #require(cluster.object(.endpoints, namespace: "default", name: "nginx-service"))
        let listed = (endpoints["subsets"].array ?? []).flatMap { ($0["addresses"].array ?? []) + ($0["notReadyAddresses"].array ?? []) }
        #expect(!listed.contains { $0["targetRef"]["name"].string == pod })
        // The EndpointSlice still shows it, serving and terminating.
        let endpoint = try #require(TerminationWalkthroughTests.endpoint(cluster, pod: pod))
        #expect(endpoint["conditions"] == ["ready": false, "serving": true, "terminating": true])
    }

    @Test func deletingTheServiceDeletesItsEndpoints() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        _ = try cluster.delete(.services, namespace: "default", name: "nginx-service", options: DeleteOptions())
        cluster.advance(by: 0)
        #expect(cluster.object(.endpoints, namespace: "default", name: "nginx-service") == nil)
    }

    @Test func aDeletedEndpointsObjectComesBackWhileItsServiceExists() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let before = try #require(cluster.object(.endpoints, namespace: "default", name: "nginx-service"))
        _ = try cluster.delete(.endpoints, namespace: "default", name: "nginx-service", options: DeleteOptions())
        let after = try #require(cluster.object(.endpoints, namespace: "default", name: "nginx-service"))
        // A new object (new uid) with the same addresses, built at once by the controller that watches it.
        #expect(after["metadata"]["uid"] != before["metadata"]["uid"])
        #expect(after["subsets"] == before["subsets"])
    }

    @Test func aServiceWithoutSelectorHasNoControllerEndpoints() throws {
        var cluster = Cluster(seed: 5)
        var service = TutorialFixtures.service(name: "external")
        service["spec"]["selector"] = .null
        _ = try cluster.create(service)
        cluster.advance(by: 5)
        #expect(cluster.object(.endpoints, namespace: "default", name: "external") == nil)
        // The bootstrap `kubernetes` Service keeps the Endpoints the API server wrote for it.
        #expect(cluster.object(.endpoints, namespace: "default", name: "kubernetes") != nil)
    }
}
