import Testing

@testable import ClusterModel

/// Deleting a namespace turns it `Terminating`; the namespace controller deletes what is inside (pods gracefully),
/// reports what remains, and finalizes the namespace once it is empty.
@Suite struct NamespaceControllerTests {
    static func namespace(_ name: String) -> JSONValue { ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]] }

    static func populated() throws -> Cluster {
        var cluster = Cluster(seed: 51)
        try cluster.declare(Self.namespace("demo"))
        var deployment = TutorialFixtures.deployment(replicas: 2, grace: 20, preStop: nil)
        deployment["metadata"]["namespace"] = "demo"
        try cluster.declare(deployment)
        cluster.advance(by: 10)
        return cluster
    }

    @Test func aDeletedNamespaceTerminatesUntilItsPodsAreGone() throws {
        var cluster = try Self.populated()
        #expect(cluster.list(.pods, namespace: "demo").count == 2)
        let answered = try cluster.delete(.namespaces, namespace: nil, name: "demo")
        #expect(answered["status"]["phase"] == "Terminating")
        let namespace = try #require(cluster.object(.namespaces, namespace: nil, name: "demo"))
        #expect(namespace["spec"]["finalizers"] == ["kubernetes"])
        let conditions = namespace["status"]["conditions"].array ?? []
        #expect(conditions.count == 5)
        let remaining = conditions.first { $0["type"] == "NamespaceContentRemaining" }
        #expect(remaining?["status"] == "True")
        #expect(remaining?["message"] == "Some resources are remaining: pods. has 2 resource instances")
        // Everything but the terminating pods is gone at once.
        #expect(cluster.list(.deployments, namespace: "demo").isEmpty)
        #expect(cluster.list(.serviceAccounts, namespace: "demo").isEmpty)
        #expect(cluster.list(.configMaps, namespace: "demo").isEmpty)
        #expect(cluster.list(.pods, namespace: "demo").allSatisfy { !$0["metadata"]["deletionTimestamp"].isNull })
        cluster.advance(by: 30)
        #expect(cluster.object(.namespaces, namespace: nil, name: "demo") == nil)
        #expect(cluster.list(.pods, namespace: "demo").isEmpty)
        #expect(cluster.list(.events, namespace: "demo").isEmpty)
    }

    @Test func nothingNewEntersATerminatingNamespace() throws {
        var cluster = try Self.populated()
        _ = try cluster.delete(.namespaces, namespace: nil, name: "demo")
        var pod: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": ["name": "late", "namespace": "demo"], "spec": ["containers": [["name": "c", "image": "nginx"]]]]
        #expect(throws: APIError.self) { try cluster.create(pod) }
        do {
            _ = try cluster.create(pod)
        } catch {
            #expect(error.code == 403)
            #expect(error.message == "pods \"late\" is forbidden: unable to create new content in namespace demo because it is being terminated")
        }
        pod["metadata"] = ["generateName": "late-", "namespace": "demo"]
        do {
            _ = try cluster.create(pod)
        } catch {
            #expect(error.message == "pods is forbidden: unable to create new content in namespace demo because it is being terminated")
        }
    }

    @Test func anEmptyNamespaceGoesAtOnceAndTheSystemOnesStay() throws {
        var cluster = Cluster(seed: 52)
        try cluster.declare(Self.namespace("empty"))
        _ = try cluster.delete(.namespaces, namespace: nil, name: "empty")
        #expect(cluster.object(.namespaces, namespace: nil, name: "empty") == nil)
        #expect(throws: APIError.self) { try cluster.delete(.namespaces, namespace: nil, name: "kube-system") }
    }
}
