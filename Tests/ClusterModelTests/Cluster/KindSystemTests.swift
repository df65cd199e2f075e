import Testing

@testable import ClusterModel

/// A fresh cluster is what `kind create cluster` leaves: the control plane as static pods, CoreDNS behind
/// `kube-dns`, kube-proxy and kindnet on every node, the storage provisioner, all running when the session starts.
@Suite struct KindSystemTests {
    @Test func theSystemPodsRunWhereKindRunsThem() {
        let cluster = Cluster(seed: 1)
        let pods = cluster.list(.pods, namespace: nil).filter { $0["metadata"]["namespace"] != "default" }
        #expect(pods.count == 13)
        #expect(pods.allSatisfy { $0["status"]["phase"] == "Running" && $0["status"]["containerStatuses"][0]["ready"] == true })
        for component in ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"] {
            let pod = cluster.object(.pods, namespace: "kube-system", name: component + "-kind-control-plane")
            #expect(pod?["status"]["podIP"] == "172.18.0.2")
            #expect(pod?["metadata"]["ownerReferences"][0]["kind"] == "Node")
            #expect(pod?["metadata"]["annotations"]["kubernetes.io/config.source"] == "file")
            // A mirror pod has no service account and so no token volume.
            #expect(pod?["spec"]["volumes"].array?.contains { $0["projected"] != .null } == false)
        }
        let coreDNS = pods.filter { $0["metadata"]["labels"]["k8s-app"] == "kube-dns" }
        #expect(coreDNS.compactMap { $0["status"]["podIP"].string }.sorted() == ["10.244.0.2", "10.244.0.3"])
        #expect(coreDNS.allSatisfy { $0["spec"]["nodeName"] == "kind-control-plane" && $0["spec"]["priority"] == 2_000_000_000 })
        for app in ["kube-proxy", "kindnet"] {
            let perNode = pods.filter { $0["metadata"]["labels"]["k8s-app"].string == app }
            #expect(perNode.compactMap { $0["status"]["podIP"].string }.sorted() == ["172.18.0.2", "172.18.0.3", "172.18.0.4"])
        }
    }

    @Test func kubeDNSHasItsAddressAndBothCoreDNSEndpoints() throws {
        let cluster = Cluster(seed: 2)
        let service = try #require(cluster.object(.services, namespace: "kube-system", name: "kube-dns"))
        #expect(service["spec"]["clusterIP"] == "10.96.0.10")
        let slices = cluster.list(.endpointSlices, namespace: "kube-system")
        #expect(slices.count == 1)
        let endpoints = slices.first?["endpoints"].array ?? []
        #expect(endpoints.count == 2)
        #expect(endpoints.allSatisfy { $0["conditions"]["ready"] == true })
    }

    @Test func theClusterIsIdleWhenTheSessionStarts() {
        let cluster = Cluster(seed: 3)
        #expect(cluster.now == ClusterConfiguration().startTime)
        #expect(cluster.nextEventTime == nil)
    }

    @Test func theSystemMovesNoWorkloadName() throws {
        // The system draws from a stream of its own: the same seed names the same pods with or without it.
        func names(_ configuration: ClusterConfiguration) throws -> [String] {
            var cluster = Cluster(seed: 9, configuration: configuration)
            try cluster.declare(TutorialFixtures.deployment(replicas: 3, grace: 5, preStop: nil))
            cluster.advance(by: 10)
            return cluster.list(.pods, namespace: "default").compactMap { $0["metadata"]["name"].string }
        }
        #expect(try names(ClusterConfiguration()) == names(ClusterConfiguration(systemComponents: false)))
    }

    @Test func withoutSystemComponentsOnlyTheAPIServersObjectsExist() {
        let cluster = Cluster(seed: 4, configuration: ClusterConfiguration(systemComponents: false))
        #expect(cluster.list(.pods, namespace: nil).isEmpty)
        #expect(cluster.list(.nodes, namespace: nil).count == 3)
    }
}
