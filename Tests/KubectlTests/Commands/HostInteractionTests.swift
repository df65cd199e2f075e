import ClusterModel
import Kubectl
import Testing

@Suite struct HostInteractionTests {
    @Test func interruptedDeleteReturnsWhileTheDeletionContinues() {
        var cluster = Cluster(seed: 42)
        let setup = BufferedKubectlHost(files: Fixtures.files)
        _ = Kubectl.run(["apply", "-f", "pod-with-graceful-termination.yaml"], cluster: &cluster, host: setup)
        _ = Kubectl.run(["rollout", "status", "deployment/nginx-deployment"], cluster: &cluster, host: setup)
        let pod = cluster.list(.pods, namespace: "default")[0]["metadata"]["name"].string!
        let host = InterruptingHost(after: 5)
        let result = Kubectl.run(["delete", "pod", pod], cluster: &cluster, host: host)
        #expect(host.inner.standardOutput == "pod \"\(pod)\" deleted from default namespace\n")
        #expect(result.exitCode == 130)
        #expect(cluster.object(.pods, namespace: "default", name: pod)?["metadata"]["deletionTimestamp"].isNull == false)
        cluster.advance(by: 200)
        #expect(cluster.object(.pods, namespace: "default", name: pod) == nil)
    }

    @Test func warningsAreYellowOnATerminal() {
        var cluster = Cluster(seed: 42)
        let host = InterruptingHost(after: 1)
        _ = Kubectl.run(["get", "endpoints"], cluster: &cluster, host: host)
        #expect(host.inner.standardError.hasPrefix("\u{1B}[33;1mWarning:\u{1B}[0m v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n"))
    }

    @Test func bufferedHostStopsAtItsCap() {
        var cluster = Cluster(seed: 1)
        let host = BufferedKubectlHost(timeCap: 60)
        let start = cluster.now
        let outcome = host.passTime(&cluster, deadline: nil, stop: { _ in false }, progress: { _ in })
        #expect(outcome == .idle)
        #expect(cluster.now.seconds(since: start) <= 60)
    }

    @Test func resultCarriesTheCanonicalCommand() {
        var cluster = Cluster(seed: 1)
        let host = BufferedKubectlHost()
        let result = Kubectl.run(["get", "po", "-ojson"], cluster: &cluster, host: host)
        #expect(result.command == (try? Kubectl.parse(["get", "pods", "--output", "json"])))
        #expect(Kubectl.run(["get", "--nope"], cluster: &cluster, host: host).command == nil)
    }
}
