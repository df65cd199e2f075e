import Testing

@testable import ClusterModel

/// The tutorial walkthrough and its variants, second by second on the virtual clock.
@Suite struct TerminationWalkthroughTests {
    /// A cluster with the tutorial Deployment (given options) and Service applied and every pod Ready.
    static func readyCluster(seed: UInt64 = 42, deployment: JSONValue = TutorialFixtures.deployment(), service: JSONValue = TutorialFixtures.service(), replicas: Int = 1)
        throws -> Cluster
    {
        var cluster = Cluster(seed: seed)
        _ = try cluster.declare(deployment)
        _ = try cluster.declare(service)
        let ready = cluster.advance(until: { TutorialFixtures.readyPods($0, count: replicas) }, limit: 60)
        #expect(ready)
        return cluster
    }

    static func podNames(_ cluster: Cluster) -> [String] {
        cluster.list(.pods, namespace: "default").compactMap { $0["metadata"]["name"].string }
    }

    static func endpoint(_ cluster: Cluster, pod: String) -> JSONValue? {
        TutorialFixtures.endpoints(cluster).first { $0["targetRef"]["name"].string == pod }
    }

    @Test func tutorialWalkthrough() throws {
        var cluster = try Self.readyCluster()
        let slices = TutorialFixtures.slices(cluster)
        #expect(slices.count == 1)
        let slice = try #require(slices.first)
        #expect(slice["metadata"]["generateName"] == "nginx-service-")
        #expect(slice["ports"] == [["name": "", "port": 80, "protocol": "TCP"]])
        #expect(slice["metadata"]["labels"]["endpointslice.kubernetes.io/managed-by"] == "endpointslice-controller.k8s.io")
        let oldName = try #require(Self.podNames(cluster).first)
        let old = try #require(Self.endpoint(cluster, pod: oldName))
        #expect(old["conditions"] == ["ready": true, "serving": true, "terminating": false])
        #expect(old["nodeName"].string != nil)

        let deletedAt = cluster.now
        let returned = try cluster.delete(.pods, namespace: "default", name: oldName)
        #expect(returned["metadata"]["deletionTimestamp"].string == deletedAt.adding(seconds: 120).rfc3339)
        #expect(returned["metadata"]["deletionGracePeriodSeconds"] == 120)
        // The ReplicaSet creates the replacement at once.
        #expect(Self.podNames(cluster).count == 2)

        var newReadyAt: Double? = nil
        for second in 1...120 {
            cluster.advance(by: 1)
            let endpoint = try #require(Self.endpoint(cluster, pod: oldName), "old endpoint missing at \(second) s")
            #expect(endpoint["conditions"] == ["ready": false, "serving": true, "terminating": true], "at \(second) s")
            let pod = try #require(cluster.object(.pods, namespace: "default", name: oldName))
            #expect(!pod["metadata"]["deletionTimestamp"].isNull)
            if newReadyAt == nil,
                let newName = Self.podNames(cluster).first(where: { $0 != oldName }),
                Self.endpoint(cluster, pod: newName)?["conditions"]["ready"] == true
            {
                newReadyAt = Double(second)
            }
        }
        #expect(newReadyAt != nil && newReadyAt! <= 5)
        // Stop signal at 120 s (grace exhausted); nginx exits on it a second later; the pod and endpoint go at 121 s.
        cluster.advance(by: 1)
        #expect(cluster.object(.pods, namespace: "default", name: oldName) == nil)
        #expect(Self.endpoint(cluster, pod: oldName) == nil)
        #expect(TutorialFixtures.endpoints(cluster).count == 1)
        #expect(cluster.now.seconds(since: deletedAt) == 121)

        // The feed shows the terminal phase (Succeeded, exit 0) right before DELETED.
        let podEvents = cluster.changes(since: 0).filter { $0.resource == .pods && $0.object["metadata"]["name"].string == oldName }
        #expect(podEvents.last?.type == .deleted)
        #expect(podEvents.dropLast().last?.object["status"]["phase"] == "Succeeded")
        let killing = cluster.list(.events, namespace: "default").filter { $0["reason"] == "Killing" }
        #expect(killing.first?["message"] == "Stopping container nginx")
    }

    @Test func gracePeriodFiveWithLongPreStop() throws {
        var cluster = try Self.readyCluster(deployment: TutorialFixtures.deployment(grace: 5))
        let name = try #require(Self.podNames(cluster).first)
        _ = try cluster.delete(.pods, namespace: "default", name: name)
        cluster.advance(by: 5)
        #expect(cluster.object(.pods, namespace: "default", name: name) != nil)
        #expect(Self.endpoint(cluster, pod: name)?["conditions"]["terminating"] == true)
        cluster.advance(by: 1)
        #expect(cluster.object(.pods, namespace: "default", name: name) == nil)
    }

    @Test func forceDeleteRemovesAtOnce() throws {
        var cluster = try Self.readyCluster()
        let name = try #require(Self.podNames(cluster).first)
        let returned = try cluster.delete(.pods, namespace: "default", name: name, options: DeleteOptions(gracePeriodSeconds: 0))
        #expect(returned["metadata"]["deletionTimestamp"].isNull)
        #expect(cluster.object(.pods, namespace: "default", name: name) == nil)
        cluster.advance(by: 0)
        #expect(Self.endpoint(cluster, pod: name) == nil)
    }

