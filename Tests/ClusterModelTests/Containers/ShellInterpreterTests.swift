import Testing

@testable import ClusterModel

/// The simulated shell: what a container's `sh -c` writes, when, and how it ends.
@Suite struct ShellInterpreterTests {
    let start = Timestamp(seconds: 1_800_000_000)

    func run(_ script: String, flavour: ShellInterpreter.Flavour = .busybox, limit: Double = 1000, shell: String = "sh") -> ProcessRun {
        let context = ShellInterpreter.Context(flavour: flavour, hostname: "box", environment: [("GREETING", "hi")], start: start)
        return ShellInterpreter.run(argv: [shell, "-c", script], context: context, limit: limit)
    }

    func texts(_ run: ProcessRun) -> [String] { run.lines.map(\.text) }

    @Test func sequencesAndOrAndExitCodes() {
        let result = run("echo one; false && echo no || echo two; true && echo three; exit 4; echo never")
        #expect(texts(result) == ["one", "two", "three"])
        #expect(result.end == .exited(after: 0, code: 4))
        #expect(run("false").end == .exited(after: 0, code: 1))
        #expect(run("exit 300").end == .exited(after: 0, code: 44))
    }

    @Test func variablesQuotingArithmeticAndSubstitution() {
        let result = run(#"i=2; j=$((i * 3 + 1)); echo "$GREETING $i $j" '$i' "$(hostname)" ${i}x $(( 7 % 4 ))"#)
        #expect(texts(result) == ["hi 2 7 $i box 2x 3"])
        #expect(texts(run("echo -n a; echo b")) == ["ab"])
        #expect(texts(run(#"printf '%s=%d\n' a 1 b 2"#)) == ["a=1", "b=2"])
        #expect(texts(run("x='a   b'; echo $x; echo \"$x\"")) == ["a b", "a   b"])
    }

    @Test func loopsAdvanceTheClockOnlyInSleep() {
        let result = run("for n in 1 2 3; do echo $n; sleep 2; done; i=0; while [ $i -lt 2 ]; do i=$((i+1)); echo w$i; done")
        #expect(result.lines.map(\.offset) == [0, 2, 4, 6, 6])
        #expect(texts(result) == ["1", "2", "3", "w1", "w2"])
        #expect(result.end == .exited(after: 6, code: 0))
        let counted = run("for n in $(seq 1 3); do echo $n; done; if [ -z \"\" ]; then echo empty; else echo full; fi")
        #expect(texts(counted) == ["1", "2", "3", "empty"])
    }

    @Test func anEndlessLoopRunsUntilTheLimit() {
        let result = run("while true; do echo tick; sleep 10; done", limit: 25)
        #expect(texts(result) == ["tick", "tick", "tick"])
        #expect(result.end == .running)
        #expect(run("while :; do :; done").end == .forever)
        #expect(run("sleep infinity").end == .forever)
        #expect(run("tail -f /dev/null").end == .forever)
    }

    @Test func unknownCommandsAreNotFoundInEachShellsWords() {
        #expect(texts(run("nosuch; echo after")) == ["sh: nosuch: not found", "after"])
        #expect(run("nosuch").end == .exited(after: 0, code: 127))
        #expect(texts(run("nosuch", flavour: .dash)) == ["sh: 1: nosuch: not found"])
        #expect(texts(run("nosuch", flavour: .dash, shell: "bash")) == ["bash: line 1: nosuch: command not found"])
        #expect(texts(run("echo 'open")) == ["sh: syntax error: unterminated quoted string"])
        #expect(run("done").end == .exited(after: 0, code: 2))
    }

    @Test func filesAreTrackedForProbes() {
        let result = run("touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600")
        #expect(result.fileExists("/tmp/healthy", after: 10))
        #expect(!result.fileExists("/tmp/healthy", after: 31))
        #expect(texts(run("echo saved > /tmp/f; cat /tmp/f; cat /nope")) == ["saved", "cat: can't open '/nope': No such file or directory"])
        #expect(texts(run("echo hidden > /dev/null; echo shown 2>&1")) == ["shown"])
    }

    @Test func aProgramTheImageLacksCannotStart() {
        let context = ShellInterpreter.Context(flavour: .busybox, hostname: "box", environment: [], start: start)
        guard case .startError(let message) = ShellInterpreter.run(argv: ["bash"], context: context, limit: 10).end else {
            Issue.record("busybox has no bash")
            return
        }
        #expect(message.hasSuffix(#"exec: "bash": executable file not found in $PATH: unknown"#))
        #expect(ShellInterpreter.run(argv: ["sh"], context: context, limit: 10).end == .exited(after: 0, code: 0))
        var attached = context
        attached.stdinAttached = true
        #expect(ShellInterpreter.run(argv: ["sh"], context: attached, limit: 10).end == .forever)
    }

    @Test func dateWritesBusyboxsFormatAtTheVirtualTime() {
        #expect(texts(run("date; sleep 61; date +%H:%M:%S")) == ["Fri Jan 15 08:00:00 UTC 2027", "08:01:01"])
    }

    @Test func hostileNestingIsBoundedNotACrash() {
        let deepIf = String(repeating: "if true; then ", count: 5000) + "echo x"
        #expect(texts(run(deepIf)) == ["sh: syntax error: nested too deeply"])
        let deepSubstitution = String(repeating: "$(echo ", count: 5000) + "x" + String(repeating: ")", count: 5000)
        #expect(run("echo " + deepSubstitution).end == .exited(after: 0, code: 0))
        let deepArithmetic = "echo $((" + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + "))"
        #expect(run(deepArithmetic).end == .exited(after: 0, code: 0))
        #expect(run("echo $((" + String(repeating: "-", count: 100_000) + "1))").end == .exited(after: 0, code: 0))
        #expect(run(String(repeating: "sh -c '", count: 3) + "echo deep").end != .forever)
        let flood = run("printf '" + String(repeating: "\\n", count: 200_000) + "'")
        #expect(flood.lines.count == ShellInterpreter.maximumLines)
    }
}
