/// Runs a simulated container's command over virtual time: `sh -c` scripts (through `ShellParser`) and the few
/// programs a container's command names directly (`sleep`, `echo`, …), without ever touching the host.
///
/// Time passes only in `sleep` (and `tail -f`, which never returns). A run stops at the process's exit, at the
/// `limit` (the process still runs then), or after `maximumSteps` commands or `maximumLines` lines without an end in
/// sight (an endless loop: the process runs forever).
struct ShellInterpreter {
    /// Which shell the image's `sh` is: its wording of errors differs.
    enum Flavour: Sendable, Equatable {
        /// BusyBox ash (busybox, alpine, curlimages/curl): `sh: foo: not found`.
        case busybox
        /// Debian's dash as `sh` (nginx, httpd, redis, …): `sh: 1: foo: not found`; bash is there too.
        case dash
        /// An image without a shell (pause, distroless): `sh` cannot be started.
        case none
    }

    /// What the process is started with.
    struct Context: Sendable {
        var flavour: Flavour
        /// The pod name (`hostname`, `$HOSTNAME`).
        var hostname: String
        /// The container's environment, in order.
        var environment: [(String, String)]
        /// When the process started (for `date`).
        var start: Timestamp
        /// Whether stdin is attached (`stdin: true`): a shell without a script then waits for input.
        var stdinAttached = false
        /// The programs beyond the shell's that need the network (`curl`, `wget`, `nslookup`, `getent`): only a
        /// command run with `kubectl exec` has them (see `ContainerCommand`), as only there the cluster answers.
        var networkTools: Set<String> = []
        /// What the cluster answered to the network calls made so far, in order (the run is replayed with them).
        var effectResults: [ContainerEffectResult] = []
        /// The pod's namespace (the DNS search path) and whether stdout is a terminal (`kubectl exec -t`).
        var namespace = "default"
        var terminal = false
    }

    static let maximumSteps = 100_000
    static let maximumLines = 10_000

    enum Stop: Error {
        case exit(Int)
        case limit
        case forever
        case loopControl(breaking: Bool, levels: Int)
        /// The run needs the cluster's answer to a network call (`ProcessRun.pendingEffect`).
        case effect
    }

    enum Sink: Equatable {
        case log
        /// The log, as the process's standard error (an exec shows it on stderr).
        case errorLog
        case discard
        case capture
        case file(String)
    }

    let context: Context
    let limit: Double
    /// Only how the run ends matters (not its lines): an endless loop is known to be endless without running it.
    private var planning = false
    var clock = 0.0
    private var steps = 0
    var variables: [String: String] = [:]
    private var positional: [String] = []
    private var status = 0
    var run = ProcessRun()
    private var pending = ""
    private var captures: [String] = []
    private var output = Sink.log
    private var errors = Sink.errorLog
    var files: [String: String] = [:]
    private var stdin: [String]? = nil
    private var shellName = "sh"
    /// Nesting of `$(…)` and nested shells, bounded so that a hostile script cannot exhaust the stack.
    private var nesting = 0
    /// How many network calls the run has made (their answers are `context.effectResults`).
    var effectsMade = 0

    private init(context: Context, limit: Double) {
        self.context = context
        self.limit = limit
        for (name, value) in context.environment { variables[name] = value }
        variables["HOSTNAME"] = variables["HOSTNAME"] ?? context.hostname
        variables["PATH"] = variables["PATH"] ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        variables["HOME"] = variables["HOME"] ?? "/root"
        files["/etc/hostname"] = context.hostname + "\n"
        if !context.networkTools.isEmpty {
            files["/etc/resolv.conf"] = "search \(context.namespace).svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n"
        }
    }

    /// Runs the process `argv` (the container's command and args) for at most `limit` seconds; `planning` when only
    /// its end matters.
    static func run(argv: [String], context: Context, limit: Double, planning: Bool = false) -> ProcessRun {
        var interpreter = ShellInterpreter(context: context, limit: limit)
        interpreter.planning = planning
        interpreter.start(argv)
        return interpreter.run
    }

    /// Whether `name` is a program this container has: the image's shell tools, and the network tools of an exec.
    func knows(_ name: String) -> Bool {
        ShellInterpreter.isProgram(name, flavour: context.flavour) || context.networkTools.contains(name.split(separator: "/").last.map(String.init) ?? name)
    }

