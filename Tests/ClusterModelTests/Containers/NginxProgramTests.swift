import Testing

@testable import ClusterModel

/// The nginx image's output, line for line.
@Suite struct NginxProgramTests {
    @Test func startUpAndShutdownLines() {
        let started = Timestamp(rfc3339: "2026-11-29T14:05:00.800Z")!
        let signal = Timestamp(rfc3339: "2026-11-29T14:07:01.800Z")!
        let nginx = NginxProgram(podName: "nginx-deployment-7768647bf9-b4b9s")
        let lines = nginx.lines(of: ContainerInstance(startedAt: started, stopSignalAt: signal))
        let workers = nginx.firstWorkerPID
        #expect((29...35).contains(workers))
        #expect(lines.map(\.text) == [
            "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
            "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
            "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
            "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
            "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
            "/docker-entrypoint.sh: Configuration complete; ready for start up",
            "2026/11/29 14:05:00 [notice] 1#1: using the \"epoll\" event method",
            "2026/11/29 14:05:00 [notice] 1#1: nginx/1.29.3",
            "2026/11/29 14:05:00 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) ",
            "2026/11/29 14:05:00 [notice] 1#1: OS: Linux 6.1.0-28-amd64",
            "2026/11/29 14:05:00 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576",
            "2026/11/29 14:05:00 [notice] 1#1: start worker processes",
            "2026/11/29 14:05:00 [notice] 1#1: start worker process \(workers)",
            "2026/11/29 14:05:00 [notice] 1#1: start worker process \(workers + 1)",
            "2026/11/29 14:07:01 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down",
            "2026/11/29 14:07:01 [notice] 1#1: signal 17 (SIGCHLD) received",
            "2026/11/29 14:07:01 [notice] 1#1: exit",
        ])
        #expect(lines.map(\.time) == Array(repeating: started, count: 17) + Array(repeating: signal, count: 3))
        #expect(nginx.lines(of: ContainerInstance(startedAt: started)) == Array(lines.prefix(17)))
    }
}
