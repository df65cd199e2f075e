import Testing

@testable import ClusterModel

/// ReplicaSet events, through the recorder's aggregation and spam filter.
@Suite struct EventCorrelationTests {
    static func replicaSetEvents(_ cluster: Cluster) -> [JSONValue] {
        cluster.list(.events, namespace: "default").filter { $0["involvedObject"]["kind"] == "ReplicaSet" }
            .sorted { ($0["metadata"]["name"].string ?? "") < ($1["metadata"]["name"].string ?? "") }
    }

    @Test func eachCreatedPodIsReported() throws {
        var cluster = Cluster(seed: 5)
        _ = try cluster.declare(TutorialFixtures.deployment())
        cluster.advance(by: 5)
        let pod = try #require(cluster.names(.pods, namespace: "default").first)
        var events = Self.replicaSetEvents(cluster)
        #expect(events.count == 1)
        let rs = try #require(cluster.names(.replicaSets, namespace: "default").first)
        #expect(events.first?["reason"] == "SuccessfulCreate")
        #expect(events.first?["message"] == .string("Created pod: " + pod))
        #expect(events.first?["involvedObject"]["name"] == .string(rs))
        #expect(events.first?["source"]["component"] == "replicaset-controller")
        #expect(events.first?["metadata"]["name"].string?.hasPrefix(rs + ".") == true)
        // The replacement of a deleted pod is reported too.
        _ = try cluster.delete(.pods, namespace: "default", name: pod)
        events = Self.replicaSetEvents(cluster)
        #expect(events.count == 2)
        let replacement = try #require(cluster.names(.pods, namespace: "default").first { $0 != pod })
        #expect(events.map(\.["message"]).contains(.string("Created pod: " + replacement)))
    }

    @Test func manyCreationsAreCombinedAndThenFiltered() throws {
        var cluster = Cluster(seed: 6)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: 250))
        let events = Self.replicaSetEvents(cluster)
        // Nine events of their own, then one combined event written 16 times (25 writes, the spam filter's burst).
        #expect(events.count == 10)
        let combined = events.filter { $0["message"].string?.hasPrefix("(combined from similar events): Created pod: ") == true }
        #expect(combined.count == 1)
        #expect(combined.first?["count"] == 16)
        #expect(events.filter { $0["count"] == 1 }.count == 9)
    }

    @Test func theSpamFilterRefillsOneEventEveryFiveMinutes() throws {
        var cluster = Cluster(seed: 7)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: 30))
        #expect(Self.replicaSetEvents(cluster).count == 10)
        cluster.advance(by: 301)
        var scaled = try #require(cluster.object(.deployments, namespace: "default", name: "nginx-deployment"))
        scaled["spec"]["replicas"] = 3
        _ = try cluster.declare(scaled)
        let deletes = Self.replicaSetEvents(cluster).filter { $0["reason"] == "SuccessfulDelete" }
        #expect(deletes.count == 1)
        #expect(deletes.first?["message"].string?.hasPrefix("Deleted pod: ") == true)
    }
}
