import ClusterModel
import Kubectl
import Testing

@testable import Sandbox

/// Whole pipelines in a sandbox: what reaches the terminal, exit statuses, and refusals.
@Suite struct PipelineRunTests {
    /// A sandbox with the tutorial's Deployment at 3 replicas, running for 30 seconds.
    static func runningSandbox() -> Sandbox {
        var sandbox = Sandbox(seed: 5, files: ["deployment.yaml": tutorialDeployment])
        let host = BufferedKubectlHost()
        _ = sandbox.run("kubectl apply -f deployment.yaml", host: host)
        _ = sandbox.run("kubectl scale deployment nginx-deployment --replicas=3", host: host)
        _ = sandbox.run("sleep 30", host: host)
        return sandbox
    }

    static func run(_ line: String, in sandbox: inout Sandbox, language: String = "en") -> (out: String, err: String, outcome: CommandOutcome) {
        let host = BufferedKubectlHost()
        host.language = language
        let outcome = sandbox.run(line, host: host)
        return (host.standardOutput, host.standardError, outcome)
    }

    @Test("kubectl get pods -A | grep -v Running keeps the header and the pods that are not running")
    func grepInvert() {
        var sandbox = Self.runningSandbox()
        _ = Self.run("kubectl delete pod --all --wait=false", in: &sandbox)
        _ = Self.run("sleep 1", in: &sandbox)
        let result = Self.run("kubectl get pods -A | grep -v Running", in: &sandbox)
        let all = Self.run("kubectl get pods -A", in: &sandbox).out
        let expected = all.split(separator: "\n").filter { !$0.contains("Running") }.map { $0 + "\n" }.joined()
        #expect(result.out == expected)
        #expect(result.out.hasPrefix("NAMESPACE            NAME"))
        #expect(result.out.contains("Terminating"))
        #expect(result.err == "")
        #expect(result.outcome.exitCode == 0)
        #expect(result.outcome.kind == .kubectl)
    }

    @Test("kubectl get pods -o json | jq -r '.items[].metadata.name' prints one name a line")
    func jqNames() {
        var sandbox = Self.runningSandbox()
        let names = Self.run("kubectl get pods -o name", in: &sandbox).out.split(separator: "\n").map { $0.dropFirst(4) + "\n" }.joined()
        let result = Self.run("kubectl get pods -o json | jq -r '.items[].metadata.name'", in: &sandbox)
        #expect(result.out == names)
        #expect(result.out.split(separator: "\n").count == 3)
        #expect(result.outcome.exitCode == 0)
    }

    @Test("kubectl get nodes --no-headers | wc -l counts the nodes")
    func countNodes() {
        var sandbox = Self.runningSandbox()
        let nodes = Self.run("kubectl get nodes -o name", in: &sandbox).out.split(separator: "\n").count
        let result = Self.run("kubectl get nodes --no-headers | wc -l", in: &sandbox)
        #expect(result.out == "\(nodes)\n")
        #expect(result.outcome.exitCode == 0)
    }

    @Test("several pipes in a row")
    func chain() {
        var sandbox = Self.runningSandbox()
        let result = Self.run("kubectl get pods -A | grep nginx | wc -l", in: &sandbox)
        #expect(result.out == "3\n")
        let sorted = Self.run("kubectl get pods --no-headers | awk '{print $1}' | sort -r | head -1", in: &sandbox)
        let names = Self.run("kubectl get pods -o name", in: &sandbox).out.split(separator: "\n").map { $0.dropFirst(4) }
        #expect(sorted.out == (names.max().map { $0 + "\n" } ?? ""))
    }

    @Test("the status is the last command's: grep without a match is 1, a later filter's success is 0")
    func exitStatuses() {
        var sandbox = Self.runningSandbox()
        #expect(Self.run("kubectl get pods | grep nothing-like-this", in: &sandbox).outcome.exitCode == 1)
        #expect(Self.run("kubectl get pods | grep nothing-like-this | wc -l", in: &sandbox).outcome.exitCode == 0)
        #expect(Self.run("kubectl get pod missing | wc -l", in: &sandbox).outcome.exitCode == 0)
        #expect(Self.run("kubectl get pods | grep -Q x", in: &sandbox).outcome.exitCode == 2)
        #expect(Self.run("kubectl get pods | head -n x", in: &sandbox).outcome.exitCode == 1)
        #expect(Self.run("kubectl get pods | grep -q Running", in: &sandbox).outcome.exitCode == 0)
    }

    @Test("the first command's standard error goes to the terminal, not into the pipe")
    func standardErrorIsNotPiped() {
        var sandbox = Self.runningSandbox()
        let result = Self.run("kubectl get pod missing | wc -l", in: &sandbox)
        #expect(result.out == "0\n")
        #expect(result.err == "Error from server (NotFound): pods \"missing\" not found\n")
    }

