import Kubectl
import Testing

@testable import ClusterModel

/// `kubectl logs`: what the cluster's pods/log read returns, printed, and followed as virtual time passes.
@Suite struct LogsCommandTests {
    /// What the tutorial pod's nginx writes at its start (2026-11-28T12:00:02.300Z with seed 42).
    static let startUp = """
        /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
        /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
        10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
        10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
        /docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
        /docker-entrypoint.sh: Configuration complete; ready for start up
        2026/11/28 12:00:02 [notice] 1#1: using the "epoll" event method
        2026/11/28 12:00:02 [notice] 1#1: nginx/1.29.3
        2026/11/28 12:00:02 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) 
        2026/11/28 12:00:02 [notice] 1#1: OS: Linux 6.1.0-28-amd64
        2026/11/28 12:00:02 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
        2026/11/28 12:00:02 [notice] 1#1: start worker processes
        2026/11/28 12:00:02 [notice] 1#1: start worker process 30
        2026/11/28 12:00:02 [notice] 1#1: start worker process 31

        """

    /// The start-up lines with `--timestamps`.
    static let startUpWithTimestamps = startUp.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        .map { "2026-11-28T12:00:02.300000000Z \($0)\n" }.joined()

    /// What nginx writes when SIGQUIT arrives in the second `stamp` (`2026/11/28 12:02:02`).
    static func shutdown(_ stamp: String) -> String {
        """
        \(stamp) [notice] 1#1: signal 3 (SIGQUIT) received, shutting down
        \(stamp) [notice] 1#1: signal 17 (SIGCHLD) received
        \(stamp) [notice] 1#1: exit

        """
    }

    /// A session with a Deployment `nginx-deployment` rolled out (the tutorial's unless `manifest` is given); returns
    /// it and the pod name.
    func rolledOut(manifest: String? = nil) -> (KubectlSession, String) {
        var files = Fixtures.files
        if let manifest { files["app.yaml"] = manifest }
        let session = KubectlSession(files: files)
        session.run("apply -f \(manifest == nil ? "pod-with-graceful-termination.yaml" : "app.yaml")")
        session.run("rollout status deployment/nginx-deployment")
        return (session, session.names(.pods)[0])
    }

    /// Runs `arguments` with a host that notes when each line is written.
    func timedRun(_ session: KubectlSession, _ arguments: [String]) -> (TimedOutputHost, KubectlResult) {
        let host = TimedOutputHost(now: session.cluster.now)
        let result = Kubectl.run(arguments, cluster: &session.cluster, host: host)
        return (host, result)
    }

