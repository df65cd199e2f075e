import ClusterModel
import Kubectl
import Testing

@Suite struct WatchCommandTests {
    func rolledOut() -> (KubectlSession, String) {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("rollout status deployment/nginx-deployment")
        return (session, session.names(.pods)[0])
    }

    @Test func watchOnlySkipsTheInitialList() {
        let (session, pod) = rolledOut()
        #expect(session.run("get pods --watch-only").stdout == "")
        session.run("delete pod \(pod) --wait=false")
        let text = session.run("get pods --watch-only").stdout
        #expect(text.hasPrefix("NAME "))
        #expect(!text.contains("\(pod)   1/1     Terminating"))
        #expect(text.contains(pod))
    }

    @Test func namedWatchFollowsOnlyThatObject() {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --wait=false")
        let lines = session.run("get pod \(pod) -w").stdout.split(separator: "\n").dropFirst()
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix(pod) })
    }

    @Test func yamlWatchSeparatesDocuments() {
        let (session, pod) = rolledOut()
        session.run("delete pod \(pod) --now --wait=false")
        let text = session.run("get pod \(pod) -w -o yaml").stdout
        #expect(text.hasPrefix("apiVersion: v1\nkind: Pod\n"))
        #expect(text.contains("\n---\napiVersion: v1\nkind: Pod\n"))
    }

    @Test func watchRejectsSeveralTypes() {
        let (session, _) = rolledOut()
        #expect(session.run("get pods,svc -w").stderr == "error: you may only specify a single resource type\n")
    }

    @Test func requestTimeoutEndsTheWatch() {
        let (session, _) = rolledOut()
        let start = session.cluster.now
        session.run("scale deployment nginx-deployment --replicas=3")
        let output = session.run("get pods -w --request-timeout=1s")
        #expect(output.exitCode == 0)
        #expect(session.cluster.now.seconds(since: start) <= 1.001)
    }

    @Test func globalOptionsAndRootFlags() {
        let session = KubectlSession()
        #expect(session.run("options").stdout.hasPrefix("The following options can be passed to any command:\n\n"))
        #expect(session.run("--foo").stderr == "error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n")
        #expect(session.run("-n kube-public get pods").stderr == "No resources found in kube-public namespace.\n")
        #expect(session.run("-n kube-system get pods").stdout.contains("\netcd-kind-control-plane "))
    }
}