    @Test func nowMeansOneSecond() throws {
        var cluster = try Self.readyCluster()
        let name = try #require(Self.podNames(cluster).first)
        let returned = try cluster.delete(.pods, namespace: "default", name: name, options: DeleteOptions(gracePeriodSeconds: 1))
        #expect(returned["metadata"]["deletionGracePeriodSeconds"] == 1)
        cluster.advance(by: 1)
        #expect(cluster.object(.pods, namespace: "default", name: name) != nil)
        cluster.advance(by: 1)
        #expect(cluster.object(.pods, namespace: "default", name: name) == nil)
    }

    @Test func shortPreStopEndsEarly() throws {
        var cluster = try Self.readyCluster(deployment: TutorialFixtures.deployment(grace: 120, preStop: ["sleep", "10"]))
        let name = try #require(Self.podNames(cluster).first)
        _ = try cluster.delete(.pods, namespace: "default", name: name)
        cluster.advance(by: 10)
        #expect(cluster.object(.pods, namespace: "default", name: name) != nil)
        cluster.advance(by: 1)
        #expect(cluster.object(.pods, namespace: "default", name: name) == nil)
    }

    @Test func noPreStopGoesQuickly() throws {
        var cluster = try Self.readyCluster(deployment: TutorialFixtures.deployment(grace: nil, preStop: nil))
        let name = try #require(Self.podNames(cluster).first)
        let returned = try cluster.delete(.pods, namespace: "default", name: name)
        #expect(returned["metadata"]["deletionGracePeriodSeconds"] == 30)
        cluster.advance(by: 1)
        #expect(cluster.object(.pods, namespace: "default", name: name) == nil)
    }

    @Test func secondDeleteOnlyShortens() throws {
        var cluster = try Self.readyCluster()
        let name = try #require(Self.podNames(cluster).first)
        let start = cluster.now
        _ = try cluster.delete(.pods, namespace: "default", name: name)
        let longer = try cluster.delete(.pods, namespace: "default", name: name, options: DeleteOptions(gracePeriodSeconds: 300))
        #expect(longer["metadata"]["deletionTimestamp"].string == start.adding(seconds: 120).rfc3339)
        cluster.advance(by: 10)
        let shorter = try cluster.delete(.pods, namespace: "default", name: name, options: DeleteOptions(gracePeriodSeconds: 5))
        #expect(shorter["metadata"]["deletionTimestamp"].string == start.adding(seconds: 15).rfc3339)
        #expect(shorter["metadata"]["deletionGracePeriodSeconds"] == 5)
        cluster.advance(by: 5)
        #expect(cluster.object(.pods, namespace: "default", name: name) != nil)
        cluster.advance(by: 1)
        #expect(cluster.object(.pods, namespace: "default", name: name) == nil)
    }

    @Test func publishNotReadyAddressesKeepsReady() throws {
        var cluster = try Self.readyCluster(service: TutorialFixtures.service(publishNotReady: true))
        let name = try #require(Self.podNames(cluster).first)
        _ = try cluster.delete(.pods, namespace: "default", name: name)
        cluster.advance(by: 3)
        #expect(Self.endpoint(cluster, pod: name)?["conditions"] == ["ready": true, "serving": true, "terminating": true])
    }

    @Test func failingReadinessProbe() throws {
        let probe: JSONValue = ["exec": ["command": ["cat", "/tmp/healthy"]], "periodSeconds": 5]
        var cluster = Cluster(seed: 3)
        _ = try cluster.declare(TutorialFixtures.deployment(readinessProbe: probe))
        _ = try cluster.declare(TutorialFixtures.service())
        cluster.advance(by: 20)
        let endpoints = TutorialFixtures.endpoints(cluster)
        #expect(endpoints.count == 1)
        #expect(endpoints.first?["conditions"] == ["ready": false, "serving": false, "terminating": false])
        let unhealthy = cluster.list(.events, namespace: "default").filter { $0["reason"] == "Unhealthy" }
        #expect(unhealthy.count == 1)
        #expect(unhealthy.first?["message"] == "Readiness probe failed: cat: /tmp/healthy: No such file or directory")
        #expect((unhealthy.first?["count"].int ?? 0) >= 3)
        #expect(cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["status"]["readyReplicas"].isNull == true)
        // The lesson can make the probe pass.
        let pod = try #require(Self.podNames(cluster).first)
        try cluster.setReadinessProbeOutcome(namespace: "default", pod: pod, succeeds: true)
        cluster.advance(by: 0)
        #expect(TutorialFixtures.endpoints(cluster).first?["conditions"]["ready"] == true)
    }

    @Test func httpProbeToContainerPortSucceeds() throws {
        let probe: JSONValue = ["httpGet": ["path": "/", "port": 80], "initialDelaySeconds": 5]
        var cluster = Cluster(seed: 3)
        _ = try cluster.declare(TutorialFixtures.deployment(readinessProbe: probe))
        _ = try cluster.declare(TutorialFixtures.service())
        cluster.advance(by: 4)
        #expect(TutorialFixtures.endpoints(cluster).first?["conditions"]["ready"] == false)
        cluster.advance(by: 5)
        #expect(TutorialFixtures.endpoints(cluster).first?["conditions"]["ready"] == true)
    }
}
