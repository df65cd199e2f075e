/// The program a container runs: a deterministic model of what the image's process writes, and when, and whether
/// and how it ends, given what happened to the container.
///
/// The process is the image's default (`ImageCatalog.Behaviour`) unless the spec's `command` (or, for images whose
/// entrypoint runs its arguments, `args`) names another; commands are run by `ShellInterpreter`.
enum ContainerProgram: Sendable, Equatable {
    /// The official nginx image's entrypoint and server.
    case nginx(NginxProgram)
    /// A command run by the simulated shell and programs.
    case process(argv: [String], environment: [String], flavour: ShellInterpreter.Flavour, hostname: String, stdin: Bool)
    /// A server that writes its start-up lines and then runs until stopped.
    case server(lines: [String])
    /// A program that writes `lines` and exits with `code` at once.
    case exits(lines: [String], code: Int)
    /// A process that needs `bytes` of memory and writes `lines` (polinux/stress).
    case memoryHog(bytes: Double, lines: [String])
    /// A process that runs until stopped and writes nothing (or whose output is not modelled).
    case silent

    /// The program of `container` (a pod spec's container) in the pod `podName` whose IP is `podIP`; `resolved` is
    /// the environment the kubelet built (without it, only literal `env` values are known).
    init(container: JSONValue, podName: String, podIP: String? = nil, resolved: [(String, String)]? = nil) {
        let image = container["image"].string ?? ""
        let command = container["command"].array?.compactMap(\.string) ?? []
        let args = container["args"].array?.compactMap(\.string) ?? []
        let stdin = container["stdin"].bool ?? false
        var environment: [String] = []
        var named: Set<String> = []
        if let resolved {
            for (name, value) in resolved {
                environment.append(name + "=" + value)
                if !value.isEmpty { named.insert(name) }
            }
        } else {
            for variable in container["env"].array ?? [] {
                guard let name = variable["name"].string else { continue }
                let value = variable["value"].string ?? (variable["valueFrom"].isNull ? "" : "<set>")
                environment.append(name + "=" + value)
                if !value.isEmpty { named.insert(name) }
            }
        }
        guard case .found(let entry) = ImageCatalog.pull(image) else {
            self = .silent
            return
        }
        func process(_ argv: [String]) -> ContainerProgram {
            let base = argv.first.flatMap { $0.split(separator: "/").last.map(String.init) } ?? ""
            if base == "stress", entry.repository.hasSuffix("polinux/stress") {
                var bytes = 0.0
                if let index = argv.firstIndex(of: "--vm-bytes"), index + 1 < argv.count { bytes = MemoryQuantity.bytes(argv[index + 1]) ?? 0 }
                let workers = argv.firstIndex(of: "--vm").flatMap { argv.indices.contains($0 + 1) ? argv[$0 + 1] : nil } ?? "0"
                return .memoryHog(bytes: bytes, lines: ["stress: info: [1] dispatching hogs: 0 cpu, 0 io, \(workers) vm, 0 hdd"])
            }
            return .process(argv: argv, environment: environment, flavour: entry.shell, hostname: podName, stdin: stdin)
        }
        if !command.isEmpty, !ImageCatalog.runsOwnProgram(container) {
            self = process(command + args)
            return
        }
        if !args.isEmpty, let first = args.first, ShellInterpreter.isProgram(first, flavour: entry.shell) || first == "stress" {
            self = process(args)
            return
        }
        if let required = entry.requiredEnvironment, !required.names.contains(where: named.contains) {
            self = .exits(lines: required.lines, code: required.code)
            return
        }
        switch entry.behaviour {
        case .nginx: self = .nginx(NginxProgram(podName: podName))
        case .command(let argv): self = args.isEmpty ? process(argv) : .silent
        case .server(let lines):
            self = .server(lines: lines.map { $0.replacingOccurrences("{hostname}", with: podName).replacingOccurrences("{ip}", with: podIP ?? "10.244.0.2") })
        case .exits(let lines, let code): self = .exits(lines: lines, code: code)
        case .silent: self = .silent
        }
    }

    /// The whole run as far as `limit` seconds after `startedAt` (how it ends; the lines it writes unless
    /// `planning`, when only the end matters).
    func run(startedAt: Timestamp, memoryLimit: Double?, limit: Double, planning: Bool = false) -> ProcessRun {
        switch self {
        case .nginx: return ProcessRun(end: .forever)
        case .process(let argv, let environment, let flavour, let hostname, let stdin):
            let pairs = environment.map { entry -> (String, String) in
                let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
            }
            let context = ShellInterpreter.Context(flavour: flavour, hostname: hostname, environment: pairs, start: startedAt, stdinAttached: stdin)
            return ShellInterpreter.run(argv: argv, context: context, limit: limit, planning: planning)
        case .server(let lines):
            return ProcessRun(lines: lines.map { .init(offset: 0, text: ContainerProgram.stamp($0, startedAt)) }, end: .forever)
        case .exits(let lines, let code):
            return ProcessRun(lines: lines.map { .init(offset: 0, text: ContainerProgram.stamp($0, startedAt)) }, end: .exited(after: 0, code: code))
        case .memoryHog(let bytes, let lines):
            let run = ProcessRun(lines: lines.map { .init(offset: 0, text: $0) }, end: .forever)
            if let memoryLimit, bytes > memoryLimit { return ProcessRun(lines: run.lines, end: .oomKilled(after: 1)) }
            return run
        case .silent: return ProcessRun(end: .forever)
        }
    }

    /// The lines the process has written by `now` during `instance`, oldest first. Lines only ever get added at the
    /// end as time passes, so a reader that follows the log can print what lies beyond the lines it has seen.
    func log(of instance: ContainerInstance, now: Timestamp) -> [LogLine] {
        // Nothing is written after the process exited, and nothing is there before its time has come.
        let end = min(now, instance.exitedAt ?? now)
        guard end >= instance.startedAt else { return [] }
        let written: [LogLine]
        switch self {
        case .nginx(let nginx): written = nginx.lines(of: instance)
        case .silent: return []
        default:
            let run = run(startedAt: instance.startedAt, memoryLimit: nil, limit: end.seconds(since: instance.startedAt))
            return run.lines.map { LogLine(time: instance.startedAt.adding(seconds: $0.offset), text: $0.text) }
        }
        guard let first = written.firstIndex(where: { $0.time > end }) else { return written }
        return Array(written[..<first])
    }

    /// A start-up line with its time placeholders filled in for a start at `time`.
    private static func stamp(_ line: String, _ time: Timestamp) -> String {
        guard line.contains("{") else { return line }
        let civil = CivilTime(epochSeconds: time.seconds)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let millis = Int(((time.milliseconds % 1000) + 1000) % 1000)
        let fraction = String(1000 + millis).dropFirst()
        let clock = "\(two(civil.hour)):\(two(civil.minute)):\(two(civil.second))"
        return line
            .replacingOccurrences("{apache-time}", with: "\(weekdays[civil.weekday]) \(months[civil.month - 1]) \(two(civil.day)) \(clock).\(fraction)000 \(civil.year)")
            .replacingOccurrences("{redis-time}", with: "\(two(civil.day)) \(months[civil.month - 1]) \(civil.year) \(clock).\(fraction)")
            .replacingOccurrences("{iso-time}", with: "\(String(time.rfc3339.dropLast())).\(fraction)Z")
            .replacingOccurrences("{go-time}", with: "\(civil.year)/\(two(civil.month))/\(two(civil.day)) \(clock)")
            .replacingOccurrences("{mysql-time}", with: "\(String(time.rfc3339.dropLast())).\(fraction)000+00:00")
    }
}
