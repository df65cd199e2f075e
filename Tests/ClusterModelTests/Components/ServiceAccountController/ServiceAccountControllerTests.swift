import Testing

@testable import ClusterModel

/// The service account controller: a `default` ServiceAccount in every namespace, brought back when deleted.
@Suite struct ServiceAccountControllerTests {
    static func namespace(_ name: String) -> JSONValue {
        ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]]
    }

    @Test func everySystemNamespaceStartsWithADefaultAccount() {
        let cluster = Cluster(seed: 1)
        for namespace in ["default", "kube-node-lease", "kube-public", "kube-system"] {
            let account = cluster.object(.serviceAccounts, namespace: namespace, name: "default")
            #expect(account?["metadata"]["uid"].string?.count == 36, "\(namespace)")
            #expect(account?["secrets"].isNull == true)
        }
    }

    @Test func aNewNamespaceGetsItsAccountAtOnce() throws {
        var cluster = Cluster(seed: 1)
        _ = try cluster.create(Self.namespace("dev"))
        let account = try #require(cluster.object(.serviceAccounts, namespace: "dev", name: "default"))
        #expect(account["metadata"]["creationTimestamp"].string == cluster.now.rfc3339)
    }

    @Test func aDeletedDefaultAccountComesBackWithANewUID() throws {
        var cluster = Cluster(seed: 1)
        let before = try #require(cluster.object(.serviceAccounts, namespace: "default", name: "default"))
        _ = try cluster.delete(.serviceAccounts, namespace: "default", name: "default")
        let after = try #require(cluster.object(.serviceAccounts, namespace: "default", name: "default"))
        #expect(after["metadata"]["uid"] != before["metadata"]["uid"])
    }

    @Test func otherAccountsStayDeleted() throws {
        var cluster = Cluster(seed: 1)
        _ = try cluster.create(["apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": "robot", "namespace": "default"]])
        _ = try cluster.delete(.serviceAccounts, namespace: "default", name: "robot")
        #expect(cluster.object(.serviceAccounts, namespace: "default", name: "robot") == nil)
    }

    @Test func aDeletedNamespaceTakesItsAccountsAndConfigMapsWithIt() throws {
        var cluster = Cluster(seed: 1)
        _ = try cluster.create(Self.namespace("dev"))
        _ = try cluster.delete(.namespaces, namespace: nil, name: "dev")
        #expect(cluster.object(.serviceAccounts, namespace: "dev", name: "default") == nil)
        #expect(cluster.object(.configMaps, namespace: "dev", name: "kube-root-ca.crt") == nil)
    }
}
