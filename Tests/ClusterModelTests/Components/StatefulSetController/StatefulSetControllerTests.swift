import Testing

@testable import ClusterModel

/// The StatefulSet controller gives its pods stable names, starts them in ordinal order (each once the one before is
/// Running and Ready), removes them highest ordinal first, rolls a new template out from the top down to the
/// partition, and keeps the template's history in ControllerRevisions.
@Suite struct StatefulSetControllerTests {
    /// `web`, governed by the headless Service `nginx`, with nginx pods Ready `readyAfter` seconds after they start.
    static func statefulSet(
        replicas: Int = 3, image: String = "nginx:1.27", readyAfter: Int = 10, policy: String? = nil, partition: Int? = nil
    ) -> JSONValue {
        let probe: JSONValue = ["httpGet": ["path": "/", "port": 80], "initialDelaySeconds": .int(readyAfter), "periodSeconds": 1]
        var spec: JSONValue = [
            "serviceName": "nginx", "replicas": .int(replicas), "selector": ["matchLabels": ["app": "nginx"]],
            "template": [
                "metadata": ["labels": ["app": "nginx"]],
                "spec": ["containers": [["name": "nginx", "image": .string(image), "ports": [["containerPort": 80]], "readinessProbe": probe]]],
            ],
            "volumeClaimTemplates": [["metadata": ["name": "www"], "spec": ["accessModes": ["ReadWriteOnce"], "resources": ["requests": ["storage": "1Gi"]]]]],
        ]
        if let policy { spec["podManagementPolicy"] = .string(policy) }
        if let partition { spec["updateStrategy"] = ["type": "RollingUpdate", "rollingUpdate": ["partition": .int(partition)]] }
        return ["apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": ["name": "web", "namespace": "default"], "spec": spec]
    }

    /// The names of the set's pods, with ` (terminating)` after those being deleted.
    static func pods(_ cluster: Cluster) -> [String] {
        cluster.list(.pods, namespace: "default").map { pod in
            (pod["metadata"]["name"].string ?? "") + (pod["metadata"]["deletionTimestamp"].isNull ? "" : " (terminating)")
        }
    }

    static func image(_ cluster: Cluster, _ pod: String) -> String? {
        cluster.object(.pods, namespace: "default", name: pod)?["spec"]["containers"][0]["image"].string
    }

