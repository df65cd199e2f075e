import Testing

@testable import ClusterModel

/// The scheduler binds each new pod to the least loaded node it fits and says so in a `Scheduled` event; a pod that fits
/// no node waits with the reason.
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
        // kube-scheduler records through events.k8s.io/v1: no source or timestamps, an eventTime and an action.
        let event = try #require(scheduled.first)
        #expect(event["source"] == .emptyObject)
        #expect(event["reportingComponent"] == "default-scheduler")
        #expect(event["reportingInstance"] == "default-scheduler-kind-control-plane")
        #expect(event["action"] == "Binding")
        #expect(event["firstTimestamp"].isNull && event["lastTimestamp"].isNull && event["count"].isNull)
        #expect(event["eventTime"].string?.hasSuffix("000Z") == true && event["eventTime"].string?.count == 27)
    }

    @Test func aPodWrittenWithANodeNameIsBoundAtCreationWithoutTheScheduler() throws {
        var cluster = Cluster(seed: 33)
        var manifest = TutorialFixtures.deployment(replicas: 2, grace: 5, preStop: nil)
        manifest["spec"]["template"]["spec"]["nodeName"] = "kind-worker2"
        try cluster.declare(manifest)
        cluster.advance(by: 1)
        let pods = cluster.list(.pods, namespace: "default")
        #expect(pods.count == 2)
        #expect(pods.allSatisfy { $0["spec"]["nodeName"] == "kind-worker2" })
        // The kubelet reports it scheduled; the scheduler never saw it.
        #expect(pods.allSatisfy { ($0["status"]["conditions"].array ?? []).contains { $0["type"] == "PodScheduled" && $0["status"] == "True" } })
        #expect(cluster.list(.events, namespace: "default").filter { $0["reason"] == "Scheduled" }.isEmpty)
    }

    /// `FitError.Error()` with the v1.35 plugin reasons, counted per reason and sorted.
    static let noSSD =
        "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) didn't match Pod's node affinity/selector. "
        + "no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."

    @Test func aPodThatFitsNoNodeWaitsWithTheSchedulersReasonUntilANodeFits() throws {
        var cluster = Cluster(seed: 34)
        var manifest = TutorialFixtures.deployment(replicas: 1, grace: 5, preStop: nil)
        manifest["spec"]["template"]["spec"]["nodeSelector"] = ["disktype": "ssd"]
        try cluster.declare(manifest)
        cluster.advance(by: 5)
        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        #expect(pod["status"]["phase"] == "Pending")
        #expect(pod["spec"]["nodeName"].isNull)
        #expect(
            pod["status"]["conditions"] == [
                [
                    "lastProbeTime": .null, "lastTransitionTime": "2026-11-28T12:00:00Z", "message": .string(Self.noSSD), "observedGeneration": 1,
                    "reason": "Unschedulable", "status": "False", "type": "PodScheduled",
                ]
            ])
        let failures = cluster.list(.events, namespace: "default").filter { $0["reason"] == "FailedScheduling" }
        #expect(failures.count == 1)
        #expect(failures.first?["type"] == "Warning")
        #expect(failures.first?["message"] == .string(Self.noSSD))
        #expect(failures.first?["reportingComponent"] == "default-scheduler")
        #expect(failures.first?["action"] == "Scheduling")

        // Labelling a worker lets the scheduler try again, and the pod lands there.
        var node = try #require(cluster.object(.nodes, namespace: nil, name: "kind-worker2"))
        node["metadata"]["labels"]["disktype"] = "ssd"
        _ = try cluster.update(node)
        cluster.advance(by: 5)
        let placed = try #require(cluster.list(.pods, namespace: "default").first)
        #expect(placed["spec"]["nodeName"] == "kind-worker2")
        #expect(placed["status"]["phase"] == "Running")
    }

    @Test func unschedulableWorkersTakeNoPodsAndTheReasonSaysSo() throws {
        var cluster = Cluster(seed: 35)
        for name in ["kind-worker", "kind-worker2"] {
            var node = try #require(cluster.object(.nodes, namespace: nil, name: name))
            node["spec"]["unschedulable"] = true
            _ = try cluster.update(node)
        }
        try cluster.declare(TutorialFixtures.deployment(replicas: 1, grace: 5, preStop: nil))
        cluster.advance(by: 1)
        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        #expect(
            pod["status"]["conditions"][0]["message"]
                == "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) were unschedulable. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        )
    }

    @Test func aTolerationOfTheControlPlaneTaintAndANodeSelectorPlaceAPodThere() throws {
        var cluster = Cluster(seed: 36)
        var manifest = TutorialFixtures.deployment(replicas: 1, grace: 5, preStop: nil)
        manifest["spec"]["template"]["spec"]["tolerations"] = [["key": "node-role.kubernetes.io/control-plane", "operator": "Exists", "effect": "NoSchedule"]]
        manifest["spec"]["template"]["spec"]["nodeSelector"] = ["node-role.kubernetes.io/control-plane": ""]
        try cluster.declare(manifest)
        cluster.advance(by: 5)
        let pod = try #require(cluster.list(.pods, namespace: "default").first)
        #expect(pod["spec"]["nodeName"] == "kind-control-plane")
        // The control plane's pod network already holds CoreDNS (.2, .3) and the storage provisioner (.4).
        #expect(pod["status"]["podIP"] == "10.244.0.5")
    }

    @Test func tolerationsMatchAsTheAPIDefinesThem() {
        let taint = NodeFit.Taint(["key": "dedicated", "value": "gpu", "effect": "NoSchedule"])
        #expect(NodeFit.tolerates(["key": "dedicated", "operator": "Equal", "value": "gpu", "effect": "NoSchedule"], taint))
        #expect(NodeFit.tolerates(["key": "dedicated", "value": "gpu"], taint))
        #expect(!NodeFit.tolerates(["key": "dedicated", "value": "cpu"], taint))
        #expect(NodeFit.tolerates(["key": "dedicated", "operator": "Exists"], taint))
        #expect(NodeFit.tolerates(["operator": "Exists"], taint))
        #expect(!NodeFit.tolerates(["key": "dedicated", "operator": "Exists", "effect": "NoExecute"], taint))
        #expect(!NodeFit.tolerates(["operator": "Equal", "value": "gpu"], taint))
    }

    @Test func nodeAffinityTermsAreORedAndTheirExpressionsANDed() {
        var node = NodeFit.Node(["metadata": ["name": "n1", "labels": ["zone": "a", "size": "4"]]])
        func fits(_ terms: JSONValue) -> Bool {
            NodeFit.matchesAffinity(NodeFit.Pod(spec: ["affinity": ["nodeAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": ["nodeSelectorTerms": terms]]]]), node)
        }
        #expect(fits([["matchExpressions": [["key": "zone", "operator": "In", "values": ["a", "b"]], ["key": "size", "operator": "Gt", "values": ["2"]]]]]))
        #expect(!fits([["matchExpressions": [["key": "zone", "operator": "In", "values": ["a"]], ["key": "size", "operator": "Lt", "values": ["2"]]]]]))
        #expect(fits([["matchExpressions": [["key": "zone", "operator": "NotIn", "values": ["a"]]]], ["matchFields": [["key": "metadata.name", "operator": "In", "values": ["n1"]]]]]))
        #expect(fits([["matchExpressions": [["key": "gpu", "operator": "DoesNotExist"]]]]))
        #expect(!fits([["matchExpressions": [["key": "gpu", "operator": "Exists"]]]]))
        // An empty term matches nothing.
        #expect(!fits([[:]]))
        node.labels["gpu"] = "yes"
        #expect(fits([["matchExpressions": [["key": "gpu", "operator": "Exists"]]]]))
    }
}
