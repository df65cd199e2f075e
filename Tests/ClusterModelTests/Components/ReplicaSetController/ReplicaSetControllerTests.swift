import Testing

@testable import ClusterModel

/// The ReplicaSet controller keeps the number of pods, names them after the ReplicaSet and owns them.
@Suite struct ReplicaSetControllerTests {
    func running(replicas: Int) throws -> Cluster {
        var cluster = Cluster(seed: 41)
        try cluster.declare(TutorialFixtures.deployment(replicas: replicas, grace: 5, preStop: nil))
        cluster.advance(by: 30)
        return cluster
    }

    @Test func aDeletedPodIsReplaced() throws {
        var cluster = try running(replicas: 2)
        let rs = try #require(cluster.list(.replicaSets, namespace: "default").first)
        let rsName = try #require(rs["metadata"]["name"].string)
        let victim = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        _ = try cluster.delete(.pods, namespace: "default", name: victim, options: DeleteOptions())
        cluster.advance(by: 0)
        let pods = cluster.list(.pods, namespace: "default")
        // The replacement is created while the old pod terminates.
        #expect(pods.filter { $0["metadata"]["deletionTimestamp"].isNull }.count == 2)
        let replacement = try #require(pods.first { $0["metadata"]["name"].string != victim && $0["metadata"]["creationTimestamp"] == .string(cluster.now.rfc3339) })
        #expect(replacement["metadata"]["generateName"] == .string(rsName + "-"))
        #expect(replacement["metadata"]["ownerReferences"][0]["name"] == .string(rsName))
        #expect(replacement["metadata"]["ownerReferences"][0]["controller"] == true)
        let created = cluster.list(.events, namespace: "default").filter { $0["reason"] == "SuccessfulCreate" }.compactMap { $0["message"].string }
        #expect(created.contains("Created pod: \(replacement["metadata"]["name"].string ?? "")"))
    }

    @Test func statusCountsReadyAndTerminatingPods() throws {
        var cluster = try running(replicas: 2)
        var rs = try #require(cluster.list(.replicaSets, namespace: "default").first)
        #expect(rs["status"]["replicas"] == 2)
        #expect(rs["status"]["readyReplicas"] == 2)
        #expect(rs["status"]["availableReplicas"] == 2)
        let victim = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        _ = try cluster.delete(.pods, namespace: "default", name: victim, options: DeleteOptions())
        cluster.advance(by: 0)
        rs = try #require(cluster.list(.replicaSets, namespace: "default").first)
        #expect(rs["status"]["terminatingReplicas"] == 1)
        #expect(rs["status"]["replicas"] == 2)
    }
}