    /// Whether `name` (a path or a bare name) is a program the simulated images have.
    static func isProgram(_ name: String, flavour: Flavour) -> Bool {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        if flavour == .none { return false }
        if base == "bash" { return flavour == .dash }
        return programs.contains(base)
    }

    private static let programs: Set<String> = [
        "sh", "ash", "echo", "printf", "sleep", "true", "false", "date", "hostname", "env", "printenv", "seq", "cat",
        "touch", "rm", "mkdir", "ls", "test", "[", "tail", "head", "wc", "yes", "expr", "kill", "pwd", "id", "whoami",
        "uname", "basename", "dirname", "sync", "nproc",
    ]

    private mutating func start(_ argv: [String]) {
        guard let first = argv.first else {
            run.end = .startError(message: "no command specified")
            return
        }
        let base = first.split(separator: "/").last.map(String.init) ?? first
        guard knows(first) else {
            run.end = .startError(
                message: "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: "
                    + "unable to start container process: error during container init: exec: \"\(first)\": "
                    + (first.hasPrefix("/") ? "stat \(first): no such file or directory" : "executable file not found in $PATH")
                    + ": unknown")
            return
        }
        do throws(Stop) {
            if ["sh", "ash", "bash"].contains(base) {
                shellName = base
                var rest = Array(argv.dropFirst())
                while let option = rest.first, option.hasPrefix("-"), option != "-c" { rest.removeFirst() }
                if rest.first == "-c", rest.count >= 2 {
                    positional = Array(rest.dropFirst(2))
                    let script = rest[1]
                    let node: ShellNode
                    do {
                        node = try ShellParser.parse(script)
                    } catch {
                        writeError("\(shellName): \(syntaxPrefix())\(error.message)")
                        finish(code: 2)
                        return
                    }
                    status = try execute(node)
                    finish(code: status)
                } else if rest.isEmpty {
                    // An interactive shell reads its stdin: closed (exits at once) unless attached.
                    if context.stdinAttached { throw Stop.forever }
                    finish(code: 0)
                } else {
                    writeError("\(shellName): can't open '\(rest[0])': No such file or directory")
                    finish(code: 2)
                }
            } else {
                let code = try program(argv)
                finish(code: code)
            }
        } catch {
            switch error {
            case .exit(let code): finish(code: code)
            case .limit:
                flush()
                run.end = .running
            case .forever:
                flush()
                run.end = .forever
            case .loopControl: finish(code: 0)
            case .effect:
                flush()
                run.end = .running
            }
        }
    }

    private mutating func finish(code: Int) {
        flush()
        run.end = .exited(after: clock, code: code & 0xFF)
    }

    private func syntaxPrefix() -> String { context.flavour == .dash && shellName == "sh" ? "1: " : "" }

    // MARK: Output

    private mutating func write(_ text: String, to sink: Sink) {
        switch sink {
        case .discard: return
        case .capture: captures[captures.count - 1] += text
        case .file(let path):
            if files[path] == nil { run.fileChanges.append(.init(offset: clock, path: path, exists: true)) }
            files[path, default: ""] += text
        case .errorLog:
            for piece in text.utf8.split(separator: 10, omittingEmptySubsequences: false).dropLast() where run.lines.count < ShellInterpreter.maximumLines {
                run.lines.append(.init(offset: clock, text: String(decoding: piece, as: UTF8.self), stderr: true))
            }
        case .log:
            // Lines end at each line feed byte (a "\r\n" is one Character, so a Character split would miss it).
            guard text.utf8.contains(10) else {
                pending += text
                return
            }
            // One pass over the text (a huge printf must not copy the rest of it once per line); lines beyond the
            // cap are dropped, as the run ends there.
            let pieces = text.utf8.split(separator: 10, omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                let line = String(decoding: piece, as: UTF8.self)
                if index == pieces.count - 1 {
                    pending = line
                } else if run.lines.count < ShellInterpreter.maximumLines {
                    run.lines.append(.init(offset: clock, text: index == 0 ? pending + line : line))
                }
            }
        }
    }

    private mutating func flush() {
        if !pending.isEmpty {
            run.lines.append(.init(offset: clock, text: pending))
            pending = ""
        }
    }

    mutating func writeOutput(_ text: String) throws(Stop) {
        write(text, to: output)
        if run.lines.count >= ShellInterpreter.maximumLines { throw Stop.forever }
    }

    mutating func writeError(_ line: String) { write(line + "\n", to: errors) }

