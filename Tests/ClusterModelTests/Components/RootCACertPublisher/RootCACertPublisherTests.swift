import Testing

@testable import ClusterModel

/// The root CA publisher: `kube-root-ca.crt` with the cluster CA in every namespace, restored when deleted or changed.
@Suite struct RootCACertPublisherTests {
    @Test func everyNamespaceHoldsTheSameCABundle() throws {
        var cluster = Cluster(seed: 1)
        _ = try cluster.create(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "dev"]])
        let bundles = try ["default", "kube-system", "dev"].map { namespace in
            try #require(cluster.object(.configMaps, namespace: namespace, name: "kube-root-ca.crt"))["data"]["ca.crt"].string
        }
        #expect(Set(bundles).count == 1)
        let bundle = try #require(bundles[0])
        #expect(bundle.hasPrefix("-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgII"))
        #expect(bundle.hasSuffix("\n-----END CERTIFICATE-----\n"))
        #expect(bundle.split(separator: "\n").dropFirst().dropLast().allSatisfy { $0.count <= 64 })
    }

    @Test func theBundleFollowsTheSeed() {
        let one = Cluster(seed: 1).object(.configMaps, namespace: "default", name: "kube-root-ca.crt")?["data"]
        let again = Cluster(seed: 1).object(.configMaps, namespace: "default", name: "kube-root-ca.crt")?["data"]
        let other = Cluster(seed: 2).object(.configMaps, namespace: "default", name: "kube-root-ca.crt")?["data"]
        #expect(one == again)
        #expect(one != other)
    }

    @Test func theDescriptionAnnotationIsThePublishers() throws {
        let cluster = Cluster(seed: 1)
        let configMap = try #require(cluster.object(.configMaps, namespace: "default", name: "kube-root-ca.crt"))
        #expect(configMap["metadata"]["annotations"]["kubernetes.io/description"].string?.hasPrefix("Contains a CA bundle that can be used") == true)
    }

    @Test func aChangedBundleIsWrittenBack() throws {
        var cluster = Cluster(seed: 1)
        var configMap = try #require(cluster.object(.configMaps, namespace: "default", name: "kube-root-ca.crt"))
        let original = configMap["data"]
        configMap["data"] = ["ca.crt": "tampered"]
        _ = try cluster.update(configMap)
        #expect(cluster.object(.configMaps, namespace: "default", name: "kube-root-ca.crt")?["data"] == original)
    }

    @Test func aDeletedBundleComesBack() throws {
        var cluster = Cluster(seed: 1)
        _ = try cluster.delete(.configMaps, namespace: "default", name: "kube-root-ca.crt")
        #expect(cluster.object(.configMaps, namespace: "default", name: "kube-root-ca.crt") != nil)
    }
}
