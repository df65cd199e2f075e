import Testing

@testable import ClusterModel

/// Pods bound to a node that was deleted keep running in the API until the pod garbage collector's next pass
/// force-deletes them; their ReplicaSet replaces them on the nodes that are left.
@Suite struct PodGCControllerTests {
    @Test func podsOfADeletedNodeGoAtTheNextPassAndAreReplaced() throws {
        var cluster = Cluster(seed: 61)
        try cluster.declare(TutorialFixtures.deployment(replicas: 2, grace: 30, preStop: nil))
        cluster.advance(by: 10)
        let before = cluster.list(.pods, namespace: "default")
        let onWorker = before.filter { $0["spec"]["nodeName"] == "kind-worker" }.compactMap { $0["metadata"]["name"].string }
        #expect(onWorker.count == 1)
        _ = try cluster.delete(.nodes, namespace: nil, name: "kind-worker")
        cluster.advance(by: 10)
        // Still there: the collector has not run yet.
        #expect(cluster.object(.pods, namespace: "default", name: onWorker[0]) != nil)
        // Its daemon pods too (kube-proxy, kindnet on the deleted node).
        #expect(cluster.list(.pods, namespace: "kube-system").filter { $0["spec"]["nodeName"] == "kind-worker" }.count == 2)
        cluster.advance(by: 15)
        #expect(cluster.object(.pods, namespace: "default", name: onWorker[0]) == nil)
        #expect(cluster.list(.pods, namespace: "kube-system").filter { $0["spec"]["nodeName"] == "kind-worker" }.isEmpty)
        cluster.advance(by: 10)
        let after = cluster.list(.pods, namespace: "default")
        #expect(after.count == 2)
        #expect(after.allSatisfy { $0["spec"]["nodeName"] == "kind-worker2" && $0["status"]["phase"] == "Running" })
        // The DaemonSets now want two nodes.
        #expect(cluster.object(.daemonSets, namespace: "kube-system", name: "kube-proxy")?["status"]["desiredNumberScheduled"] == 2)
    }

    @Test func withEveryNodeGoneNewPodsWaitForOne() throws {
        var cluster = Cluster(seed: 62)
        for node in ["kind-control-plane", "kind-worker", "kind-worker2"] { _ = try cluster.delete(.nodes, namespace: nil, name: node) }
        try cluster.declare(TutorialFixtures.deployment(replicas: 1, grace: 30, preStop: nil))
        cluster.advance(by: 30)
        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        #expect(pod["status"]["phase"] == "Pending")
        #expect(
            pod["status"]["conditions"][0]["message"]
                == "no nodes available to schedule pods"
        )
        // The static and daemon pods are gone; CoreDNS's replacements wait for a node as well.
        let system = cluster.list(.pods, namespace: "kube-system")
        #expect(system.count == 2)
        #expect(system.allSatisfy { $0["metadata"]["labels"]["k8s-app"] == "kube-dns" && $0["spec"]["nodeName"].isNull })
    }
}