    /// Time passes.
    mutating func wait(_ seconds: Double) throws(Stop) {
        guard seconds.isFinite else { throw Stop.forever }
        if clock + seconds > limit {
            clock = limit
            throw Stop.limit
        }
        clock += seconds
    }

    // MARK: Execution

    private mutating func step() throws(Stop) {
        steps += 1
        if steps > ShellInterpreter.maximumSteps { throw Stop.forever }
    }

    private mutating func execute(_ node: ShellNode) throws(Stop) -> Int {
        try step()
        switch node {
        case .sequence(let nodes):
            var last = 0
            for node in nodes { last = try execute(node) }
            return last
        case .and(let left, let right):
            let first = try execute(left)
            status = first
            return first == 0 ? try execute(right) : first
        case .or(let left, let right):
            let first = try execute(left)
            status = first
            return first != 0 ? try execute(right) : first
        case .not(let inner):
            return try execute(inner) == 0 ? 1 : 0
        case .pipeline(let stages):
            var input: [String]? = nil
            var code = 0
            for (index, stage) in stages.enumerated() {
                let last = index == stages.count - 1
                let savedStdin = stdin
                stdin = input ?? (index == 0 ? stdin : [])
                if last {
                    code = try execute(stage)
                } else {
                    let savedOutput = output
                    captures.append("")
                    output = .capture
                    _ = try execute(stage)
                    output = savedOutput
                    let text = captures.removeLast()
                    input = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    if input?.last == "" { input?.removeLast() }
                }
                stdin = savedStdin
            }
            return code
        case .loop(let condition, let body, let negated):
            if planning, !negated, condition.alwaysSucceeds, !body.runs(anyOf: ["exit", "break", "return", "kill"]) { throw Stop.forever }
            var last = 0
            while true {
                try step()
                let test = try execute(condition)
                if (test == 0) == negated { break }
                guard let result = try loopBody(body) else { break }
                last = result
            }
            return last
        case .forLoop(let name, let words, let body):
            var last = 0
            let values = words.isEmpty ? positional : try expand(words)
            for value in values {
                variables[name] = value
                guard let result = try loopBody(body) else { break }
                last = result
            }
            return last
        case .ifElse(let condition, let then, let otherwise):
            if try execute(condition) == 0 { return try execute(then) }
            return try otherwise.map { node throws(Stop) in try execute(node) } ?? 0
        case .simple(let assignments, let words, let redirections):
            return try simple(assignments: assignments, words: words, redirections: redirections)
        }
    }

    /// One pass of a loop's body: its status, or nil after `break` (`continue` ends the pass; `break 2` and
    /// `continue 2` reach the enclosing loop).
    private mutating func loopBody(_ body: ShellNode) throws(Stop) -> Int? {
        do throws(Stop) {
            return try execute(body)
        } catch {
            guard case .loopControl(let breaking, let levels) = error else { throw error }
            if levels > 1 { throw Stop.loopControl(breaking: breaking, levels: levels - 1) }
            return breaking ? nil : status
        }
    }

    private mutating func simple(assignments: [ShellAssignment], words: [ShellWord], redirections: [ShellRedirection]) throws(Stop) -> Int {
        var values: [(String, String)] = []
        for assignment in assignments { values.append((assignment.name, try expand([assignment.value], split: false).joined())) }
        let argv = try expand(words)
        if argv.isEmpty {
            for (name, value) in values { variables[name] = value }
            return 0
        }
        let savedOutput = output, savedErrors = errors
        defer {
            output = savedOutput
            errors = savedErrors
        }
        for redirection in redirections where !redirection.input {
            let sink: Sink
            if let target = redirection.target {
                let path = try expand([target], split: false).joined()
                if path == "/dev/null" {
                    sink = .discard
                } else if path == "/dev/stdout" || path == "/proc/1/fd/1" {
                    sink = .log
                } else if path == "/dev/stderr" || path == "/proc/1/fd/2" {
                    sink = .errorLog
                } else {
                    if !redirection.append || files[path] == nil {
                        if files[path] == nil { run.fileChanges.append(.init(offset: clock, path: path, exists: true)) }
                        files[path] = ""
                    }
                    sink = .file(path)
                }
            } else {
                sink = redirection.descriptor == 2 ? output : errors
            }
            if redirection.descriptor == 2 { errors = sink } else { output = sink }
        }
        let saved = values.map { ($0.0, variables[$0.0]) }
        for (name, value) in values { variables[name] = value }
        defer { for (name, value) in saved where !["HOSTNAME"].contains(name) { variables[name] = value } }
        status = try builtin(argv)
        return status
    }

