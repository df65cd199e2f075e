import Testing

@testable import ClusterModel

/// `pods/eviction`: a graceful delete through the eviction sub-resource, with the registry's checks.
@Suite struct EvictionTests {
    func eviction(_ name: String, deleteOptions: JSONValue? = nil) -> JSONValue {
        var body: JSONValue = ["apiVersion": "policy/v1", "kind": "Eviction", "metadata": ["name": .string(name), "namespace": "default"]]
        if let deleteOptions { body["deleteOptions"] = deleteOptions }
        return body
    }

    @Test func evictingAPodDeletesItGracefully() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let pod = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        let status = try cluster.evict(namespace: "default", name: pod, eviction: eviction(pod))
        #expect(status == ["apiVersion": "v1", "kind": "Status", "metadata": .emptyObject, "status": "Success"])
        let evicted = try #require(cluster.object(.pods, namespace: "default", name: pod))
        // The pod's own grace period (120 s in the walkthrough's manifest) applies, as with DELETE.
        #expect(evicted["metadata"]["deletionGracePeriodSeconds"] == 120)
    }

    @Test func deleteOptionsChooseTheGracePeriod() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let pod = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        _ = try cluster.evict(namespace: "default", name: pod, eviction: eviction(pod, deleteOptions: ["gracePeriodSeconds": 7]))
        #expect(cluster.object(.pods, namespace: "default", name: pod)?["metadata"]["deletionGracePeriodSeconds"] == 7)
    }

    @Test func aDryRunChangesNothing() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let pod = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        let sequence = cluster.lastSequence
        _ = try cluster.evict(namespace: "default", name: pod, eviction: eviction(pod, deleteOptions: ["dryRun": ["All"]]))
        #expect(cluster.lastSequence == sequence)
    }

    @Test func theRegistryChecks() throws {
        var cluster = try TerminationWalkthroughTests.readyCluster(replicas: 1)
        let pod = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        #expect(throws: APIError.badRequest("name in URL does not match name in Eviction object")) {
            try cluster.evict(namespace: "default", name: pod, eviction: eviction("other"))
        }
        #expect(throws: APIError.notFound(.pods, name: "missing")) {
            try cluster.evict(namespace: "default", name: "missing", eviction: eviction("missing"))
        }
    }
}
