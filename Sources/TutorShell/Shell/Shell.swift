import ClusterModel
import Kubectl
import LineEditor
import Sandbox
import TutorialEngine

/// The tutor's shell: reads lines, runs them in a free sandbox or a guided lesson, and reports how it ended.
///
/// On a terminal it uses the line editor, colors its prompt and lets virtual time follow the wall clock.
/// In script mode (stdin or stdout not a terminal) it reads plain lines, prints no prompt, moves virtual
/// time only through explicit commands, keeps going after a failing command, and exits with status 0 only
/// if every command succeeded.
public final class Shell {
    /// Where lines go: a free sandbox, or a lesson (which owns its sandbox).
    enum Mode {
        case play(Sandbox)
        case lesson(LessonSession)
    }

    var mode: Mode
    let configuration: ShellConfiguration
    let services: LessonServices
    let reader: any LineReading
    let sink: any OutputSink
    /// The sink, remembering whether a command's output ended its last line.
    private let lineEnds: LineEndTracker
    private let wallClock = WallClock()
    private var lastWallTime: Double
    private var failures = 0

    /// Creates a shell in a free sandbox.
    public init(
        configuration: ShellConfiguration, services: LessonServices, reader: any LineReading, sink: any OutputSink
    ) {
        self.configuration = configuration
        self.services = services
        self.reader = reader
        self.lineEnds = LineEndTracker(wrapping: sink)
        self.sink = lineEnds
        self.mode = .play(
            Sandbox(
                seed: configuration.seed, files: PlayFiles.files(realDirectory: configuration.workingDirectory),
                realDirectory: configuration.workingDirectory))
        self.lastWallTime = wallClock.seconds()
    }

    /// The sandbox lines currently run in.
    public var sandbox: Sandbox {
        switch mode {
        case .play(let sandbox): return sandbox
        case .lesson(let session): return session.sandbox
        }
    }

    /// The lesson in progress, if any.
    public var lesson: LessonSession? {
        if case .lesson(let session) = mode { return session }
        return nil
    }

    /// What running one line asks of the loop.
    enum LineVerdict: Equatable {
        case next(succeeded: Bool)
        case exit
    }

    /// Reads and runs lines until `exit` or the end of input; returns the process exit status.
    public func run() -> Int32 {
        loop: while true {
            if configuration.interactive {
                // Output without a final newline would put the prompt after it: end the line first.
                lineEnds.endLine()
                reader.prompt = prompt()
            }
            switch reader.readLine() {
            case .line(let line):
                switch execute(line) {
                case .exit: break loop
                case .next(let succeeded):
                    if !succeeded { failures += 1 }
                }
            case .interrupted:
                continue
            case .endOfInput:
                break loop
            }
        }
        reader.close()
        if configuration.interactive { return 0 }
        return failures == 0 ? 0 : 1
    }

    /// Starts (or resumes) a lesson and makes it the shell's mode.
    public func startLesson(_ lesson: Lesson, seed: UInt64? = nil) {
        let options = services.sessionOptions(
            seed: seed ?? configuration.seed, realDirectory: configuration.workingDirectory)
        let session = LessonSession.begin(lesson: lesson, options: options, host: makeHost())
        mode = .lesson(session)
        lastWallTime = wallClock.seconds()
    }

    /// Makes a prepared lesson session (for example an author's preview at a given step) the shell's mode.
    public func adoptLesson(_ session: LessonSession) {
        var session = session
        _ = session.handle(line: "task", host: makeHost())
        mode = .lesson(session)
        lastWallTime = wallClock.seconds()
    }

    /// Options for a lesson session started by this shell.
    public func lessonOptions(seed: UInt64? = nil) -> LessonSessionOptions {
        services.sessionOptions(seed: seed ?? configuration.seed, realDirectory: configuration.workingDirectory)
    }