    @Test func podsStartInOrdinalOrderEachAfterTheOneBeforeIsReady() throws {
        var cluster = Cluster(seed: 61)
        try cluster.declare(Self.statefulSet())
        cluster.advance(by: 5)
        #expect(Self.pods(cluster) == ["web-0"])
        cluster.advance(by: 8)
        #expect(Self.pods(cluster) == ["web-0", "web-1"])
        cluster.advance(by: 30)
        #expect(Self.pods(cluster) == ["web-0", "web-1", "web-2"])
        let pod = try #require(cluster.object(.pods, namespace: "default", name: "web-1"))
        // `initIdentity`, `updateIdentity` and `updateStorage`.
        #expect(pod["spec"]["hostname"] == "web-1")
        #expect(pod["spec"]["subdomain"] == "nginx")
        #expect(pod["metadata"]["generateName"] == "web-")
        #expect(pod["metadata"]["labels"]["statefulset.kubernetes.io/pod-name"] == "web-1")
        #expect(pod["metadata"]["labels"]["apps.kubernetes.io/pod-index"] == "1")
        #expect(pod["spec"]["volumes"][0] == ["name": "www", "persistentVolumeClaim": ["claimName": "www-web-1"]])
        let set = try #require(cluster.object(.statefulSets, namespace: "default", name: "web"))
        let revision = try #require(set["status"]["updateRevision"].string)
        #expect(pod["metadata"]["labels"]["controller-revision-hash"] == .string(revision))
        #expect(
            set["status"] == [
                "availableReplicas": 3, "collisionCount": 0, "currentReplicas": 3, "currentRevision": .string(revision), "observedGeneration": 1,
                "readyReplicas": 3, "replicas": 3, "updateRevision": .string(revision), "updatedReplicas": 3,
            ])
        let history = try #require(cluster.object(.controllerRevisions, namespace: "default", name: revision))
        #expect(history["revision"] == 1)
        #expect(history["metadata"]["labels"]["controller.kubernetes.io/hash"] == .string(String(revision.dropFirst(4))))
        let messages = cluster.list(.events, namespace: "default").filter { $0["reason"] == "SuccessfulCreate" }.compactMap { $0["message"].string }
        #expect(
            messages == [
                "create Pod web-0 in StatefulSet web successful", "create Pod web-1 in StatefulSet web successful",
                "create Pod web-2 in StatefulSet web successful",
            ])
    }

    @Test func parallelPodsStartAtOnce() throws {
        var cluster = Cluster(seed: 62)
        try cluster.declare(Self.statefulSet(policy: "Parallel"))
        cluster.advance(by: 1)
        #expect(Self.pods(cluster) == ["web-0", "web-1", "web-2"])
    }

    @Test func scalingDownRemovesTheHighestOrdinalFirstOneAtATime() throws {
        var cluster = Cluster(seed: 63)
        try cluster.declare(Self.statefulSet(readyAfter: 1))
        cluster.advance(by: 20)
        _ = try cluster.scale(.statefulSets, namespace: "default", name: "web", replicas: 1)
        #expect(Self.pods(cluster) == ["web-0", "web-1", "web-2 (terminating)"])
        cluster.advance(by: 60)
        #expect(Self.pods(cluster) == ["web-0"])
        let deletes = cluster.list(.events, namespace: "default").filter { $0["reason"] == "SuccessfulDelete" }.compactMap { $0["message"].string }
        #expect(deletes == ["delete Pod web-2 in StatefulSet web successful", "delete Pod web-1 in StatefulSet web successful"])
    }

    @Test func aNewTemplateRollsOutFromTheTopDownToThePartition() throws {
        var cluster = Cluster(seed: 64)
        try cluster.declare(Self.statefulSet(readyAfter: 1, partition: 1))
        cluster.advance(by: 20)
        let old = try #require(cluster.object(.statefulSets, namespace: "default", name: "web")?["status"]["currentRevision"].string)
        try cluster.declare(Self.statefulSet(image: "nginx:1.28", readyAfter: 1, partition: 1))
        #expect(Self.pods(cluster) == ["web-0", "web-1", "web-2 (terminating)"])
        cluster.advance(by: 60)
        #expect([Self.image(cluster, "web-0"), Self.image(cluster, "web-1"), Self.image(cluster, "web-2")] == ["nginx:1.27", "nginx:1.28", "nginx:1.28"])
        let status = try #require(cluster.object(.statefulSets, namespace: "default", name: "web")?["status"])
        // Below the partition the pod stays at the current revision, so the update is not complete.
        #expect(status["currentRevision"] == .string(old))
        #expect(status["updateRevision"] != .string(old))
        #expect(status["currentReplicas"] == 1)
        #expect(status["updatedReplicas"] == 2)
    }

    @Test func goingBackToAnEarlierTemplateRenumbersItsRevision() throws {
        var cluster = Cluster(seed: 65)
        try cluster.declare(Self.statefulSet(replicas: 1, readyAfter: 1))
        cluster.advance(by: 10)
        try cluster.declare(Self.statefulSet(replicas: 1, image: "nginx:1.28", readyAfter: 1))
        cluster.advance(by: 60)
        try cluster.declare(Self.statefulSet(replicas: 1, readyAfter: 1))
        cluster.advance(by: 60)
        let revisions = cluster.list(.controllerRevisions, namespace: "default").map { ($0["data"]["spec"]["template"]["spec"]["containers"][0]["image"], $0["revision"]) }
        #expect(revisions.count == 2)
        #expect(revisions.contains { $0.0 == "nginx:1.27" && $0.1 == 3 })
        #expect(revisions.contains { $0.0 == "nginx:1.28" && $0.1 == 2 })
        let status = try #require(cluster.object(.statefulSets, namespace: "default", name: "web")?["status"])
        #expect(status["currentRevision"] == status["updateRevision"])
        #expect(Self.image(cluster, "web-0") == "nginx:1.27")
    }

    @Test func deletingTheSetCollectsItsPodsAndRevisions() throws {
        var cluster = Cluster(seed: 66)
        try cluster.declare(Self.statefulSet(replicas: 2, readyAfter: 1))
        cluster.advance(by: 20)
        _ = try cluster.delete(.statefulSets, namespace: "default", name: "web")
        cluster.advance(by: 60)
        #expect(Self.pods(cluster).isEmpty)
        #expect(cluster.list(.controllerRevisions, namespace: "default").isEmpty)
    }

    @Test func theAPIServerValidatesTheSpec() throws {
        var cluster = Cluster(seed: 67)
        var set = Self.statefulSet()
        set["spec"]["template"]["spec"]["restartPolicy"] = "Never"
        set["spec"]["podManagementPolicy"] = "Random"
        set["spec"]["updateStrategy"] = ["type": "RollingUpdate", "rollingUpdate": ["maxUnavailable": 0]]
        #expect(throws: APIError.self) { try cluster.declare(set) }
        do {
            try cluster.declare(set)
        } catch {
            #expect(
                error.message
                    == "StatefulSet.apps \"web\" is invalid: [spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\", spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel', spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0]"
            )
        }
        try cluster.declare(Self.statefulSet())
        var renamed = Self.statefulSet()
        renamed["spec"]["serviceName"] = "other"
        do {
            try cluster.declare(renamed)
            Issue.record("a changed serviceName was accepted")
        } catch {
            #expect(
                error.message
                    == "StatefulSet.apps \"web\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"
            )
        }
    }
}
