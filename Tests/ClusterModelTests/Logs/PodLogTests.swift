import Testing

@testable import ClusterModel

/// `Cluster.podLog`: the container logs as the kubelet serves them, on the virtual clock.
@Suite struct PodLogTests {
    /// A Deployment `web` (label `app: nginx`) of one pod with the given containers and grace period.
    static func deployment(containers: [JSONValue], grace: Int? = nil) -> JSONValue {
        var spec: JSONValue = ["containers": .array(containers)]
        if let grace { spec["terminationGracePeriodSeconds"] = .int(grace) }
        return [
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"],
            "spec": [
                "replicas": 1, "selector": ["matchLabels": ["app": "nginx"]],
                "template": ["metadata": ["labels": ["app": "nginx"]], "spec": spec],
            ],
        ]
    }

    /// The single pod of a ready cluster running `deployment`.
    static func readyPod(_ deployment: JSONValue = TutorialFixtures.deployment()) throws -> (Cluster, String) {
        let cluster = try TerminationWalkthroughTests.readyCluster(deployment: deployment)
        return (cluster, try #require(TerminationWalkthroughTests.podNames(cluster).first))
    }

    /// The three lines nginx writes when SIGQUIT arrives at `time`.
    static func shutdown(at time: Timestamp) -> [LogLine] {
        let stamp = NginxProgram.errorLogTime(time)
        return ["signal 3 (SIGQUIT) received, shutting down", "signal 17 (SIGCHLD) received", "exit"].map {
            LogLine(time: time, text: "\(stamp) [notice] 1#1: \($0)")
        }
    }

    @Test func runningNginxShowsItsStartUpLinesAtItsStart() throws {
        let (cluster, pod) = try Self.readyPod()
        let log = try cluster.podLog(namespace: "default", name: pod)
        let started = try #require(cluster.object(.pods, namespace: "default", name: pod)?["status"]["containerStatuses"][0]["state"]["running"]["startedAt"].string)
        #expect(log.count == 17)
        #expect(log.first?.text == "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration")
        #expect(log.last?.text.hasSuffix("[notice] 1#1: start worker process \(NginxProgram(podName: pod).firstWorkerPID + 1)") == true)
        #expect(Set(log.map(\.time)).count == 1)
        #expect(log[0].time.rfc3339 == started)
        #expect(try cluster.podLog(namespace: "default", name: pod, container: "nginx") == log)
    }

    /// The tutorial: preStop `sleep 180`, grace 120. The kubelet waits min(hook, grace) = 120 s, then the runtime sends
    /// SIGQUIT, and only then does nginx write its shutdown lines.
    @Test func tutorialShutdownLinesComeWithTheStopSignalAfterTheGracePeriod() throws {
        var (cluster, pod) = try Self.readyPod()
        let running = try cluster.podLog(namespace: "default", name: pod)
        let deletedAt = cluster.now
        _ = try cluster.delete(.pods, namespace: "default", name: pod)
        for second in 1...119 {
            cluster.advance(by: 1)
            #expect(try cluster.podLog(namespace: "default", name: pod) == running, "at \(second) s")
        }
        cluster.advance(by: 1)
        let signalled = try cluster.podLog(namespace: "default", name: pod)
        #expect(signalled == running + Self.shutdown(at: deletedAt.adding(seconds: 120)))
        // nginx exits on SIGQUIT a second later; the kubelet's final delete removes the pod, and its log with it.
        cluster.advance(by: 1)
        #expect(throws: APIError.notFound(.pods, name: pod)) { try cluster.podLog(namespace: "default", name: pod) }
    }

    @Test func preStopSleepActionDelaysTheSignal() throws {
        let nginx: JSONValue = ["name": "nginx", "image": "nginx:latest", "lifecycle": ["preStop": ["sleep": ["seconds": 10]]]]
        var (cluster, pod) = try Self.readyPod(Self.deployment(containers: [nginx], grace: 120))
        let running = try cluster.podLog(namespace: "default", name: pod)
        let deletedAt = cluster.now
        _ = try cluster.delete(.pods, namespace: "default", name: pod)
        cluster.advance(by: 9.9)
        #expect(try cluster.podLog(namespace: "default", name: pod) == running)
        cluster.advance(by: 0.1)
        #expect(try cluster.podLog(namespace: "default", name: pod) == running + Self.shutdown(at: deletedAt.adding(seconds: 10)))
    }

    /// The model's kubelet runs every container's preStop hook and then signals all containers together, so a
    /// sidecar's hook delays nginx's signal too. The sidecar's program writes nothing.
    @Test func aSecondContainersPreStopHookDelaysTheSignal() throws {
        let nginx: JSONValue = ["name": "nginx", "image": "nginx:latest"]
        let sidecar: JSONValue = [
            "name": "sidecar", "image": "busybox:1.36", "command": ["sleep", "3600"],
            "lifecycle": ["preStop": ["exec": ["command": ["/bin/sh", "-c", "sleep 15"]]]],
        ]
        var (cluster, pod) = try Self.readyPod(Self.deployment(containers: [nginx, sidecar], grace: 120))
        let running = try cluster.podLog(namespace: "default", name: pod, container: "nginx")
        #expect(running.count == 17)
        #expect(try cluster.podLog(namespace: "default", name: pod, container: "sidecar") == [])
        let deletedAt = cluster.now
        _ = try cluster.delete(.pods, namespace: "default", name: pod)
        cluster.advance(by: 14)
        #expect(try cluster.podLog(namespace: "default", name: pod, container: "nginx") == running)
        cluster.advance(by: 1)
        #expect(try cluster.podLog(namespace: "default", name: pod, container: "nginx") == running + Self.shutdown(at: deletedAt.adding(seconds: 15)))
        #expect(try cluster.podLog(namespace: "default", name: pod, container: "sidecar") == [])
    }

    /// No preStop hook and the default grace period of 30 s: the stop signal goes out as soon as the kubelet acts.
    @Test func withoutPreStopTheSignalGoesOutAtOnce() throws {
        var (cluster, pod) = try Self.readyPod(TutorialFixtures.deployment(grace: nil, preStop: nil))
        let running = try cluster.podLog(namespace: "default", name: pod)
        let deletedAt = cluster.now
        _ = try cluster.delete(.pods, namespace: "default", name: pod)
        // The kubelet has not acted yet within the delete call.
        #expect(try cluster.podLog(namespace: "default", name: pod) == running)
        cluster.advance(by: 0.5)
        #expect(try cluster.podLog(namespace: "default", name: pod) == running + Self.shutdown(at: deletedAt))
    }

    /// Once the kubelet has reported the containers' exit, the log of the terminated container still holds everything
    /// its process wrote, the shutdown lines at the time of the stop signal included.
    @Test func terminatedContainerKeepsItsLog() throws {
        var (cluster, pod) = try Self.readyPod()
        let running = try cluster.podLog(namespace: "default", name: pod)
        let deletedAt = cluster.now
        _ = try cluster.delete(.pods, namespace: "default", name: pod)
        cluster.advance(by: 120.5)
        let record = try #require(cluster.api.pods[ObjectKey(namespace: "default", name: pod)]?.value)
        let reported = cluster.reportContainersExited(record.key, uid: record.meta.uid, token: record.terminationToken, exitCode: 0)
        #expect(reported)
        let status = cluster.object(.pods, namespace: "default", name: pod)?["status"]["containerStatuses"][0]["state"]
        #expect(status?["terminated"]["reason"] == "Completed")
        cluster.advance(by: 30)
        #expect(try cluster.podLog(namespace: "default", name: pod) == running + Self.shutdown(at: deletedAt.adding(seconds: 120)))
    }

    @Test func sinceTimeDropsOlderLines() throws {
        var (cluster, pod) = try Self.readyPod(TutorialFixtures.deployment(grace: nil, preStop: nil))
        let startedAt = try #require(cluster.podLog(namespace: "default", name: pod).first?.time)
        #expect(try cluster.podLog(namespace: "default", name: pod, sinceTime: startedAt).count == 17)
        cluster.advance(by: 10)
        let deletedAt = cluster.now
        _ = try cluster.delete(.pods, namespace: "default", name: pod)
        cluster.advance(by: 0.5)
        #expect(try cluster.podLog(namespace: "default", name: pod, sinceTime: startedAt.adding(milliseconds: 1)) == Self.shutdown(at: deletedAt))
        #expect(try cluster.podLog(namespace: "default", name: pod, sinceTime: deletedAt.adding(milliseconds: 1)) == [])
    }

    @Test func errorsAreTheAPIServersAndTheKubelets() throws {
        var cluster = Cluster(seed: 42)
        let nginx: JSONValue = ["name": "nginx", "image": "nginx:latest"]
        let sidecar: JSONValue = ["name": "sidecar", "image": "busybox:1.36", "command": ["sleep", "3600"]]
        _ = try cluster.declare(Self.deployment(containers: [nginx, sidecar]))
        cluster.advance(by: 0)
        let pod = try #require(TerminationWalkthroughTests.podNames(cluster).first)
        func error(_ read: () throws(APIError) -> [LogLine]) -> String? {
            do {
                _ = try read()
                return nil
            } catch {
                return error.kubectlMessage
            }
        }
        #expect(error { () throws(APIError) in try cluster.podLog(namespace: "default", name: "nope") } == "Error from server (NotFound): pods \"nope\" not found")
        #expect(error { () throws(APIError) in try cluster.podLog(namespace: "default", name: pod) }
            == "Error from server (BadRequest): a container name must be specified for pod \(pod), choose one of: [nginx sidecar]")
        #expect(error { () throws(APIError) in try cluster.podLog(namespace: "default", name: pod, container: "db") }
            == "Error from server (BadRequest): container db is not valid for pod \(pod)")
        #expect(error { () throws(APIError) in try cluster.podLog(namespace: "default", name: pod, container: "nginx") }
            == "Error from server (BadRequest): container \"nginx\" in pod \"\(pod)\" is waiting to start: ContainerCreating")
        cluster.advance(by: 60)
        #expect(try cluster.podLog(namespace: "default", name: pod, container: "nginx").count == 17)
        // Containers are never restarted, so there is no previous instance.
        #expect(error { () throws(APIError) in try cluster.podLog(namespace: "default", name: pod, container: "nginx", previous: true) }
            == "Error from server (BadRequest): previous terminated container \"nginx\" in pod \"\(pod)\" not found")
    }
}
