import ClusterModel
import Kubectl
import Testing

@Suite struct DeleteCommandTests {
    /// A session with the tutorial deployment rolled out; returns it and the pod name.
    func rolledOut() -> (KubectlSession, String) {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("rollout status deployment/nginx-deployment")
        return (session, session.names(.pods)[0])
    }

    @Test func deleteWaitsUntilThePodIsGone() {
        let (session, pod) = rolledOut()
        let start = session.cluster.now
        let output = session.run("delete pod \(pod)")
        #expect(output.combined == "pod \"\(pod)\" deleted from default namespace\n")
        #expect(output.exitCode == 0)
        #expect(session.cluster.object(.pods, namespace: "default", name: pod) == nil)
        // preStop sleeps 180 s but the grace period is 120 s: the pod goes after 120–125 s.
        let waited = session.cluster.now.seconds(since: start)
        #expect(waited >= 120 && waited < 130)
        #expect(session.lastResult?.observations.first?.object["metadata"]["name"].string == pod)
    }

    @Test func waitFalseReturnsAtOnceWithThePodTerminating() {
        let (session, pod) = rolledOut()
        let start = session.cluster.now
        #expect(session.run("delete pod \(pod) --wait=false").stdout == "pod \"\(pod)\" deleted from default namespace\n")
        #expect(session.cluster.now == start)
        #expect(session.cluster.object(.pods, namespace: "default", name: pod)?["metadata"]["deletionTimestamp"].isNull == false)
    }

    @Test func timeoutReportsTheObjectStillThere() {
        let (session, pod) = rolledOut()
        let output = session.run("delete pod \(pod) --timeout=10s")
        #expect(output.stdout == "pod \"\(pod)\" deleted from default namespace\n")
        #expect(output.stderr == "error: timed out waiting for the condition on pods/\(pod)\n")
        #expect(output.exitCode == 1)
    }

    @Test func forceDeletesImmediatelyWithAWarning() {
        let (session, pod) = rolledOut()
        let output = session.run("delete pod \(pod) --force")
        #expect(output.combined == """
            Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.
            pod "\(pod)" force deleted from default namespace

            """)
        #expect(output.stderr.hasPrefix("Warning: Immediate deletion"))
        #expect(session.cluster.object(.pods, namespace: "default", name: pod) == nil)
        #expect(session.run("delete pod \(session.names(.pods)[0]) --force --grace-period=0").stdout.hasSuffix("force deleted from default namespace\n"))
    }

    @Test func nowAndGracePeriodShortenTheGrace() {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --now --wait=false")
        #expect(session.cluster.object(.pods, namespace: "default", name: pod)?["metadata"]["deletionGracePeriodSeconds"] == 1)
        session.run("rollout status deployment/nginx-deployment")
        let other = session.names(.pods).first { $0 != pod }!
        session.run("delete pod \(other) --grace-period=5 --wait=false")
        #expect(session.cluster.object(.pods, namespace: "default", name: other)?["metadata"]["deletionGracePeriodSeconds"] == 5)
    }

    @Test func flagConflictsChangeNothing() {
        let (session, pod) = rolledOut()
        let now = session.run("delete pod \(pod) --now --grace-period=5")
        #expect(now.stderr == "error: --now and --grace-period cannot be specified together\n")
        #expect(now.exitCode == 1)
        let force = session.run("delete pod \(pod) --force --grace-period=5")
        #expect(force.stderr == "error: --force and --grace-period greater than 0 cannot be specified together\n")
        #expect(session.cluster.object(.pods, namespace: "default", name: pod)?["metadata"]["deletionTimestamp"].isNull == true)
    }

    @Test func notFoundAndSelectors() {
        let (session, _) = rolledOut()
        let missing = session.run("delete pod nope")
        #expect(missing == .init(stdout: "", stderr: "Error from server (NotFound): pods \"nope\" not found\n", exitCode: 1,
                                 combined: "Error from server (NotFound): pods \"nope\" not found\n"))
        #expect(session.run("delete pod nope --ignore-not-found").exitCode == 0)
        #expect(session.run("delete pods -l app=none").stdout == "No resources found\n")
        let byLabel = session.run("delete deployment,service -l app=nginx --wait=false -o name")
        #expect(byLabel.stdout == "deployment.apps/nginx-deployment\n")
        #expect(session.run("delete svc nginx-service").stdout == "service \"nginx-service\" deleted from default namespace\n")
    }

    @Test func deleteFromFile() {
        let (session, _) = rolledOut()
        let output = session.run("delete -f pod-with-graceful-termination.yaml --wait=false")
        #expect(output.stdout == "deployment.apps \"nginx-deployment\" deleted from default namespace\nservice \"nginx-service\" deleted from default namespace\n")
    }
}
