/// The official nginx image: what `/docker-entrypoint.sh` and nginx write when the container starts, and what nginx
/// writes when the image's stop signal (`STOPSIGNAL SIGQUIT`) arrives and it shuts down gracefully.
///
/// Deterministic: the entrypoint and nginx write their start-up lines at the container's start (they take a few
/// milliseconds; virtual time stands still between the commands of a script, so any later time would leave a
/// `kubectl logs` right after `kubectl rollout status` without nginx's own lines), and the worker PIDs come from the
/// pod name.
struct NginxProgram: Sendable, Equatable {
    /// The PID of the first worker process (the second one has the next PID).
    var firstWorkerPID: Int

    /// The program as it runs in the pod `podName`.
    init(podName: String) {
        firstWorkerPID = 29 + podName.unicodeScalars.reduce(0) { ($0 + Int($1.value)) % 7 }
    }

    /// Whether `image` is the nginx image (`nginx`, `nginx:1.29`, `docker.io/library/nginx:latest`, …).
    static func runs(image: String) -> Bool {
        image.hasPrefix("nginx") || image.contains("/nginx")
    }

    /// Every line the process writes during `instance`, oldest first: the start-up lines, then, once the stop signal
    /// has arrived, the shutdown lines.
    func lines(of instance: ContainerInstance) -> [LogLine] {
        let startup = startupLines(startedAt: instance.startedAt)
        guard let signal = instance.stopSignalAt else { return startup }
        return startup + shutdownLines(at: signal)
    }

    /// What the entrypoint and nginx write when the container starts.
    func startupLines(startedAt: Timestamp) -> [LogLine] {
        let stamp = NginxProgram.errorLogTime(startedAt)
        let entrypointLines = [
            "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
            "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
            "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
            "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
            "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
            "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
            "/docker-entrypoint.sh: Configuration complete; ready for start up",
        ]
        let serverLines = [
            "\(stamp) [notice] 1#1: using the \"epoll\" event method",
            "\(stamp) [notice] 1#1: nginx/1.29.3",
            "\(stamp) [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) ",
            "\(stamp) [notice] 1#1: OS: Linux \(Cluster.nodeKernelVersion)",
            "\(stamp) [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576",
            "\(stamp) [notice] 1#1: start worker processes",
            "\(stamp) [notice] 1#1: start worker process \(firstWorkerPID)",
            "\(stamp) [notice] 1#1: start worker process \(firstWorkerPID + 1)",
        ]
        return (entrypointLines + serverLines).map { LogLine(time: startedAt, text: $0) }
    }

    /// What nginx writes when SIGQUIT arrives at `time`: it stops its workers and exits.
    func shutdownLines(at time: Timestamp) -> [LogLine] {
        let stamp = NginxProgram.errorLogTime(time)
        return [
            "\(stamp) [notice] 1#1: signal 3 (SIGQUIT) received, shutting down",
            "\(stamp) [notice] 1#1: signal 17 (SIGCHLD) received",
            "\(stamp) [notice] 1#1: exit",
        ].map { LogLine(time: time, text: $0) }
    }

    /// nginx's error-log time format: `2026/11/29 14:05:01`.
    static func errorLogTime(_ time: Timestamp) -> String {
        let text = time.rfc3339
        let date = String(text.prefix(10).map { $0 == "-" ? "/" : $0 })
        let clock = text.dropFirst(11).prefix(8)
        return "\(date) \(clock)"
    }
}
