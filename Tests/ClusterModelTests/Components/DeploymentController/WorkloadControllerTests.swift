import Testing

@testable import ClusterModel

@Suite struct WorkloadControllerTests {
    @Test func scale250DownTo10AcrossSlices() throws {
        var cluster = Cluster(seed: 11)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: 250, grace: 5, preStop: nil))
        _ = try cluster.declare(TutorialFixtures.service())
        let ready = cluster.advance(until: { TutorialFixtures.readyPods($0, count: 250) }, limit: 60)
        #expect(ready)
        let slices = TutorialFixtures.slices(cluster)
        #expect(slices.count == 3)
        #expect(slices.map { $0["endpoints"].array?.count ?? 0 }.sorted() == [50, 100, 100])
        let ips = Set(TutorialFixtures.endpoints(cluster).compactMap { $0["addresses"][0].string })
        #expect(ips.count == 250)

        _ = try cluster.scale(.deployments, namespace: "default", name: "nginx-deployment", replicas: 10)
        cluster.advance(by: 0)
        let terminating = TutorialFixtures.endpoints(cluster).filter { $0["conditions"]["terminating"] == true }
        #expect(terminating.count == 240)
        cluster.advance(by: 10)
        #expect(cluster.list(.pods, namespace: "default").count == 10)
        let remaining = TutorialFixtures.slices(cluster)
        #expect(TutorialFixtures.endpoints(cluster).count == 10)
        #expect(remaining.allSatisfy { !($0["endpoints"].array ?? []).isEmpty })
        #expect(remaining.allSatisfy { ($0["metadata"]["generation"].int ?? 0) > 1 })
        let legacy = try #require(cluster.object(.endpoints, namespace: "default", name: "nginx-service"))
        #expect(legacy["subsets"][0]["addresses"].array?.count == 10)
        let deployment = try #require(cluster.object(.deployments, namespace: "default", name: "nginx-deployment"))
        #expect(deployment["status"]["replicas"] == 10)
        #expect(deployment["status"]["readyReplicas"] == 10)
    }

    @Test func rollingUpdateCreatesNewReplicaSet() throws {
        var cluster = Cluster(seed: 12)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: 4, grace: 5, preStop: nil))
        var settled = cluster.advance(until: { TutorialFixtures.readyPods($0, count: 4) }, limit: 60)
        #expect(settled)
        let oldRS = try #require(cluster.list(.replicaSets, namespace: "default").first?["metadata"]["name"].string)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: 4, grace: 5, preStop: nil, image: "nginx:1.27"))
        cluster.advance(by: 0)
        let during = cluster.list(.replicaSets, namespace: "default")
        #expect(during.count == 2)
        // maxSurge 1, maxUnavailable 1: at most 5 pods, at least 3 available.
        let active = cluster.list(.pods, namespace: "default").filter { $0["metadata"]["deletionTimestamp"].isNull }
        #expect(active.count <= 5)
        settled = cluster.advance(
            until: { cluster in
                let d = cluster.object(.deployments, namespace: "default", name: "nginx-deployment")!
                return d["status"]["updatedReplicas"] == 4 && d["status"]["availableReplicas"] == 4 && d["status"]["replicas"] == 4
            }, limit: 120)
        #expect(settled)
        let rss = cluster.list(.replicaSets, namespace: "default")
        let old = try #require(rss.first { $0["metadata"]["name"].string == oldRS })
        let new = try #require(rss.first { $0["metadata"]["name"].string != oldRS })
        #expect(old["spec"]["replicas"] == 0)
        #expect(new["spec"]["replicas"] == 4)
        #expect(old["metadata"]["annotations"]["deployment.kubernetes.io/revision"] == "1")
        #expect(new["metadata"]["annotations"]["deployment.kubernetes.io/revision"] == "2")
        let deployment = try #require(cluster.object(.deployments, namespace: "default", name: "nginx-deployment"))
        #expect(deployment["metadata"]["annotations"]["deployment.kubernetes.io/revision"] == "2")
        #expect(deployment["spec"]["template"]["spec"]["containers"][0]["imagePullPolicy"] == "IfNotPresent")
        let scaling = cluster.list(.events, namespace: "default").filter { $0["reason"] == "ScalingReplicaSet" }.compactMap { $0["message"].string }
        #expect(scaling.first == "Scaled up replica set \(oldRS) from 0 to 4")
        #expect(scaling.contains { $0.hasPrefix("Scaled down replica set \(oldRS) from 4 to") })

        // Undo (kubectl's JSON patch of the first template) goes back; the old ReplicaSet becomes revision 3.
        var template = old["spec"]["template"]
        template["metadata"]["labels"]["pod-template-hash"] = .null
        _ = try cluster.patch(
            .deployments, namespace: "default", name: "nginx-deployment",
            patch: [["op": "replace", "path": "/spec/template", "value": template]], as: .json)
        cluster.advance(by: 30)
        let back = try #require(cluster.object(.replicaSets, namespace: "default", name: oldRS))
        #expect(back["spec"]["replicas"] == 4)
        #expect(back["metadata"]["annotations"]["deployment.kubernetes.io/revision"] == "3")
    }

    @Test func templateAnnotationStartsARollout() throws {
        var cluster = Cluster(seed: 13)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: 1, grace: 5, preStop: nil))
        cluster.advance(by: 10)
        let stamp = JSONValue.string(cluster.now.rfc3339)
        let restarted = try cluster.patch(
            .deployments, namespace: "default", name: "nginx-deployment",
            patch: ["spec": ["template": ["metadata": ["annotations": ["kubectl.kubernetes.io/restartedAt": stamp]]]]], as: .strategic
        ).object
        #expect(restarted["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"] == stamp)
        #expect(restarted["metadata"]["generation"] == 2)
        #expect(cluster.list(.replicaSets, namespace: "default").count == 2)
    }

    @Test func deletingDeploymentCascades() throws {
        var cluster = Cluster(seed: 14)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: 3, grace: 5, preStop: nil))
        cluster.advance(by: 10)
        _ = try cluster.delete(.deployments, namespace: "default", name: "nginx-deployment")
        #expect(cluster.object(.deployments, namespace: "default", name: "nginx-deployment") == nil)
        #expect(cluster.list(.replicaSets, namespace: "default").count == 1)
        cluster.advance(by: 0)
        #expect(cluster.list(.replicaSets, namespace: "default").isEmpty)
        cluster.advance(by: 0)
        #expect(cluster.list(.pods, namespace: "default").allSatisfy { !$0["metadata"]["deletionTimestamp"].isNull })
        cluster.advance(by: 5)
        #expect(cluster.list(.pods, namespace: "default").isEmpty)
    }

    @Test func podDeletionRanking() {
        func pod(_ name: String, node: String?, phase: PodPhase, ready: Bool, created: Int64) -> PodRecord {
            var record = PodRecord(
                meta: ObjectMeta(name: name, namespace: "default", uid: name, creationTimestamp: Timestamp(seconds: created)), spec: .emptyObject,
                tokenVolumeSuffix: "v", qosClass: "BestEffort", containers: [])
            record.nodeName = node
            record.phase = phase
            record.ready = ready
            return record
        }
        let pods = [
            pod("ready-old", node: "n", phase: .running, ready: true, created: 1),
            pod("ready-new", node: "n", phase: .running, ready: true, created: 5),
            pod("unscheduled", node: nil, phase: .pending, ready: false, created: 1),
            pod("pending", node: "n", phase: .pending, ready: false, created: 1),
            pod("running-unready", node: "n", phase: .running, ready: false, created: 1),
        ]
        #expect(pods.sorted(by: Cluster.deletesFirst).map(\.meta.name) == ["unscheduled", "pending", "running-unready", "ready-new", "ready-old"])
    }

    @Test func sameSeedSameFeedDifferentSeedDifferentNames() throws {
        func run(_ seed: UInt64) throws -> Cluster {
            var cluster = Cluster(seed: seed)
            _ = try cluster.declare(TutorialFixtures.deployment(replicas: 3))
            _ = try cluster.declare(TutorialFixtures.service())
            cluster.advance(by: 5)
            let name = cluster.list(.pods, namespace: "default")[0]["metadata"]["name"].string!
            _ = try cluster.delete(.pods, namespace: "default", name: name)
            cluster.advance(by: 130)
            return cluster
        }
        let a = try run(99)
        let b = try run(99)
        #expect(a.lastSequence == b.lastSequence)
        #expect(a.changes(since: 0) == b.changes(since: 0))
        let c = try run(100)
        let namesA = a.list(.pods, namespace: "default").map { $0["metadata"]["name"] }
        let namesC = c.list(.pods, namespace: "default").map { $0["metadata"]["name"] }
        #expect(namesA != namesC)
        #expect(a.object(.services, namespace: "default", name: "nginx-service")?["spec"]["clusterIP"] != c.object(.services, namespace: "default", name: "nginx-service")?["spec"]["clusterIP"])
    }

    @Test func feedCarriesTimesAndTypes() throws {
        var cluster = Cluster(seed: 2)
        let start = cluster.lastSequence
        _ = try cluster.declare(TutorialFixtures.deployment())
        cluster.advance(by: 5)
        let events = cluster.changes(since: start)
        #expect(events.first?.resource == .deployments)
        #expect(events.first?.type == .added)
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.sequence + 1 == $1.sequence && $0.time <= $1.time })
        let rvs = events.compactMap { Int($0.object["metadata"]["resourceVersion"].string ?? "") }
        #expect(rvs == rvs.sorted() && Set(rvs).count == rvs.count)
        #expect(cluster.changes(since: cluster.lastSequence).isEmpty)
    }

    @Test func nextEventTimeAndAdvanceUntil() throws {
        var cluster = Cluster(seed: 2)
        #expect(cluster.nextEventTime == nil)
        _ = try cluster.declare(TutorialFixtures.deployment())
        #expect(cluster.nextEventTime == cluster.now)
        let start = cluster.now
        let done = cluster.advance(until: { _ in false }, limit: 100)
        #expect(!done)
        #expect(cluster.nextEventTime == nil)
        #expect(cluster.now.seconds(since: start) <= 3)
    }
}
