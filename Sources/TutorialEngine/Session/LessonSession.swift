import ClusterModel
import Kubectl
import Sandbox

/// A learner working through one lesson: the shell hands it every line; it runs meta-commands itself, runs
/// everything else in its `Sandbox`, evaluates the current step's checks and prints feedback through the host.
///
/// The same type runs headless in tests and in script mode: output goes to whatever `KubectlHost` is passed.
/// Its whole state follows from the lesson, the seed and the lines typed (with their virtual times), which is
/// how progress is saved and resumed.
public struct LessonSession: Sendable {
    /// The lesson.
    public let lesson: Lesson
    /// The language of the texts.
    public internal(set) var language: String
    /// The cluster and working directory. The shell may advance `sandbox.cluster` as wall-clock time passes
    /// (then call `timeDidPass(host:)`), and keeps it when the learner leaves with `play`.
    public var sandbox: Sandbox
    /// The seed of the cluster.
    public let seed: UInt64
    /// The index of the step being worked on (the first unfinished one); `steps.count` when finished.
    public internal(set) var frontier: Int
    /// The index of the step shown by `task` (lower than `frontier` after `back`).
    public internal(set) var viewing: Int
    /// Finished step ids, in order.
    public internal(set) var completedSteps: [String]
    /// Resolved bindings (`oldPod` → `nginx-deployment-…`).
    public internal(set) var bindings: [String: String]
    /// Hints shown with `hint`, per step id.
    public internal(set) var hintsUsed: [String: Int]
    /// Steps whose solution was run.
    public internal(set) var solutionViewed: [String]
    /// Every line typed, with virtual times, for replay.
    public internal(set) var log: [LoggedLine]

    var options: LessonSessionOptions
    var runtime: StepRuntime
    var checkpoints: [Int: Checkpoint] = [:]
    var awaitingConfirmation = false
    var replaying = false
    /// True while `solution` replays a step's commands: they are not the learner's attempts.
    var runningSolution = false

    /// A session at the beginning of the lesson (nothing printed yet: call `start(host:)`).
    public init(lesson: Lesson, options: LessonSessionOptions = LessonSessionOptions()) {
        self.lesson = lesson
        self.options = options
        self.language = lesson.language(for: options.language)
        self.seed = options.seed
        self.sandbox = Sandbox(seed: options.seed, files: lesson.files, realDirectory: options.realDirectory)
        self.frontier = 0
        self.viewing = 0
        self.completedSteps = []
        self.bindings = [:]
        self.hintsUsed = [:]
        self.solutionViewed = []
        self.log = []
        self.runtime = StepRuntime(entrySequence: 0)
    }

    /// The meta-commands a lesson understands, with help in both languages.
    public static let metaCommands: [MetaCommandInfo] = [
        MetaCommandInfo(name: "task", usage: "task", summary: ["en": "show the current step and its checklist again", "zh-CN": "重新显示当前步骤及检查项"]),
        MetaCommandInfo(name: "hint", usage: "hint", summary: ["en": "show the next hint for this step", "zh-CN": "显示本步骤的下一条提示"]),
        MetaCommandInfo(name: "solution", usage: "solution", summary: ["en": "run this step's solution (asks first)", "zh-CN": "运行本步骤的解答（会先确认）"]),
        MetaCommandInfo(name: "next", usage: "next", summary: ["en": "go to the next step (when this one is done)", "zh-CN": "进入下一步（本步骤完成后）"]),
        MetaCommandInfo(name: "back", usage: "back", summary: ["en": "look at the previous step again", "zh-CN": "回顾上一步"]),
        MetaCommandInfo(name: "reset", usage: "reset [lesson]", summary: ["en": "start this step again, or the whole lesson", "zh-CN": "重新开始本步骤，或整个课程"]),
        MetaCommandInfo(name: "progress", usage: "progress", summary: ["en": "show how far you are", "zh-CN": "显示学习进度"]),
        MetaCommandInfo(name: "lessons", usage: "lessons", summary: ["en": "list the lessons and your progress", "zh-CN": "列出所有课程及进度"]),
        MetaCommandInfo(name: "lang", usage: "lang zh-CN|en", summary: ["en": "switch the language of the lesson", "zh-CN": "切换课程语言"]),
        MetaCommandInfo(name: "play", usage: "play", summary: ["en": "leave the lesson and keep this cluster to experiment", "zh-CN": "离开课程，保留当前集群自由实验"]),
    ]

    /// True when every step is finished.
    public var isFinished: Bool { frontier >= lesson.definition.steps.count }