    @Test("a filter's usage error comes first, and the command before it still runs")
    func usageErrorFirst() {
        var sandbox = Self.runningSandbox()
        let result = Self.run("kubectl scale deployment nginx-deployment --replicas=1 | head -n abc", in: &sandbox)
        #expect(result.out == "")
        #expect(result.err == "head: invalid number of lines: ‘abc’\n")
        #expect(result.outcome.exitCode == 1)
        #expect(result.outcome.changedCluster)
    }

    @Test("a watch piped into head ends once head has its lines instead of running on")
    func watchIntoHead() {
        var sandbox = Self.runningSandbox()
        let before = sandbox.cluster.now
        let result = Self.run("kubectl get pods -w | head -2", in: &sandbox)
        #expect(result.out.split(separator: "\n").count == 2)
        #expect(result.out.hasPrefix("NAME"))
        #expect(result.outcome.exitCode == 0)
        #expect(sandbox.cluster.now == before)
    }

    @Test("a watch piped into grep streams its rows through and ends at the script-mode limit")
    func watchIntoGrep() {
        var sandbox = Self.runningSandbox()
        _ = Self.run("kubectl delete pod --all --wait=false", in: &sandbox)
        let result = Self.run("kubectl get pods -w | grep -c Terminating", in: &sandbox)
        #expect(Int(result.out.dropLast()) ?? 0 > 0)
        #expect(result.outcome.exitCode == 0)
    }

    @Test("built-in commands pipe too: echo, cat, ls")
    func builtins() {
        var sandbox = Sandbox(seed: 1, files: ["a.yaml": "x: 1\ny: 2\n", "b.txt": "hello\n"])
        #expect(Self.run("echo one two three | wc -w", in: &sandbox).out == "3\n")
        #expect(Self.run("cat a.yaml | grep y", in: &sandbox).out == "y: 2\n")
        #expect(Self.run("ls | grep yaml", in: &sandbox).out == "a.yaml\n")
        #expect(Self.run("echo 'a|b' | cut -d '|' -f 2", in: &sandbox).out == "b\n")
    }

    @Test("a command after | that is not a built-in filter is refused, listing the filters, before anything runs")
    func notAFilter() {
        var sandbox = Self.runningSandbox()
        for (line, word) in [("kubectl get pods | less", "less"), ("kubectl get pods | xargs kubectl delete pod", "xargs"), ("echo ls | bash", "bash")] {
            let before = sandbox.cluster.lastSequence
            let result = Self.run(line, in: &sandbox)
            #expect(result.out == "")
            #expect(result.err == "error: \"\(word)\" after '|' is not one of k8s-tutor's built-in filters: grep, head, tail, wc, sort, uniq, cut, awk, jq (they run inside the tutor, never as host commands)\n")
            #expect(result.outcome.exitCode == 1)
            #expect(sandbox.cluster.lastSequence == before)
        }
        let chinese = Self.run("kubectl get pods | less", in: &sandbox, language: "zh-CN")
        #expect(chinese.err == "error: 管道后的 \"less\" 不是 k8s-tutor 内置的过滤命令；可用的有：grep, head, tail, wc, sort, uniq, cut, awk, jq（它们在程序内部运行，不调用系统命令）\n")
    }

    @Test("redirections and lists stay refused, in both languages, without saying there are no pipes")
    func otherSyntax() {
        var sandbox = Self.runningSandbox()
        let english = Self.run("kubectl get pods | grep x > out.txt", in: &sandbox)
        #expect(english.err.hasPrefix("error: '>' is shell syntax this tutor does not run (redirections, command lists, background jobs)"))
        #expect(!english.err.contains("no pipes"))
        let list = Self.run("kubectl get pods || echo failed", in: &sandbox)
        #expect(list.err.hasPrefix("error: '||' is shell syntax this tutor does not run"))
        let chinese = Self.run("kubectl get pods && echo ok", in: &sandbox, language: "zh-CN")
        #expect(chinese.err.hasPrefix("error: '&' 是本教程不运行的 shell 语法"))
        #expect(chinese.outcome.exitCode == 1)
    }

    @Test("an empty command next to | is bash's syntax error, status 2")
    func emptyCommand() {
        var sandbox = Sandbox(seed: 1)
        let leading = Self.run("| grep x", in: &sandbox)
        #expect(leading.err == "error: syntax error near unexpected token `|'\n")
        #expect(leading.outcome.exitCode == 2)
        let trailing = Self.run("kubectl get pods |", in: &sandbox)
        #expect(trailing.err == "error: syntax error: a command must follow '|'\n")
        #expect(trailing.outcome.exitCode == 2)
    }

    @Test("a filter as the first command explains that it reads from a pipe")
    func filterFirst() {
        var sandbox = Sandbox(seed: 1)
        let result = Self.run("grep x | wc -l", in: &sandbox)
        #expect(result.err == "error: grep reads only from a pipe here, e.g. kubectl get pods | grep …\n")
        #expect(result.outcome.exitCode == 1)
    }