    // MARK: Expansion

    /// Expands words into fields: variables, `$((…))`, `$(…)`; unquoted expansions are split at blanks.
    private mutating func expand(_ words: [ShellWord], split: Bool = true) throws(Stop) -> [String] {
        var fields: [String] = []
        for word in words {
            var current = ""
            var keep = false
            var wordFields: [String] = []
            for part in word.parts {
                let text: String
                let quoted: Bool
                switch part {
                case .literal(let value, let q):
                    current += value
                    if q || !value.isEmpty { keep = true }
                    continue
                case .variable(let name, let q):
                    text = variable(name)
                    quoted = q
                case .arithmetic(let expression, let q):
                    text = String(arithmetic(expression))
                    quoted = q
                case .command(let script, let q):
                    text = try substitute(script)
                    quoted = q
                }
                if quoted || !split {
                    current += text
                    keep = true
                } else {
                    let pieces = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
                    if pieces.isEmpty { continue }
                    if let first = text.first, first == " " || first == "\t" || first == "\n", keep || !current.isEmpty {
                        wordFields.append(current)
                        current = ""
                    }
                    for (index, piece) in pieces.enumerated() {
                        if index > 0 {
                            wordFields.append(current)
                            current = ""
                        }
                        current += piece
                    }
                    keep = true
                    if let last = text.last, last == " " || last == "\t" || last == "\n" {
                        wordFields.append(current)
                        current = ""
                        keep = false
                    }
                }
            }
            if keep || !current.isEmpty { wordFields.append(current) }
            fields += wordFields
        }
        return fields
    }

    private func variable(_ name: String) -> String {
        switch name {
        case "?": return String(status)
        case "$": return "1"
        case "!": return ""
        case "#": return String(positional.count)
        case "@", "*": return positional.joined(separator: " ")
        case "0": return shellName
        default:
            if let index = Int(name) { return index - 1 < positional.count ? positional[index - 1] : "" }
            if let colon = name.firstIndex(of: ":"), name[name.index(after: colon)...].hasPrefix("-") {
                let value = variables[String(name[..<colon])] ?? ""
                return value.isEmpty ? String(name[name.index(colon, offsetBy: 2)...]) : value
            }
            if name == "RANDOM" { return String(context.hostname.unicodeScalars.reduce(steps) { ($0 &* 31 &+ Int($1.value)) % 32768 }) }
            return variables[name] ?? ""
        }
    }

    private mutating func substitute(_ script: String) throws(Stop) -> String {
        guard nesting < 20, let node = try? ShellParser.parse(script) else { return "" }
        nesting += 1
        defer { nesting -= 1 }
        let savedOutput = output
        captures.append("")
        output = .capture
        let savedStatus = status
        do throws(Stop) {
            _ = try execute(node)
        } catch {
            output = savedOutput
            let text = captures.removeLast()
            if case .exit = error {
                return ShellInterpreter.trimTrailingNewlines(text)
            }
            throw error
        }
        output = savedOutput
        _ = savedStatus
        return ShellInterpreter.trimTrailingNewlines(captures.removeLast())
    }

    private static func trimTrailingNewlines(_ text: String) -> String {
        var result = Substring(text)
        while result.last == "\n" { result = result.dropLast() }
        return String(result)
    }

    /// `$((…))`: integers with `+ - * / %`, comparisons, parentheses and variables (unset is 0; division by zero 0).
    private mutating func arithmetic(_ expression: String) -> Int {
        var evaluator = ShellArithmetic(text: expression) { [variables] name in Int(variables[name] ?? "") ?? 0 }
        let result = evaluator.evaluate()
        for (name, value) in evaluator.assignments { variables[name] = String(value) }
        return result
    }

    // MARK: Programs

