import Testing

@testable import ClusterModel

/// The DaemonSet controller runs one pod per node the template fits, keeps the template's history in
/// ControllerRevisions, replaces pods one node at a time after a template change, and reports status.
@Suite struct DaemonSetControllerTests {
    static func daemonSet(image: String = "busybox:1.37", tolerateControlPlane: Bool = false) -> JSONValue {
        var spec: JSONValue = ["containers": [["name": "agent", "image": .string(image), "command": ["sleep", "infinity"]]]]
        if tolerateControlPlane { spec["tolerations"] = [["operator": "Exists"]] }
        return [
            "apiVersion": "apps/v1", "kind": "DaemonSet",
            "metadata": ["name": "agent", "namespace": "default"],
            "spec": ["selector": ["matchLabels": ["app": "agent"]], "template": ["metadata": ["labels": ["app": "agent"]], "spec": spec]],
        ]
    }

    static func pods(_ cluster: Cluster) -> [JSONValue] {
        cluster.list(.pods, namespace: "default").filter { $0["metadata"]["deletionTimestamp"].isNull }
    }

    @Test func aPodPerWorkerAndNoneOnTheTaintedControlPlane() throws {
        var cluster = Cluster(seed: 41)
        try cluster.declare(Self.daemonSet())
        cluster.advance(by: 5)
        let pods = Self.pods(cluster)
        #expect(pods.compactMap { $0["spec"]["nodeName"].string }.sorted() == ["kind-worker", "kind-worker2"])
        let pod = try #require(pods.first)
        #expect(pod["metadata"]["generateName"] == "agent-")
        #expect(pod["metadata"]["labels"]["pod-template-generation"] == "1")
        #expect(pod["metadata"]["ownerReferences"][0]["kind"] == "DaemonSet")
        // `AddOrUpdateDaemonPodTolerations`, in its order, and the node affinity that pins the pod.
        #expect(
            (pod["spec"]["tolerations"].array ?? []).compactMap { $0["key"].string } == [
                "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable", "node.kubernetes.io/disk-pressure",
                "node.kubernetes.io/memory-pressure", "node.kubernetes.io/pid-pressure", "node.kubernetes.io/unschedulable",
            ])
        #expect(
            pod["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"][0]["matchFields"][0]["key"]
                == "metadata.name")
        let ds = try #require(cluster.object(.daemonSets, namespace: "default", name: "agent"))
        #expect(
            ds["status"] == [
                "currentNumberScheduled": 2, "desiredNumberScheduled": 2, "numberAvailable": 2, "numberMisscheduled": 0, "numberReady": 2,
                "observedGeneration": 1, "updatedNumberScheduled": 2,
            ])
        let hash = try #require(pod["metadata"]["labels"]["controller-revision-hash"].string)
        let revision = try #require(cluster.object(.controllerRevisions, namespace: "default", name: "agent-" + hash))
        #expect(revision["revision"] == 1)
        #expect(revision["data"]["spec"]["template"]["$patch"] == "replace")
    }

    @Test func aToleratingTemplateRunsOnEveryNode() throws {
        var cluster = Cluster(seed: 42)
        try cluster.declare(Self.daemonSet(tolerateControlPlane: true))
        cluster.advance(by: 5)
        #expect(Self.pods(cluster).compactMap { $0["spec"]["nodeName"].string }.sorted() == ["kind-control-plane", "kind-worker", "kind-worker2"])
    }

    @Test func aDeletedDaemonPodIsReplacedOnItsNode() throws {
        var cluster = Cluster(seed: 43)
        try cluster.declare(Self.daemonSet())
        cluster.advance(by: 5)
        let victim = try #require(Self.pods(cluster).first { $0["spec"]["nodeName"] == "kind-worker" })
        _ = try cluster.delete(.pods, namespace: "default", name: victim["metadata"]["name"].string ?? "")
        cluster.advance(by: 40)
        let onWorker = Self.pods(cluster).filter { $0["spec"]["nodeName"] == "kind-worker" }
        #expect(onWorker.count == 1)
        #expect(onWorker.first?["metadata"]["name"] != victim["metadata"]["name"])
        let events = cluster.list(.events, namespace: "default").filter { $0["involvedObject"]["kind"] == "DaemonSet" }
        #expect(events.filter { $0["reason"] == "SuccessfulCreate" }.count == 3)
    }

    @Test func aTemplateChangeRollsOneNodeAtATime() throws {
        var cluster = Cluster(seed: 44)
        try cluster.declare(Self.daemonSet())
        cluster.advance(by: 5)
        try cluster.declare(Self.daemonSet(image: "busybox:1.36"))
        cluster.advance(by: 1)
        // maxUnavailable 1: one old pod goes, the other keeps running.
        let images = Self.pods(cluster).compactMap { $0["spec"]["containers"][0]["image"].string }
        #expect(images.filter { $0 == "busybox:1.37" }.count == 1)
        cluster.advance(by: 120)
        #expect(Self.pods(cluster).compactMap { $0["spec"]["containers"][0]["image"].string } == ["busybox:1.36", "busybox:1.36"])
        let revisions = cluster.list(.controllerRevisions, namespace: "default").compactMap { $0["revision"].int }.sorted()
        #expect(revisions == [1, 2])
        let ds = try #require(cluster.object(.daemonSets, namespace: "default", name: "agent"))
        #expect(ds["status"]["updatedNumberScheduled"] == 2)
        #expect(ds["status"]["observedGeneration"] == 2)
    }

    @Test func deletingTheDaemonSetTakesItsPodsAndRevisions() throws {
        var cluster = Cluster(seed: 45)
        try cluster.declare(Self.daemonSet())
        cluster.advance(by: 5)
        _ = try cluster.delete(.daemonSets, namespace: "default", name: "agent")
        cluster.advance(by: 60)
        #expect(cluster.list(.pods, namespace: "default").isEmpty)
        #expect(cluster.list(.controllerRevisions, namespace: "default").isEmpty)
    }
}
