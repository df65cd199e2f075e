import ClusterModel
import Kubectl

/// The shell-language commands besides kubectl: small, familiar Unix words that work on the sandbox.
public enum BuiltinCommand: String, CaseIterable, Sendable {
    case sleep, ls, cat, echo, date, clock, traffic

    /// The word that runs it.
    public var name: String { rawValue }

    /// One line of help, in English (the shell's `help` shows it).
    public var summary: String {
        switch self {
        case .sleep: return "let virtual time pass: sleep 30, sleep 2m, sleep 1h"
        case .ls: return "list the files in the working directory"
        case .cat: return "print a file"
        case .echo: return "print its arguments"
        case .date: return "print the cluster's (virtual) date and time"
        case .clock: return "show virtual time; clock speed N, clock pause, clock resume"
        case .traffic: return "send requests to a Service and count who answers: traffic start SVC [--rate 5/s], traffic, traffic stop"
        }
    }

    /// The command for a word, if it is one.
    public init?(name: String) {
        self.init(rawValue: name)
    }

    /// Runs the command and returns its exit status.
    func run(_ arguments: [String], in sandbox: inout Sandbox, host: some KubectlHost) -> Int32 {
        switch self {
        case .sleep: return Self.sleep(arguments, cluster: &sandbox.cluster, host: host)
        case .ls: return Self.list(arguments, directory: sandbox.directory, host: host)
        case .cat: return Self.concatenate(arguments, directory: sandbox.directory, host: host)
        case .echo:
            host.write(arguments.joined(separator: " ") + "\n")
            return 0
        case .date:
            host.write(DateText.unixDate(sandbox.cluster.now) + "\n")
            return 0
        case .clock: return Self.clock(arguments, sandbox: &sandbox, host: host)
        case .traffic: return TrafficCommand.run(arguments, cluster: &sandbox.cluster, host: host)
        }
    }

    private static func sleep(_ arguments: [String], cluster: inout Cluster, host: some KubectlHost) -> Int32 {
        guard !arguments.isEmpty else {
            host.writeError("sleep: missing operand\nTry 'sleep --help' for more information.\n")
            return 1
        }
        var total = 0.0
        for argument in arguments {
            guard let seconds = SleepDuration.seconds(argument) else {
                host.writeError("sleep: invalid time interval '\(argument)'\nTry 'sleep --help' for more information.\n")
                return 1
            }
            total += seconds
        }
        guard total <= SleepDuration.maximum else {
            host.writeError("sleep: at most 30d of virtual time can pass in one sleep\n")
            return 1
        }
        cluster.advance(by: total)
        return 0
    }

    private static func list(_ arguments: [String], directory: WorkingDirectory, host: some KubectlHost) -> Int32 {
        let paths = arguments.filter { !$0.hasPrefix("-") }
        if paths.isEmpty {
            let names = directory.listing()
            if !names.isEmpty { host.write(Self.shown(names.joined(separator: "\n") + "\n", host: host)) }
            return 0
        }
        var status: Int32 = 0
        for path in paths {
            do {
                if let entries = try directory.entries(of: path) {
                    if paths.count > 1 { host.write("\(path):\n") }
                    if !entries.isEmpty { host.write(Self.shown(entries.joined(separator: "\n") + "\n", host: host)) }
                } else {
                    host.write(path + "\n")
                }
            } catch {
                host.writeError("ls: cannot access '\(path)': No such file or directory\n")
                status = 2
            }
        }
        return status
    }

    /// File names as a terminal may show them (control characters made visible there).
    private static func shown(_ text: String, host: some KubectlHost) -> String {
        host.isTerminal ? TerminalEscaping.visible(text) : text
    }

    private static func concatenate(_ arguments: [String], directory: WorkingDirectory, host: some KubectlHost) -> Int32 {
        guard !arguments.isEmpty else {
            host.writeError("cat: reading standard input is not supported here; name a file, e.g. cat FILE\n")
            return 1
        }
        var status: Int32 = 0
        for path in arguments {
            do {
                let text = try directory.read(path)
                // A file's escape sequences would drive the terminal (titles, clipboard): show them instead.
                host.write(host.isTerminal ? TerminalEscaping.visible(text) : text)
            } catch {
                let reason: String
                switch error {
                case .notFound: reason = "No such file or directory"
                case .isDirectory: reason = "Is a directory"
                case .tooLarge: reason = "File too large"
                case .notUTF8: reason = "not a text file (invalid UTF-8)"
                case .unreadable(let why): reason = why
                }
                host.writeError("cat: \(path): \(reason)\n")
                status = 1
            }
        }
        return status
    }

    private static func clock(_ arguments: [String], sandbox: inout Sandbox, host: some KubectlHost) -> Int32 {
        switch arguments.first {
        case nil:
            let state = sandbox.clock.paused ? "paused" : "running"
            host.write(
                "virtual time \(sandbox.cluster.now.rfc3339), speed \(sandbox.clock.speedDescription), \(state)\n")
            return 0
        case "speed":
            guard arguments.count == 2, let speed = Double(arguments[1].hasSuffix("x") ? String(arguments[1].dropLast()) : arguments[1]),
                speed > 0, speed <= 1000
            else {
                host.writeError("clock: speed must be a number from 0.1 to 1000, e.g. clock speed 10\n")
                return 1
            }
            sandbox.clock.speed = max(0.1, speed)
            sandbox.clock.paused = false
            host.write("clock speed \(sandbox.clock.speedDescription)\n")
            return 0
        case "pause" where arguments.count == 1:
            sandbox.clock.paused = true
            host.write("clock paused: virtual time now moves only with sleep and waiting commands\n")
            return 0
        case "resume" where arguments.count == 1, "run" where arguments.count == 1:
            sandbox.clock.paused = false
            host.write("clock running at \(sandbox.clock.speedDescription)\n")
            return 0
        default:
            host.writeError("clock: usage: clock | clock speed N | clock pause | clock resume\n")
            return 1
        }
    }
}
