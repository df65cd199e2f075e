import ClusterModel
import Kubectl
import Testing

@testable import Sandbox

/// The tutorial's Deployment, as a lesson puts it in the working directory.
let tutorialDeployment = """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: nginx-deployment
      labels:
        app: nginx
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
          terminationGracePeriodSeconds: 120
          containers:
          - name: nginx
            image: nginx:latest
            ports:
            - containerPort: 80
            lifecycle:
              preStop:
                exec:
                  command: ["/bin/sh", "-c", "sleep 180"]
    """

/// Runs lines in a fresh sandbox and returns the combined output of each.
func transcript(_ lines: [String], seed: UInt64 = 5) -> [String] {
    var sandbox = Sandbox(seed: seed, files: ["deployment.yaml": tutorialDeployment])
    return lines.map { line in
        let host = BufferedKubectlHost()
        _ = sandbox.run(line, host: host)
        return host.combinedOutput
    }
}

@Suite("Sandbox")
struct SandboxTests {
    @Test("kubectl reads the virtual working directory")
    func appliesVirtualFile() {
        let output = transcript(["kubectl apply -f deployment.yaml", "k apply -f ./deployment.yaml"])
        #expect(output == ["deployment.apps/nginx-deployment created\n", "deployment.apps/nginx-deployment unchanged\n"])
    }

    @Test("the same seed and lines give byte-identical output; another seed other names")
    func deterministic() {
        let lines = ["kubectl apply -f deployment.yaml", "sleep 20", "kubectl get pods -o wide", "kubectl get endpointslices"]
        #expect(transcript(lines, seed: 3) == transcript(lines, seed: 3))
        #expect(transcript(lines, seed: 3)[2] != transcript(lines, seed: 4)[2])
    }

    @Test("ls and cat show the lesson files")
    func listAndCat() {
        let output = transcript(["ls", "cat deployment.yaml", "cat nope.yaml"])
        #expect(output[0] == "deployment.yaml\n")
        #expect(output[1] == tutorialDeployment)
        #expect(output[2] == "cat: nope.yaml: No such file or directory\n")
    }

    @Test("sleep accepts coreutils and Go durations and rejects the rest")
    func sleepDurations() {
        #expect(SleepDuration.seconds("30") == 30)
        #expect(SleepDuration.seconds("2m") == 120)
        #expect(SleepDuration.seconds("1h") == 3600)
        #expect(SleepDuration.seconds("1m30s") == 90)
        #expect(SleepDuration.seconds("0.5m") == 30)
        #expect(SleepDuration.seconds("abc") == nil)
        #expect(SleepDuration.seconds("5x") == nil)
        #expect(SleepDuration.seconds("") == nil)
        let errors = transcript(["sleep", "sleep soon"])
        #expect(errors[0] == "sleep: missing operand\nTry 'sleep --help' for more information.\n")
        #expect(errors[1] == "sleep: invalid time interval 'soon'\nTry 'sleep --help' for more information.\n")
    }

    @Test("an unknown first word is reported to the caller without output")
    func unknownWord() {
        var sandbox = Sandbox(seed: 1)
        let host = BufferedKubectlHost()
        let outcome = sandbox.run("kubeclt get pods", host: host)
        #expect(outcome.kind == .unknownCommand("kubeclt"))
        #expect(host.combinedOutput.isEmpty)
        #expect(!outcome.succeeded)
    }

    @Test("unterminated quotes are an error, not a crash")
    func badQuoting() {
        var sandbox = Sandbox(seed: 1)
        let host = BufferedKubectlHost()
        let outcome = sandbox.run("kubectl get pods 'oops", host: host)
        #expect(outcome.exitCode == 1)
        #expect(host.standardError.hasPrefix("error: "))
    }

    @Test("clock reports and changes its settings")
    func clock() {
        var sandbox = Sandbox(seed: 1)
        let host = BufferedKubectlHost()
        _ = sandbox.run("clock speed 10", host: host)
        #expect(sandbox.clock.speed == 10)
        _ = sandbox.run("clock pause", host: host)
        #expect(sandbox.clock.paused)
        let bad = sandbox.run("clock speed fast", host: host)
        #expect(bad.exitCode == 1)
        #expect(DateText.unixDate(Timestamp(seconds: 0)) == "Thu Jan  1 00:00:00 UTC 1970")
    }
}

@Suite("Sandbox shell syntax")
struct SandboxShellSyntaxTests {
    @Test("redirections and command lists are refused with an explanation; quoted ones are arguments")
    func operatorsOutsideQuotes() {
        let refused = "is shell syntax this tutor does not run (redirections, command lists, background jobs): "
            + "type one command per line; pipes to the built-in filters grep, head, tail, wc, sort, uniq, cut, awk, jq work, "
            + "and kubectl's -l, --sort-by and -o jsonpath do most filtering\n"
        let output = transcript([
            "kubectl get events | tail -3 > x", "kubectl get pods > pods.txt", "kubectl get pods; kubectl get svc",
            "kubectl get pods -o jsonpath='{.items[*].metadata.name}|x'", "echo 'a|b' \"c>d\" e\\|f",
        ])
        #expect(output[0] == "error: '>' " + refused)
        #expect(output[1] == "error: '>' " + refused)
        #expect(output[2] == "error: ';' " + refused)
        #expect(output[3] == "|x")  // no pods: the empty range, then the quoted "|x"; jsonpath adds no newline
        #expect(output[4] == "a|b c>d e|f\n")
    }
}