    /// A short label for the prompt: `pod-termination 3/8`, or `pod-termination ✓` when finished.
    public var promptLabel: String {
        let count = lesson.definition.steps.count
        return isFinished ? "\(lesson.id) ✓" : "\(lesson.id) \(frontier + 1)/\(count)"
    }

    /// The id of the step being worked on, nil when finished.
    public var currentStepID: String? { isFinished ? nil : lesson.definition.steps[frontier].id }

    /// Prints the lesson title and the first step, and records that the lesson started.
    public mutating func start(host: some KubectlHost) {
        say("## " + lesson.title(language: language), host: host, asHeading: true)
        enterStep(0, host: host)
        saveProgress(host: host)
    }

    /// Handles one line: a meta-command, or a shell-language line run in the sandbox, then evaluates the
    /// current step and prints feedback (newly passed checks, step completion, the next step's text).
    @discardableResult
    public mutating func handle(line: String, host: some KubectlHost) -> LessonReply {
        let start = sandbox.cluster.now
        let reply = process(line: line, host: host)
        switch reply {
        case .unknownCommand: break
        case .command(let outcome) where outcome.kind == .empty: break
        default:
            log.append(LoggedLine(line: line, start: start.milliseconds, end: sandbox.cluster.now.milliseconds))
            saveProgress(host: host)
        }
        return reply
    }

    /// Re-evaluates the current step after virtual time passed without a command (the shell calls this while
    /// the learner is idle in a terminal), printing feedback if something changed.
    public mutating func timeDidPass(host: some KubectlHost) {
        let before = frontier
        evaluate(host: host, afterCommand: false)
        if frontier != before {
            let now = sandbox.cluster.now.milliseconds
            log.append(LoggedLine(line: "", start: now, end: now))
            saveProgress(host: host)
        }
    }

    mutating func process(line: String, host: some KubectlHost) -> LessonReply {
        // An attached container shell (`kubectl exec -it … -- sh`) takes every line, `next` and `exit` included, until
        // its `exit`: the lesson's words mean nothing there.
        if sandbox.attachment != nil { return runCommand(line, host: host, checked: false) }
        let trimmed = line.trimmingSpaces()
        if awaitingConfirmation {
            awaitingConfirmation = false
            if ["y", "yes", "是", "好"].contains(trimmed.lowercased()) {
                runSolution(host: host)
                return .meta
            }
            say(EngineText.solutionCancelled(language), host: host)
            if trimmed.isEmpty { return .meta }
        }
        let words = (try? ShellWords.split(trimmed)) ?? trimmed.split(separator: " ").map(String.init)
        if let pipeline = try? Pipeline.split(trimmed), pipeline.isPipe,
            let first = Pipeline.firstCommandWords(trimmed)?.first, Self.metaCommands.contains(where: { $0.name == first })
        {
            say(EngineText.metaNotPiped(language, first), host: host)
            return .refused
        }
        if let first = words.first, let reply = handleMeta(first, Array(words.dropFirst()), host: host) {
            return reply
        }
        return runCommand(line, host: host, checked: true)
    }

    /// Runs a shell-language line; `checked` applies the forbid and "ahead of time" rules.
    mutating func runCommand(_ line: String, host: some KubectlHost, checked: Bool) -> LessonReply {
        var parsed: KubectlCommand?
        // Only the first command of a pipeline is kubectl: `kubectl delete pod x --force | cat` is still a forced delete.
        if let words = Pipeline.firstCommandWords(line), let first = words.first, first == "kubectl" || first == "k" {
            parsed = try? Kubectl.parse(Array(words.dropFirst()))
        }
        if checked, let command = parsed {
            var refusal: String?
            if let rule = forbiddenRule(for: command) {
                refusal = text("forbid.\(rule.id)")
            } else if let ahead = aheadStep(for: command) {
                refusal = EngineText.aheadOfStep(language, String(ahead + 1))
            }
            if let refusal {
                say(refusal, host: host)
                say(EngineText.refused(language), host: host, style: .dim)
                triggerCommandHints(command, host: host)
                return .refused
            }
        }
        let outcome = sandbox.run(line, host: host)
        switch outcome.kind {
        case .unknownCommand(let word): return .unknownCommand(word)
        case .empty: return .command(outcome)
        case .kubectl, .builtin:
            if !isFinished { runtime.observations += outcome.observations }
            if checked, let command = parsed { triggerCommandHints(command, host: host) }
            let counts = outcome.kind == .kubectl || outcome.changedCluster
            evaluate(host: host, afterCommand: counts)
            return .command(outcome)
        }
    }
}
