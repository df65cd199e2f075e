import Testing

@testable import ClusterModel

/// The scheduler binds each new pod to the least loaded worker and says so in a `Scheduled` event.
@Suite struct SchedulerTests {
    @Test func podsSpreadOverTheWorkersAndNeverOnTheControlPlane() throws {
        var cluster = Cluster(seed: 31)
        try cluster.declare(TutorialFixtures.deployment(replicas: 4, grace: 5, preStop: nil))
        cluster.advance(by: 1)
        let nodes = cluster.list(.pods, namespace: "default").compactMap { $0["spec"]["nodeName"].string }
        #expect(nodes.count == 4)
        let workers = cluster.list(.nodes, namespace: nil).filter { $0["metadata"]["labels"]["node-role.kubernetes.io/control-plane"].isNull }
            .compactMap { $0["metadata"]["name"].string }
        #expect(Set(nodes).isSubset(of: Set(workers)))
        // Two workers, four pods: two each.
        #expect(workers.allSatisfy { worker in nodes.filter { $0 == worker }.count == 4 / workers.count })
    }

    @Test func eachBindingIsAnEventFromTheDefaultScheduler() throws {
        var cluster = Cluster(seed: 32)
        try cluster.declare(TutorialFixtures.deployment(replicas: 1, grace: 5, preStop: nil))
        cluster.advance(by: 1)
        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        let name = try #require(pod["metadata"]["name"].string)
        let node = try #require(pod["spec"]["nodeName"].string)
        let scheduled = cluster.list(.events, namespace: "default").filter { $0["reason"] == "Scheduled" }
        #expect(scheduled.count == 1)
        #expect(scheduled.first?["message"] == .string("Successfully assigned default/\(name) to \(node)"))
        #expect(scheduled.first?["source"]["component"] == "default-scheduler")
    }

    @Test func aRequestedNodeNameIsHonoured() throws {
        var cluster = Cluster(seed: 33)
        var manifest = TutorialFixtures.deployment(replicas: 2, grace: 5, preStop: nil)
        manifest["spec"]["template"]["spec"]["nodeName"] = "kind-worker2"
        try cluster.declare(manifest)
        cluster.advance(by: 1)
        #expect(cluster.list(.pods, namespace: "default").allSatisfy { $0["spec"]["nodeName"] == "kind-worker2" })
    }
}
