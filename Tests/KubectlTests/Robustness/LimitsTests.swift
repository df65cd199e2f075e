import ClusterModel
import Testing

@testable import Kubectl

/// The limits that keep the shell responsive (issue 18): each refuses or stops with a message that names it.
@Suite struct LimitsTests {
    private static func deployment(_ name: String, replicas: Int) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: \(name)
        spec:
          replicas: \(replicas)
          selector:
            matchLabels: {app: \(name)}
          template:
            metadata:
              labels: {app: \(name)}
            spec:
              containers:
              - name: nginx
                image: nginx
        """
    }

    @Test func aNamespaceHoldsOneHundredThousandPodsButNotMuchMore() {
        let session = KubectlSession()
        session.host.files["big.yaml"] = Self.deployment("big", replicas: 100_000)
        session.host.files["more.yaml"] = Self.deployment("more", replicas: 30_000)
        #expect(session.run("apply -f big.yaml").stdout == "deployment.apps/big created\n")
        #expect(session.cluster.objectCount(.pods, namespace: "default") == 100_000)
        let before = session.cluster.lastSequence
        let refused = session.run("apply -f more.yaml")
        #expect(refused.exitCode == 1)
        #expect(
            refused.stderr
                == "error: namespace \"default\" would hold 130008 objects, more than the 120000 objects k8s-tutor's simulated cluster keeps in one namespace; delete some first\n"
        )
        #expect(session.cluster.lastSequence == before)
        let scaled = session.run("scale deployment big --replicas=100000")
        #expect(scaled.exitCode == 0)
        session.host.language = "zh-CN"
        #expect(
            session.run("create -f more.yaml").stderr
                == "error: 命名空间 \"default\" 将有 130008 个对象，超过 k8s-tutor 模拟集群每个命名空间最多保存的 120000 个对象；请先删除一些\n")
        // Another namespace has room of its own.
        session.host.files["ns.yaml"] = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n"
        #expect(session.run("apply -f ns.yaml").exitCode == 0)
        session.host.files["other.yaml"] = Self.deployment("more", replicas: 3).replacingOccurrences(of: "name: more", with: "name: more\n  namespace: other")
        #expect(session.run("apply -f other.yaml").exitCode == 0)
    }

    @Test func scalingPastTheNamespaceLimitIsRefused() {
        let session = KubectlSession()
        session.host.files["web.yaml"] = Self.deployment("web", replicas: 1)
        session.run("apply -f web.yaml")
        let scaled = session.run("scale deployment web --replicas=100000")
        #expect(scaled.stdout == "deployment.apps/web scaled\n")
        #expect(scaled.stderr.isEmpty)
        // 100,000 replicas fit; a second workload pushing past the namespace's budget does not.
        session.host.files["second.yaml"] = Self.deployment("second", replicas: 1)
        session.run("apply -f second.yaml")
        let second = session.run("scale deployment second --replicas=30000")
        #expect(second.exitCode == 1)
        #expect(second.stderr.hasPrefix("error: namespace \"default\" would hold 13"))
        #expect(session.cluster.object(.deployments, namespace: "default", name: "second")?["spec"]["replicas"] == 1)
    }

    @Test func outputStopsAtSixtyFourMebibytes() throws {
        let host = BufferedKubectlHost()
        let context = CommandContext(host: host, command: try Kubectl.parse(["get", "pods"]))
        let mebibyte = String(repeating: "x", count: 1 << 20)
        for _ in 0..<70 { context.out(mebibyte) }
        #expect(host.standardOutput.utf8.count == 64 << 20)
        #expect(
            host.standardError
                == "error: output stopped at 64 MiB (the most k8s-tutor prints for one command); narrow it with -l, --field-selector or -o jsonpath\n")
    }

    @Test func aWatchCutShortInScriptModeSaysSo() {
        let session = KubectlSession()
        session.host.timeCap = 1
        session.host.files["web.yaml"] = Self.deployment("web", replicas: 1)
        session.run("apply -f web.yaml")
        let watch = session.run("get pods -w --output-watch-events")
        #expect(watch.exitCode == 0)
        #expect(watch.stderr == "k8s-tutor: the watch ended after 1s of virtual time (the longest a watch runs in script mode)\n")
        // A watch that ends because nothing more is scheduled says nothing.
        session.host.timeCap = 3600
        session.cluster.advance(by: 600)
        #expect(session.run("get pods -w").stderr.isEmpty)
    }
}