    private mutating func builtin(_ argv: [String]) throws(Stop) -> Int {
        let name = argv[0]
        switch name {
        case "exit": throw Stop.exit(argv.count > 1 ? Int(argv[1]) ?? 2 : status)
        case "break", "continue":
            throw Stop.loopControl(breaking: name == "break", levels: max(1, argv.count > 1 ? Int(argv[1]) ?? 1 : 1))
        case "export", "readonly", "local":
            for assignment in argv.dropFirst() {
                if let equals = assignment.firstIndex(of: "=") {
                    variables[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
                }
            }
            return 0
        case "unset":
            for variable in argv.dropFirst() { variables[variable] = nil }
            return 0
        case "shift":
            let count = argv.count > 1 ? Int(argv[1]) ?? 1 : 1
            positional = Array(positional.dropFirst(count))
            return 0
        case ":", "set", "trap", "wait", "cd", "ulimit", "umask", "source", ".":
            return 0
        case "exec":
            return argv.count == 1 ? 0 : try builtin(Array(argv.dropFirst()))
        case "read":
            guard var lines = stdin, !lines.isEmpty else { return 1 }
            let line = lines.removeFirst()
            stdin = lines
            if argv.count > 1 { variables[argv[argv.count - 1]] = line }
            return 0
        default:
            let base = name.split(separator: "/").last.map(String.init) ?? name
            if ["sh", "ash", "bash"].contains(base), ShellInterpreter.isProgram(name, flavour: context.flavour) {
                return try nestedShell(argv)
            }
            guard knows(name) else {
                switch context.flavour {
                case .dash where shellName == "sh": writeError("sh: 1: \(name): not found")
                case .dash: writeError("bash: line 1: \(name): command not found")
                default: writeError("\(shellName): \(name): not found")
                }
                return 127
            }
            return try program(argv)
        }
    }

    private mutating func nestedShell(_ argv: [String]) throws(Stop) -> Int {
        var rest = Array(argv.dropFirst())
        while let option = rest.first, option.hasPrefix("-"), option != "-c" { rest.removeFirst() }
        guard nesting < 20, rest.first == "-c", rest.count >= 2, let node = try? ShellParser.parse(rest[1]) else { return rest.isEmpty ? 0 : 2 }
        nesting += 1
        defer { nesting -= 1 }
        let savedPositional = positional
        positional = Array(rest.dropFirst(2))
        defer { positional = savedPositional }
        do throws(Stop) {
            return try execute(node)
        } catch {
            if case .exit(let code) = error { return code }
            throw error
        }
    }

    /// A program the images have, run directly (as a container's command) or from the shell.
    private mutating func program(_ argv: [String]) throws(Stop) -> Int {
        let base = argv[0].split(separator: "/").last.map(String.init) ?? argv[0]
        let arguments = Array(argv.dropFirst())
        switch base {
        case "sh", "ash", "bash": return try nestedShell(argv)
        case "true", "sync": return 0
        case "false": return 1
        case "echo":
            var words = arguments
            var newline = true
            var escapes = false
            while let flag = words.first, ["-n", "-e", "-ne", "-en", "-E"].contains(flag) {
                if flag.contains("n") { newline = false }
                if flag.contains("e") { escapes = true }
                words.removeFirst()
            }
            var text = words.joined(separator: " ")
            if escapes { text = ShellInterpreter.unescape(text) }
            try writeOutput(text + (newline ? "\n" : ""))
            return 0
        case "printf":
            guard let format = arguments.first else {
                writeError("printf: usage: printf FORMAT [ARGUMENT...]")
                return 1
            }
            try writeOutput(ShellInterpreter.printf(format, Array(arguments.dropFirst())))
            return 0
        case "sleep":
            var total = 0.0
            for argument in arguments {
                guard let seconds = ShellInterpreter.duration(argument) else {
                    writeError("sleep: invalid number '\(argument)'")
                    return 1
                }
                total += seconds
            }
            if arguments.isEmpty {
                writeError("sleep: missing operand")
                return 1
            }
            try wait(total)
            return 0
        case "tail":
            if arguments.contains("-f") || arguments.contains("-F") { throw Stop.forever }
            return try lines(arguments, head: false)
        case "head": return try lines(arguments, head: true)
        case "yes":
            let text = arguments.isEmpty ? "y" : arguments.joined(separator: " ")
            while true { try writeOutput(text + "\n") }
        case "date": try writeOutput(date(arguments) + "\n")
        case "hostname": try writeOutput(context.hostname + "\n")
        case "whoami": try writeOutput("root\n")
        case "id": try writeOutput("uid=0(root) gid=0(root) groups=0(root),10(wheel)\n")
        case "pwd": try writeOutput("/\n")
        case "nproc": try writeOutput("2\n")
        case "uname":
            try writeOutput((arguments.contains("-a") ? "Linux \(context.hostname) \(Cluster.nodeKernelVersion) x86_64 GNU/Linux" : arguments.contains("-r") ? Cluster.nodeKernelVersion : "Linux") + "\n")
        case "env", "printenv":
            if base == "printenv", let name = arguments.first {
                guard let value = variables[name] else { return 1 }
                try writeOutput(value + "\n")
                return 0
            }
            var seen: Set<String> = []
            var lines: [String] = []
            for (name, _) in context.environment where seen.insert(name).inserted { lines.append("\(name)=\(variables[name] ?? "")") }
            for name in ["PATH", "HOSTNAME", "HOME"] where seen.insert(name).inserted { lines.append("\(name)=\(variables[name] ?? "")") }
            try writeOutput(lines.joined(separator: "\n") + "\n")
        case "seq":
            let numbers = arguments.compactMap { Int($0) }
            guard numbers.count == arguments.count, (1...3).contains(numbers.count) else { return 1 }
            let first = numbers.count > 1 ? numbers[0] : 1
            let increment = numbers.count == 3 ? numbers[1] : 1
            let last = numbers[numbers.count - 1]
            guard increment != 0 else { return 1 }
            var value = first
            var text = ""
            while increment > 0 ? value <= last : value >= last {
                try step()
                text += "\(value)\n"
                value += increment
            }
            try writeOutput(text)
        case "cat":
            if arguments.isEmpty {
                if let input = stdin { try writeOutput(input.map { $0 + "\n" }.joined()) }
                return 0
            }
            var code = 0
            for path in arguments {
                if let content = files[path] {
                    try writeOutput(content)
                } else {
                    writeError("cat: can't open '\(path)': No such file or directory")
                    code = 1
                }
            }
            return code
        case "touch":
            for path in arguments where !path.hasPrefix("-") && files[path] == nil {
                files[path] = ""
                run.fileChanges.append(.init(offset: clock, path: path, exists: true))
            }
        case "rm":
            for path in arguments where !path.hasPrefix("-") {
                if files.removeValue(forKey: path) != nil {
                    run.fileChanges.append(.init(offset: clock, path: path, exists: false))
                } else if !arguments.contains(where: { $0.hasPrefix("-") && $0.contains("f") }) {
                    writeError("rm: can't remove '\(path)': No such file or directory")
                    return 1
                }
            }
        case "mkdir", "kill", "ls", "basename", "dirname":
            if base == "basename", let path = arguments.first { try writeOutput((path.split(separator: "/").last.map(String.init) ?? path) + "\n") }
            return 0
        case "test", "[":
            var words = arguments
            if base == "[" {
                guard words.last == "]" else {
                    writeError("\(shellName): missing ]")
                    return 2
                }
                words.removeLast()
            }
            return test(words) ? 0 : 1
        case "expr":
            guard arguments.count == 3, let a = Int(arguments[0]), let b = Int(arguments[2]) else { return 2 }
            let result: Int
            switch arguments[1] {
            case "+": result = a &+ b
            case "-": result = a &- b
            case "*": result = a &* b
            case "/": result = b == 0 ? 0 : a / b
            case "%": result = b == 0 ? 0 : a % b
            default: return 2
            }
            try writeOutput("\(result)\n")
            return result == 0 ? 1 : 0
        case "curl", "wget", "nslookup", "getent":
            return try networkProgram(base, arguments)
        case "wc":
            let input = stdin ?? []
            try writeOutput("\(input.count)\n")
        default:
            return 127
        }
        return 0
    }

    private mutating func lines(_ arguments: [String], head: Bool) throws(Stop) -> Int {
        var count = 10
        var paths: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "-n", index + 1 < arguments.count {
                count = Int(arguments[index + 1]) ?? 10
                index += 1
            } else if argument.hasPrefix("-"), let number = Int(argument.dropFirst()) {
                count = number
            } else {
                paths.append(argument)
            }
            index += 1
        }
        var input = stdin ?? []
        if let path = paths.first {
            guard let content = files[path] else {
                writeError("\(head ? "head" : "tail"): can't open '\(path)': No such file or directory")
                return 1
            }
            input = content.split(separator: "\n").map(String.init)
        }
        let chosen = head ? Array(input.prefix(count)) : Array(input.suffix(count))
        try writeOutput(chosen.map { $0 + "\n" }.joined())
        return 0
    }