    /// A Deployment `nginx-deployment` of one pod with the given containers (YAML list items) and grace period.
    static func manifest(containers: String, grace: Int? = nil) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: nginx-deployment
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
        \(grace.map { "      terminationGracePeriodSeconds: \($0)\n" } ?? "")      containers:
        \(containers)
        """
    }

    @Test func printsTheRunningContainersLog() {
        let (session, pod) = rolledOut()
        #expect(session.run("logs \(pod)").stdout == Self.startUp)
        #expect(session.run("logs \(pod) --timestamps").stdout == Self.startUpWithTimestamps)
        #expect(session.run("logs \(pod) --tail=2").stdout == Self.startUp.split(separator: "\n").suffix(2).map { $0 + "\n" }.joined())
        #expect(session.run("logs \(pod) --tail=0").stdout == "")
        #expect(session.run("logs deployment/nginx-deployment").stdout == Self.startUp)
        #expect(session.run("logs pod/\(pod) -c nginx").stdout == Self.startUp)
        #expect(session.lastResult?.observations.first?.object["metadata"]["name"].string == pod)
    }

    /// The tutorial (preStop `sleep 180`, grace 120): the kubelet waits 120 s for the hook, then the runtime sends
    /// SIGQUIT. `logs -f` prints the start-up lines at once and nginx's shutdown lines 120 s after the delete, then
    /// ends when the container stops a second later.
    @Test func followPrintsTheShutdownLinesWhenTheStopSignalArrives() {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --wait=false")
        let deletedAt = session.cluster.now
        let (host, result) = timedRun(session, ["logs", "-f", "--timestamps", pod])
        #expect(result.exitCode == 0)
        let output = host.outputByTime
        #expect(output.map(\.time) == [deletedAt, deletedAt.adding(seconds: 120)])
        #expect(output.first?.text == Self.startUpWithTimestamps)
        #expect(output.last?.text == Self.shutdown("2026/11/28 12:02:02").split(separator: "\n").map { "2026-11-28T12:02:02.300000000Z \($0)\n" }.joined())
        #expect(session.cluster.now == deletedAt.adding(seconds: 121))
        #expect(session.cluster.object(.pods, namespace: "default", name: pod) == nil)
    }

    @Test func followAfterTheSignalPrintsEverythingAtOnce() {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --wait=false")
        session.cluster.advance(by: 120.5)
        let (host, _) = timedRun(session, ["logs", "-f", pod])
        #expect(host.inner.standardOutput == Self.startUp + Self.shutdown("2026/11/28 12:02:02"))
        #expect(host.outputByTime.count == 1)
    }

    @Test func preStopSleepActionDelaysTheShutdownLines() {
        let (session, pod) = rolledOut(manifest: Self.manifest(containers: """
                  - name: nginx
                    image: nginx:latest
                    lifecycle:
                      preStop:
                        sleep:
                          seconds: 10
            """, grace: 120))
        session.run("delete pod \(pod) --wait=false")
        let deletedAt = session.cluster.now
        let (host, _) = timedRun(session, ["logs", "-f", pod])
        #expect(host.outputByTime.map(\.time) == [deletedAt, deletedAt.adding(seconds: 10)])
        #expect(host.outputByTime.last?.text == Self.shutdown(NginxProgram.errorLogTime(deletedAt.adding(seconds: 10))))
    }

    /// A sidecar's preStop hook holds back the stop signal of the whole pod (the model signals all containers
    /// together), so nginx's shutdown lines come when the sidecar's hook is done.
    @Test func aSecondContainersPreStopHookDelaysTheShutdownLines() {
        let (session, pod) = rolledOut(manifest: Self.manifest(containers: """
                  - name: nginx
                    image: nginx:latest
                  - name: sidecar
                    image: busybox:1.36
                    command: ["sleep", "3600"]
                    lifecycle:
                      preStop:
                        exec:
                          command: ["/bin/sh", "-c", "sleep 15"]
            """, grace: 120))
        #expect(session.run("logs \(pod) -c sidecar").stdout == "")
        let defaulted = session.run("logs \(pod)")
        #expect(defaulted.stderr == "Defaulted container \"nginx\" out of: nginx, sidecar\n")
        session.run("delete pod \(pod) --wait=false")
        let deletedAt = session.cluster.now
        let (host, _) = timedRun(session, ["logs", "-f", pod, "-c", "nginx"])
        #expect(host.outputByTime.map(\.time) == [deletedAt, deletedAt.adding(seconds: 15)])
        #expect(host.outputByTime.last?.text == Self.shutdown(NginxProgram.errorLogTime(deletedAt.adding(seconds: 15))))
    }

    /// No preStop hook, grace 30 by default: the signal goes out as the kubelet starts the termination.
    @Test func withoutPreStopTheShutdownLinesComeAtOnce() {
        let (session, pod) = rolledOut(manifest: Self.manifest(containers: """
                  - name: nginx
                    image: nginx:latest
            """))
        session.run("delete pod \(pod) --wait=false")
        let deletedAt = session.cluster.now
        let (host, _) = timedRun(session, ["logs", "-f", pod, "--timestamps"])
        // Everything is written at the delete time: the start-up lines before time passes, the shutdown lines as the
        // kubelet acts in the same instant.
        #expect(host.outputByTime.map(\.time) == [deletedAt])
        let stamped = Self.shutdown(NginxProgram.errorLogTime(deletedAt)).split(separator: "\n").map { "\(Self.nano(deletedAt)) \($0)\n" }
        #expect(host.writes.count == 20)
        #expect(host.writes.suffix(3).map(\.text) == stamped)
        #expect(session.cluster.now == deletedAt.adding(seconds: 1))
    }

    /// `logs` of a container the kubelet reported as terminated: everything it wrote, the shutdown lines at the time
    /// of the stop signal; `-f` has nothing to wait for.
    @Test func terminatedContainerShowsItsShutdownLines() throws {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --wait=false")
        session.cluster.advance(by: 120.5)
        let record = try #require(session.cluster.api.pods[ObjectKey(namespace: "default", name: pod)]?.value)
        let reported = session.cluster.reportContainersExited(record.key, uid: record.meta.uid, token: record.terminationToken, exitCode: 0)
        #expect(reported)
        let expected = Self.startUp + Self.shutdown("2026/11/28 12:02:02")
        #expect(session.run("logs \(pod)").stdout == expected)
        let start = session.cluster.now
        #expect(session.run("logs -f \(pod)").stdout == expected)
        #expect(session.cluster.now == start)
    }

    @Test func previousInstanceDoesNotExistWithoutRestarts() {
        let (session, pod) = rolledOut()
        let output = session.run("logs -p \(pod)")
        #expect(output.stderr == "Error from server (BadRequest): previous terminated container \"nginx\" in pod \"\(pod)\" not found\n")
        #expect(output.stdout == "")
        #expect(output.exitCode == 1)
    }

    @Test func sinceLimitsTheLinesToRecentOnes() {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --wait=false")
        session.cluster.advance(by: 120.5)
        let shutdown = Self.shutdown("2026/11/28 12:02:02")
        #expect(session.run("logs \(pod) --since=1s").stdout == shutdown)
        #expect(session.run("logs \(pod) --since=2m").stdout == shutdown)
        #expect(session.run("logs \(pod) --since=3m").stdout == Self.startUp + shutdown)
        #expect(session.run("logs \(pod) --since-time=2026-11-28T12:00:03Z").stdout == shutdown)
        #expect(session.run("logs \(pod) --since-time=2026-11-28T13:00:02+01:00").stdout == Self.startUp + shutdown)
        #expect(session.run("logs \(pod) --since-time=2026-11-28T12:02:03Z").stdout == "")
        #expect(session.run("logs \(pod) --since=1s --since-time=2026-11-28T12:00:03Z").stderr
            == "error: at most one of `sinceTime` or `sinceSeconds` may be specified\n")
        #expect(session.run("logs \(pod) --since-time=yesterday").stderr
            == "error: parsing time \"yesterday\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"yesterday\" as \"2006\"\n")
        #expect(session.run("logs \(pod) --since=-1s").stderr == "error: --since must be greater than 0\n")
        #expect(session.run("logs \(pod) --tail=-2").stderr == "error: --tail must be greater than or equal to -1\n")
    }

    @Test func selectorPrintsTheLastLinesOfEveryPod() {
        let (session, pod) = rolledOut()
        session.run("scale deployment/nginx-deployment --replicas=2")
        session.run("rollout status deployment/nginx-deployment")
        let pods = session.names(.pods)
        #expect(pods.count == 2 && pods.contains(pod))
        let output = session.run("logs -l app=nginx --prefix --tail=1").stdout
        let lastLines = pods.compactMap { name -> String? in
            guard let started = (try? session.cluster.podLog(namespace: "default", name: name))?.first?.time else { return nil }
            let worker = NginxProgram(podName: name).firstWorkerPID + 1
            return "[pod/\(name)/nginx] \(NginxProgram.errorLogTime(started)) [notice] 1#1: start worker process \(worker)\n"
        }
        #expect(lastLines.count == 2)
        #expect(output == lastLines.joined())
        #expect(session.run("logs -l app=nginx").stdout.split(separator: "\n").count == 20)
        #expect(session.run("logs -l app=none").stderr == "No resources found in default namespace.\n")
    }

    @Test func errorsKeepKubectlsAndTheServersTexts() {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        let pod = session.names(.pods)[0]
        #expect(session.run("logs \(pod)").stderr == "Error from server (BadRequest): container \"nginx\" in pod \"\(pod)\" is waiting to start: ContainerCreating\n")
        session.cluster.advance(by: 0.1)
        #expect(session.run("logs \(pod)").stderr == "Error from server (BadRequest): container \"nginx\" in pod \"\(pod)\" is waiting to start: ContainerCreating\n")
        #expect(session.run("logs \(pod) -c sidecar").stderr == "error: container sidecar is not valid for pod \(pod)\n")
        #expect(session.run("logs nope").stderr == "error: error from server (NotFound): pods \"nope\" not found in namespace \"default\"\n")
        #expect(session.run("logs deployment/nope").stderr == "Error from server (NotFound): deployments.apps \"nope\" not found\n")
        // `SelectorsForObject` covers Services: the Service's pod is read (and is still starting).
        #expect(session.run("logs service/nginx-service").stderr == "Error from server (BadRequest): container \"nginx\" in pod \"\(pod)\" is waiting to start: ContainerCreating\n")
        #expect(session.run("logs configmap/kube-root-ca.crt").stderr == "error: cannot get the logs from *v1.ConfigMap\n")
    }

    /// `--timestamps`' format: RFC 3339 with nine fractional digits.
    static func nano(_ time: Timestamp) -> String {
        let millis = String(time.milliseconds % 1000)
        return String(time.rfc3339.dropLast()) + "." + String(repeating: "0", count: 3 - millis.count) + millis + "000000Z"
    }
}