    /// Runs one line and says whether it succeeded or asked to leave.
    func execute(_ line: String) -> LineVerdict {
        let trimmed = line.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .next(succeeded: true) }
        followWallClock()
        defer { lastWallTime = wallClock.seconds() }
        // A Ctrl-C pressed at the prompt belongs to that line, not to the command about to run; one pressed
        // after this point (even before a blocking command starts waiting) stops the command.
        if configuration.interactive { _ = InterruptFlag.consume() }
        let firstWord = String(trimmed.prefix { !$0.isWhitespace })
        let arguments = trimmed.dropFirst(firstWord.count).trimmingWhitespace()
        // An attached container shell takes every line (its `exit` ends the session, not the tutor).
        if let builtin = ShellBuiltin(rawValue: firstWord), sandbox.attachment == nil {
            if let pipeline = try? Pipeline.split(trimmed), pipeline.isPipe {
                return runBuiltinIntoPipe(builtin, line: trimmed, pipeline: pipeline)
            }
            return runBuiltin(builtin, arguments: arguments)
        }
        let host = makeHost()
        switch mode {
        case .play(var sandbox):
            let outcome = sandbox.run(line, host: host)
            mode = .play(sandbox)
            if case .unknownCommand(let word) = outcome.kind {
                reportUnknownCommand(word)
                return .next(succeeded: false)
            }
            return .next(succeeded: outcome.succeeded)
        case .lesson(var session):
            let reply = session.handle(line: line, host: host)
            mode = .lesson(session)
            switch reply {
            case .meta: return .next(succeeded: true)
            case .command(let outcome): return .next(succeeded: outcome.succeeded)
            case .refused: return .next(succeeded: false)
            case .unknownCommand(let word):
                reportUnknownCommand(word)
                return .next(succeeded: false)
            case .leave:
                mode = .play(session.sandbox)
                sink.write(
                    "Free play: the cluster stays as it is. learn \(session.lesson.id) returns to the lesson.\n")
                return .next(succeeded: true)
            }
        }
    }


    /// `help | grep …` and `lessons | grep …`: the text through the filters; the other words cannot be piped.
    private func runBuiltinIntoPipe(_ builtin: ShellBuiltin, line: String, pipeline: Pipeline) -> LineVerdict {
        let language = lesson?.language ?? services.language ?? "en"
        let text: String
        switch builtin {
        case .help:
            let meta =
                lesson == nil
                ? []
                : LessonSession.metaCommands.filter { ShellBuiltin(rawValue: $0.name) == nil }
                    .map { ($0.usage, $0.summary(in: language)) }
            let topic = (try? ShellWords.split(pipeline.commands[0]))?.dropFirst().joined(separator: " ") ?? ""
            text = HelpText.render(
                topic: topic, colors: false, interactive: configuration.interactive, lessonCommands: meta, language: language)
        case .lessons:
            text = services.catalog.render(language: language, width: services.width, style: TerminalStyle(colors: false))
        case .exit, .quit, .clear, .learn:
            sink.writeError(
                language.hasPrefix("zh")
                    ? "error: \(builtin.rawValue) 的输出不能接管道；管道可用在 kubectl、echo、cat、ls、date、clock、help 和 lessons 之后\n"
                    : "error: \(builtin.rawValue) cannot be piped; pipes work after kubectl, echo, cat, ls, date, clock, help and lessons\n")
            return .next(succeeded: false)
        }
        return .next(succeeded: Sandbox.filter(text, through: line, host: makeHost()) == 0)
    }

    private func runBuiltin(_ builtin: ShellBuiltin, arguments: String) -> LineVerdict {
        switch builtin {
        case .exit, .quit:
            return .exit
        case .help:
            let language = lesson?.language ?? "en"
            let meta =
                lesson == nil
                ? []
                : LessonSession.metaCommands.filter { ShellBuiltin(rawValue: $0.name) == nil }
                    .map { ($0.usage, $0.summary(in: language)) }
            sink.write(
                HelpText.render(
                    topic: arguments, colors: configuration.colors, interactive: configuration.interactive,
                    lessonCommands: meta, language: lesson?.language ?? services.language ?? "en"))
            return .next(succeeded: true)
        case .clear:
            if configuration.interactive { sink.write("\u{1B}[H\u{1B}[2J") }
            return .next(succeeded: true)
        case .lessons:
            let language = lesson?.language ?? services.language ?? "en"
            sink.write(services.catalog.render(language: language, width: services.width, style: services.style))
            return .next(succeeded: true)
        case .learn:
            guard !arguments.isEmpty, let lesson = services.catalog.lesson(id: arguments) else {
                let known = services.catalog.lessons.map(\.id).joined(separator: ", ")
                sink.writeError(
                    arguments.isEmpty
                        ? "learn: name a lesson, e.g. learn pod-termination (lessons: \(known))\n"
                        : "learn: no lesson \"\(arguments)\" (lessons: \(known))\n")
                return .next(succeeded: false)
            }
            startLesson(lesson)
            return .next(succeeded: true)
        }
    }

    /// All the words the shell understands as the first word of a line.
    var commandNames: [String] {
        var names = ShellBuiltin.allCases.map(\.rawValue) + Sandbox.commandNames
        if lesson != nil { names += LessonSession.metaCommands.map(\.name) }
        return Array(Set(names)).sorted()
    }

    /// Completion candidates for the first argument of shell-level commands.
    var argumentCompletions: [String: [String]] {
        [
            "clock": ["pause", "resume", "speed"], "learn": services.catalog.lessons.map(\.id),
            "lang": ["en", "zh-CN"], "reset": ["lesson"],
        ]
    }

    private func reportUnknownCommand(_ word: String) {
        var message = "unknown command \"\(word)\""
        if let suggestion = CommandSuggester.suggestion(for: word, among: commandNames) {
            message += "\nDid you mean \"\(suggestion)\"?"
        }
        message += "\nType \"help\" to see what you can do here.\n"
        sink.writeError(message)
    }

    /// On a terminal, lets virtual time catch up with the real time that passed since the last command.
    private func followWallClock() {
        guard configuration.interactive else { return }
        let now = wallClock.seconds()
        let clock = sandbox.clock
        guard !clock.paused else { return }
        let elapsed = min((now - lastWallTime) * clock.speed, 30 * 86_400)
        guard elapsed > 0 else { return }
        switch mode {
        case .play(var sandbox):
            sandbox.cluster.advance(by: elapsed)
            mode = .play(sandbox)
        case .lesson(var session):
            session.sandbox.cluster.advance(by: elapsed)
            session.timeDidPass(host: makeHost())
            mode = .lesson(session)
        }
    }

    private func makeHost() -> any KubectlHost {
        let language: String
        if case .lesson(let session) = mode { language = session.language } else { language = services.language ?? "en" }
        if configuration.interactive {
            return ShellHost(sink: sink, policy: .followWallClock(sandbox.clock, wallClock), language: language)
        }
        return ShellHost(sink: sink, policy: .jumpToEvents(cap: 3600), language: language)
    }

    /// The prompt: the lesson and step, the tutor's name and the virtual time of day.
    func prompt() -> String {
        if let attachment = sandbox.attachment {
            // The attached container shell's own prompt: BusyBox's `/ # `, bash's `root@POD:/# `, dash's `# `.
            guard attachment.terminal else { return "" }
            if attachment.shell.hasSuffix("bash") { return "root@\(attachment.pod):/# " }
            return sandbox.cluster.object(.pods, namespace: attachment.namespace, name: attachment.pod).map { pod in
                let image = pod["spec"]["containers"].array?.first { $0["name"].string == attachment.container }?["image"].string ?? ""
                return image.contains("busybox") || image.contains("alpine") || image.contains("curl") ? "/ # " : "# "
            } ?? "/ # "
        }
        let time = String(sandbox.now.rfc3339.dropFirst(11).prefix(8))
        var segments: [PromptSegment] = []
        if let lesson { segments.append(PromptSegment("[\(lesson.promptLabel)] ", style: PromptStyle(color: .yellow))) }
        segments += [
            PromptSegment("k8s-tutor", style: PromptStyle(color: .green, bold: true)),
            PromptSegment(" \(time)", style: PromptStyle(color: .cyan)),
            PromptSegment("> "),
        ]
        return Prompt.build(segments, colors: configuration.colors)
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = lastIndex(where: { !$0.isWhitespace })!
        return String(self[start...end])
    }
}