    private func test(_ words: [String]) -> Bool {
        if let first = words.first, first == "!" { return !test(Array(words.dropFirst())) }
        switch words.count {
        case 0: return false
        case 1: return !words[0].isEmpty
        case 2:
            switch words[0] {
            case "-z": return words[1].isEmpty
            case "-n": return !words[1].isEmpty
            case "-f", "-e", "-r", "-s": return files[words[1]] != nil || words[1] == "/"
            case "-d": return ["/", "/tmp", "/etc", "/var", "/usr", "/bin", "/root", "/dev", "/proc"].contains(words[1])
            default: return false
            }
        case 3:
            let (a, op, b) = (words[0], words[1], words[2])
            switch op {
            case "=", "==": return a == b
            case "!=": return a != b
            default:
                guard let x = Int(a), let y = Int(b) else { return false }
                switch op {
                case "-eq": return x == y
                case "-ne": return x != y
                case "-lt": return x < y
                case "-le": return x <= y
                case "-gt": return x > y
                case "-ge": return x >= y
                default: return false
                }
            }
        default:
            if let and = words.firstIndex(of: "-a") { return test(Array(words[..<and])) && test(Array(words[(and + 1)...])) }
            if let or = words.firstIndex(of: "-o") { return test(Array(words[..<or])) || test(Array(words[(or + 1)...])) }
            return false
        }
    }

