import ClusterModel
import Kubectl
import LineEditor
import Sandbox
import Testing

@testable import TutorShell

@Suite("Shell completion")
struct CompletionContextTests {
    /// A sandbox with the tutorial Deployment applied and running, and one lesson file.
    static func context() -> CompletionContext {
        let manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: nginx-deployment}
            spec:
              replicas: 2
              selector: {matchLabels: {app: nginx}}
              template:
                metadata: {labels: {app: nginx}}
                spec: {containers: [{name: nginx, image: nginx:latest}]}
            """
        var sandbox = Sandbox(seed: 2, files: ["deployment.yaml": manifest, "service.yaml": "kind: Service\n"])
        let host = BufferedKubectlHost()
        _ = sandbox.run("kubectl apply -f deployment.yaml", host: host)
        _ = sandbox.run("sleep 30", host: host)
        return CompletionContext(
            commandNames: ["clock", "help", "kubectl", "k", "learn", "ls", "cat"],
            extraArguments: ["learn": ["pod-termination"]], sandbox: sandbox)
    }

    static func values(_ line: String) -> [String] {
        context().completions(for: CompletionRequest(line: line, cursor: line.count)).candidates.map(\.value)
    }

    @Test("resource types complete to their plural, so endpointsl becomes endpointslices")
    func resourceTypes() {
        #expect(Self.values("kubectl get endpointsl") == ["endpointslices"])
        #expect(Self.values("k get dep") == ["deployments"])
        #expect(Self.values("kubectl describe p") == ["poddisruptionbudgets", "pods", "priorityclasses"])
    }

    @Test("the first word completes among the shell's commands")
    func firstWord() {
        #expect(Self.values("kub") == ["kubectl"])
        #expect(Self.values("l") == ["learn", "ls"])
    }

    @Test("object names come from the cluster, also in TYPE/NAME form")
    func objectNames() {
        let pods = Self.values("kubectl delete pod nginx")
        #expect(pods.count == 2)
        #expect(pods.allSatisfy { $0.hasPrefix("nginx-deployment-") })
        #expect(Self.values("kubectl get deployment ") == ["nginx-deployment"])
        #expect(Self.values("kubectl rollout status deployment/ngi") == ["deployment/nginx-deployment"])
    }

    @Test("files complete after -f and for cat")
    func files() {
        #expect(Self.values("kubectl apply -f ") == ["deployment.yaml", "service.yaml"])
        #expect(Self.values("cat s") == ["service.yaml"])
    }

    @Test("flags and output formats complete")
    func flags() {
        #expect(Self.values("kubectl get pods -o ") == ["custom-columns=", "json", "jsonpath=", "name", "wide", "yaml"])
        #expect(Self.values("kubectl get pods --output=js").sorted() == ["--output=json", "--output=jsonpath="])
        #expect(Self.values("kubectl get pods --show-l") == ["--show-labels"])
    }

    @Test("shell commands complete their first argument")
    func shellArguments() {
        #expect(Self.values("learn p") == ["pod-termination"])
        let start = "learn p".count - 1
        #expect(Self.context().completions(for: CompletionRequest(line: "learn p", cursor: 7)).replacingFrom == start)
    }
}

@Suite("Shell completion of kubectl commands")
struct KubectlCommandCompletionTests {
    @Test("verbs and subcommands come from kubectl's own catalog")
    func verbsAndSubcommands() {
        #expect(CompletionContextTests.values("kubectl ro") == ["rollout"])
        #expect(CompletionContextTests.values("kubectl rollout ").contains("status"))
        #expect(CompletionContextTests.values("kubectl config cu") == ["current-context"])
        #expect(CompletionContextTests.values("kubectl ").contains("exec"))
        #expect(!CompletionContextTests.values("kubectl ").contains("attach"))
    }
}
