import Testing

@testable import ClusterModel

/// Which program a container runs, and what of its output exists at a given time.
@Suite struct ContainerProgramTests {
    let start = Timestamp(seconds: 1_800_000_000).adding(milliseconds: 300)

    @Test func onlyNginxWithItsOwnEntrypointWrites() {
        #expect(ContainerProgram(image: "nginx:latest", command: nil, podName: "web") == .nginx(NginxProgram(podName: "web")))
        #expect(ContainerProgram(image: "docker.io/library/nginx:1.29", command: nil, podName: "web") == .nginx(NginxProgram(podName: "web")))
        #expect(ContainerProgram(image: "nginx:latest", command: [], podName: "web") == .nginx(NginxProgram(podName: "web")))
        #expect(ContainerProgram(image: "nginx:latest", command: ["sleep", "3600"], podName: "web") == .silent)
        #expect(ContainerProgram(image: "busybox:1.36", command: nil, podName: "web") == .silent)
        #expect(ContainerProgram.silent.log(of: ContainerInstance(startedAt: start), now: start.adding(seconds: 60)) == [])
    }

    @Test func nothingIsThereBeforeItsTimeOrAfterTheExit() {
        let program = ContainerProgram(image: "nginx", command: nil, podName: "web")
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
        let program = ContainerProgram(image: "nginx", command: nil, podName: "web")
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