    /// `sleep`'s operand: seconds with an optional `s`, `m`, `h` or `d` suffix, or `infinity`.
    static func duration(_ text: String) -> Double? {
        if text == "infinity" || text == "inf" { return .infinity }
        var number = Substring(text)
        var factor = 1.0
        switch text.last {
        case "s": number = number.dropLast()
        case "m":
            number = number.dropLast()
            factor = 60
        case "h":
            number = number.dropLast()
            factor = 3600
        case "d":
            number = number.dropLast()
            factor = 86_400
        default: break
        }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        return value * factor
    }

    private func date(_ arguments: [String]) -> String {
        let time = context.start.adding(seconds: clock)
        let civil = CivilTime(epochSeconds: time.seconds)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        var format = "%a %b %e %H:%M:%S %Z %Y"
        if let custom = arguments.first(where: { $0.hasPrefix("+") }) { format = String(custom.dropFirst()) }
        if arguments.contains("-Iseconds") || arguments.contains("--iso-8601=seconds") { format = "%Y-%m-%dT%H:%M:%S+00:00" }
        var result = ""
        var iterator = format.makeIterator()
        while let c = iterator.next() {
            guard c == "%", let code = iterator.next() else {
                result.append(c)
                continue
            }
            switch code {
            case "a": result += weekdays[civil.weekday]
            case "b", "h": result += months[civil.month - 1]
            case "e": result += civil.day < 10 ? " \(civil.day)" : String(civil.day)
            case "d": result += two(civil.day)
            case "m": result += two(civil.month)
            case "Y": result += String(civil.year)
            case "H": result += two(civil.hour)
            case "M": result += two(civil.minute)
            case "S": result += two(civil.second)
            case "T": result += "\(two(civil.hour)):\(two(civil.minute)):\(two(civil.second))"
            case "F": result += "\(civil.year)-\(two(civil.month))-\(two(civil.day))"
            case "Z": result += "UTC"
            case "z": result += "+0000"
            case "s": result += String(time.seconds)
            case "%": result += "%"
            default: result += "%" + String(code)
            }
        }
        return result
    }

    private static func unescape(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            guard c == "\\", let next = iterator.next() else {
                result.append(c)
                continue
            }
            switch next {
            case "n": result += "\n"
            case "t": result += "\t"
            case "\\": result += "\\"
            default: result += "\\" + String(next)
            }
        }
        return result
    }

    /// `printf FORMAT ARGS…` with `%s`, `%d`, `%%` and the usual escapes; the format repeats while arguments remain.
    private static func printf(_ format: String, _ arguments: [String]) -> String {
        var result = ""
        var remaining = arguments[...]
        repeat {
            var iterator = unescape(format).makeIterator()
            while let c = iterator.next() {
                guard c == "%", let code = iterator.next() else {
                    result.append(c)
                    continue
                }
                switch code {
                case "s": result += remaining.popFirst() ?? ""
                case "d", "i": result += String(Int(remaining.popFirst() ?? "0") ?? 0)
                case "%": result += "%"
                default: result += "%" + String(code)
                }
            }
        } while !remaining.isEmpty && format.contains("%")
        return result
    }
}
