import Testing

@testable import ClusterModel

/// The disruption controller counts a budget's pods; the eviction sub-resource refuses what the budget does not
/// allow.
@Suite struct DisruptionControllerTests {
    static func budget(minAvailable: JSONValue? = nil, maxUnavailable: JSONValue? = nil) -> JSONValue {
        var spec: JSONValue = ["selector": ["matchLabels": ["app": "nginx"]]]
        if let minAvailable { spec["minAvailable"] = minAvailable }
        if let maxUnavailable { spec["maxUnavailable"] = maxUnavailable }
        return ["apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": ["name": "nginx-pdb", "namespace": "default"], "spec": spec]
    }

    static func cluster(replicas: Int, budget: JSONValue) throws -> Cluster {
        var cluster = Cluster(seed: 91)
        try cluster.declare(TutorialFixtures.deployment(replicas: replicas, grace: 5, preStop: nil))
        try cluster.declare(budget)
        cluster.advance(by: 10)
        return cluster
    }

    @Test func theStatusCountsHealthyPodsAgainstTheBudget() throws {
        let cluster = try Self.cluster(replicas: 3, budget: Self.budget(minAvailable: 2))
        let status = try #require(cluster.object(.podDisruptionBudgets, namespace: "default", name: "nginx-pdb"))["status"]
        #expect(status["currentHealthy"] == 3)
        #expect(status["desiredHealthy"] == 2)
        #expect(status["expectedPods"] == 3)
        #expect(status["disruptionsAllowed"] == 1)
        #expect(status["conditions"][0]["reason"] == "SufficientPods")
    }

    @Test func aPercentageOfMaxUnavailableUsesTheDeploymentsScale() throws {
        let cluster = try Self.cluster(replicas: 4, budget: Self.budget(maxUnavailable: "50%"))
        let status = try #require(cluster.object(.podDisruptionBudgets, namespace: "default", name: "nginx-pdb"))["status"]
        #expect(status["expectedPods"] == 4)
        #expect(status["desiredHealthy"] == 2)
        #expect(status["disruptionsAllowed"] == 2)
    }

    @Test func anEvictionTheBudgetDoesNotAllowIsTooManyRequests() throws {
        var cluster = try Self.cluster(replicas: 2, budget: Self.budget(minAvailable: 2))
        let pod = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        do {
            _ = try cluster.evict(namespace: "default", name: pod, eviction: ["metadata": .string(pod)])
            Issue.record("the eviction was allowed")
        } catch {
            #expect(error.code == 429)
            #expect(error.reason == .tooManyRequests)
            #expect(error.message == "Cannot evict pod as it would violate the pod's disruption budget.")
            #expect(error.causes.first?.message == "The disruption budget nginx-pdb needs 2 healthy pods and has 2 currently")
        }
        #expect(cluster.object(.pods, namespace: "default", name: pod)?["metadata"]["deletionTimestamp"].isNull == true)
    }

    @Test func anAllowedEvictionUsesUpTheBudget() throws {
        var cluster = try Self.cluster(replicas: 3, budget: Self.budget(minAvailable: 2))
        let pods = cluster.list(.pods, namespace: "default").compactMap { $0["metadata"]["name"].string }
        _ = try cluster.evict(namespace: "default", name: pods[0], eviction: .emptyObject)
        #expect(cluster.object(.podDisruptionBudgets, namespace: "default", name: "nginx-pdb")?["status"]["disruptionsAllowed"] == 0)
        #expect(throws: APIError.self) { try cluster.evict(namespace: "default", name: pods[1], eviction: .emptyObject) }
        // The replacement is ready: the budget allows one again.
        cluster.advance(by: 30)
        #expect(cluster.object(.podDisruptionBudgets, namespace: "default", name: "nginx-pdb")?["status"]["disruptionsAllowed"] == 1)
    }
}
