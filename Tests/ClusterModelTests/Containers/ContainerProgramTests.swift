import Testing

@testable import ClusterModel

/// Which program a container runs, and what of its output exists at a given time.
@Suite struct ContainerProgramTests {
    let start = Timestamp(seconds: 1_800_000_000).adding(milliseconds: 300)

    /// The program of a container with `image` and `command`.
    func program(_ image: String, command: [String]? = nil, args: [String]? = nil, podName: String = "web") -> ContainerProgram {
        var container: JSONValue = ["name": "c", "image": .string(image)]
        if let command { container["command"] = .array(command.map { .string($0) }) }
        if let args { container["args"] = .array(args.map { .string($0) }) }
        return ContainerProgram(container: container, podName: podName)
    }

    @Test func theImageDecidesTheDefaultProcessAndACommandReplacesIt() {
        #expect(program("nginx:latest") == .nginx(NginxProgram(podName: "web")))
        #expect(program("docker.io/library/nginx:1.29") == .nginx(NginxProgram(podName: "web")))
        #expect(program("nginx:latest", command: []) == .nginx(NginxProgram(podName: "web")))
        guard case .process(let argv, _, let flavour, _, _) = program("nginx:latest", command: ["sleep", "3600"]) else {
            Issue.record("a command runs as a process")
            return
        }
        #expect(argv == ["sleep", "3600"] && flavour == .dash)
        guard case .process(let shell, _, .busybox, _, _) = program("busybox:1.36") else {
            Issue.record("busybox runs its sh")
            return
        }
        #expect(shell == ["sh"])
        #expect(program("registry.k8s.io/pause:3.10") == .silent)
        #expect(program("nginx:nope") == .silent)
        #expect(ContainerProgram.silent.log(of: ContainerInstance(startedAt: start), now: start.adding(seconds: 60)) == [])
    }

    @Test func anEchoLoopWritesALinePerIterationAsTimePasses() {
        let loop = program("busybox", command: ["sh", "-c", "i=0; while true; do echo \"$i: $(date)\"; i=$((i+1)); sleep 1; done"])
        let instance = ContainerInstance(startedAt: Timestamp(seconds: 1_800_000_000))
        let log = loop.log(of: instance, now: instance.startedAt.adding(seconds: 2.5))
        #expect(log.map(\.text) == ["0: Fri Jan 15 08:00:00 UTC 2027", "1: Fri Jan 15 08:00:01 UTC 2027", "2: Fri Jan 15 08:00:02 UTC 2027"])
        #expect(log.map(\.time.seconds) == [1_800_000_000, 1_800_000_001, 1_800_000_002])
        let run = loop.run(startedAt: instance.startedAt, memoryLimit: nil, limit: 10_000_000, planning: true)
        #expect(run.end == .forever)
    }

    @Test func aCommandThatExitsEndsTheRunWithItsCode() {
        let run = program("busybox", command: ["sh", "-c", "echo hi; exit 3"]).run(startedAt: start, memoryLimit: nil, limit: 100)
        #expect(run.lines.map(\.text) == ["hi"])
        #expect(run.end == .exited(after: 0, code: 3))
        #expect(program("busybox").run(startedAt: start, memoryLimit: nil, limit: 100).end == .exited(after: 0, code: 0))
        #expect(program("busybox", args: ["sleep", "5"]).run(startedAt: start, memoryLimit: nil, limit: 100).end == .exited(after: 5, code: 0))
    }

    @Test func postgresWithoutAPasswordRefusesToStart() {
        guard case .exits(let lines, 1) = program("postgres:17") else {
            Issue.record("postgres exits")
            return
        }
        #expect(lines.first == "Error: Database is uninitialized and superuser password is not specified.")
    }

    @Test func nothingIsThereBeforeItsTimeOrAfterTheExit() {
        let program = program("nginx")
        var instance = ContainerInstance(startedAt: start)
        #expect(program.log(of: instance, now: start.adding(milliseconds: -1)) == [])
        #expect(program.log(of: instance, now: start).count == 17)
        instance.stopSignalAt = start.adding(seconds: 5)
        #expect(program.log(of: instance, now: start.adding(seconds: 4)).count == 17)
        #expect(program.log(of: instance, now: start.adding(seconds: 5)).count == 20)
        // A process killed before the signal's lines were recorded wrote none of them.
        instance.exitedAt = start.adding(seconds: 4)
        #expect(program.log(of: instance, now: start.adding(seconds: 60)).count == 17)
    }

    /// What a follower relies on: a later read returns the earlier one followed by new lines.
    @Test func theLogOnlyGrowsAtItsEnd() {
        let program = program("nginx")
        let instance = ContainerInstance(startedAt: start, stopSignalAt: start.adding(seconds: 120), exitedAt: start.adding(seconds: 121))
        var previous: [LogLine] = []
        for second in stride(from: -1.0, through: 125, by: 0.5) {
            let log = program.log(of: instance, now: start.adding(seconds: second))
            #expect(Array(log.prefix(previous.count)) == previous, "at \(second) s")
            previous = log
        }
        #expect(previous.count == 20)
    }
}