    @Test("an unknown first command is reported to the shell as before")
    func unknownFirst() {
        var sandbox = Sandbox(seed: 1)
        let result = Self.run("kubeclt get pods | grep x", in: &sandbox)
        #expect(result.outcome.kind == .unknownCommand("kubeclt"))
        #expect(result.out == "")
    }

    @Test("observations and the canonical command are the first command's")
    func outcomeOfFirstCommand() {
        var sandbox = Self.runningSandbox()
        let result = Self.run("kubectl get pods -o wide | grep nginx", in: &sandbox)
        #expect(result.outcome.kubectl?.verb == "get")
        #expect(result.outcome.observations.count == 3)
    }

    @Test("the shell's own text can be filtered (help | grep)")
    func filterText() {
        let host = BufferedKubectlHost()
        let status = Sandbox.filter("alpha\nbeta\ngamma\n", through: "help | grep -v beta | tail -1", host: host)
        #expect(host.standardOutput == "gamma\n")
        #expect(status == 0)
    }

    @Test("the tutor's refusals of real options it lacks and of file operands, in both languages")
    func tutorRefusals() {
        #expect(runFiltered("a\n", "grep -A 2 a").stderr
            == "grep: -A is not supported by k8s-tutor's built-in grep (it has -i -v -E -F -c -w -x -n -q -e PATTERN)\n")
        #expect(runFiltered("a\n", "grep -A 2 a").status == 2)
        #expect(runFiltered("a\n", "tail -f").stderr == "tail: -f is not supported by k8s-tutor's built-in tail (it has -n N, -n +N, -N)\n")
        #expect(runFiltered("a\n", "tail -f").status == 1)
        #expect(runFiltered("a\n", "sort --month-sort").stderr.hasPrefix("sort: --month-sort is not supported"))
        #expect(runFiltered("a\n", "grep a file.txt").stderr == "grep: k8s-tutor's built-in grep reads only the pipe, not files (‘file.txt’)\n")
        #expect(runFiltered("a\n", "grep -A 2 a", language: "zh-CN").stderr
            == "grep: k8s-tutor 内置的 grep 不支持 -A（支持：-i -v -E -F -c -w -x -n -q -e PATTERN）\n")
        #expect(runFiltered("a\n", "wc -l x", language: "zh-CN").stderr == "wc: k8s-tutor 内置的 wc 只读取管道的输入，不打开文件（‘x’）\n")
        let awk = runFiltered("a\n", "awk '{sum += $1} END {print sum}'")
        #expect(awk.stderr.hasPrefix("awk: k8s-tutor's built-in awk runs only simple programs such as '{print $1}'"))
        #expect(awk.status == 2)
        #expect(runFiltered("a\n", "awk 'BEGIN {x}'", language: "zh-CN").stderr.hasPrefix("awk: k8s-tutor 内置的 awk 只支持简单程序"))
        let jq = runFiltered("{}\n", "jq '.a as $x | $x'")
        #expect(jq.stderr.hasPrefix("jq: 'as $name' is not supported by k8s-tutor's built-in jq"))
        #expect(jq.status == 3)
        #expect(runFiltered("{}\n", "jq 'if . then 1 else 2 end'", language: "zh-CN").stderr.hasPrefix("jq: k8s-tutor 内置的 jq 不支持 'if'"))
    }

    @Test("CRLF lines and long input survive the trip")
    func oddInput() {
        #expect(runFiltered("a\r\nb\r\n", "grep b").stdout == "b\r\n")
        let many = (1...20_000).map { "line \($0)" }.joined(separator: "\n") + "\n"
        #expect(runFiltered(many, "tail -n 2").stdout == "line 19999\nline 20000\n")
        #expect(runFiltered(many, "grep -c 9").stdout == "\(many.split(separator: "\n").filter { $0.contains("9") }.count)\n")
    }
}

/// What a pipeline shows on a terminal.
@Suite struct PipelineTerminalTests {
    @Test("on a terminal the last filter's output has its control characters made visible; off one, bytes pass")
    func controlCharacters() {
        let file = ["a.json": "{\"note\": \"\\u001b]0;owned\\u0007 hi\"}\n"]
        var sandbox = Sandbox(seed: 1, files: file)
        let terminal = BufferedKubectlHost(isTerminal: true)
        _ = sandbox.run("cat a.json | jq -r .note", host: terminal)
        #expect(terminal.standardOutput == "^[]0;owned^G hi\n")
        let pipe = BufferedKubectlHost()
        _ = sandbox.run("cat a.json | jq -r .note", host: pipe)
        #expect(pipe.standardOutput == "\u{1B}]0;owned\u{7} hi\n")
    }

    @Test("the first command writes to a pipe, not a terminal, as in a shell")
    func producerSeesAPipe() {
        var sandbox = Sandbox(seed: 1)
        let terminal = BufferedKubectlHost(isTerminal: true)
        _ = sandbox.run("kubectl cluster-info | head -1", host: terminal)
        #expect(!terminal.standardOutput.contains("^["))
        #expect(terminal.standardOutput.hasPrefix("Kubernetes control plane is running at"))
    }
}
