import Testing

@testable import ClusterModel

@Suite struct SmokeTests {
    @Test func freshClusterHasSystemObjects() {
        let cluster = Cluster(seed: 1)
        #expect(
            cluster.list(.namespaces, namespace: nil).map { $0["metadata"]["name"].string ?? "" }
                == ["default", "kube-node-lease", "kube-public", "kube-system", "local-path-storage"])
        #expect(cluster.object(.services, namespace: "default", name: "kubernetes")?["spec"]["clusterIP"] == "10.96.0.1")
        #expect(cluster.object(.endpointSlices, namespace: "default", name: "kubernetes")?["endpoints"][0]["addresses"][0] == "172.18.0.2")
        #expect(cluster.list(.nodes, namespace: nil).count == 3)
    }

    @Test func tutorialReachesReady() throws {
        var cluster = Cluster(seed: 7)
        #expect(try cluster.declare(TutorialFixtures.deployment()).object["metadata"]["generation"] == 1)
        #expect(try cluster.declare(TutorialFixtures.service()).object["spec"]["clusterIP"].string != nil)
        let ready = cluster.advance(until: { TutorialFixtures.readyPods($0, count: 1) }, limit: 30)
        #expect(ready)
        let endpoints = TutorialFixtures.endpoints(cluster)
        #expect(endpoints.count == 1)
        #expect(endpoints.first?["conditions"] == ["ready": true, "serving": true, "terminating": false])
    }
}
