import ClusterModel
import Kubectl
import Sandbox
import TutorialEngine

/// Drives a headless `LessonSession` as a learner would: types lines, replays step solutions, and tracks what
/// the current step's checks see (observations since the step began, latched `observed` checks) through the
/// engine's public `CheckEnvironment`, so that single checks can be judged.
struct SolutionDriver {
    /// How a step's solution went.
    enum StepOutcome: Equatable {
        /// A read step: `next` moved on.
        case advanced
        /// The step completed after this many solution lines.
        case completed(afterLines: Int)
        /// Every line ran but these checks still fail.
        case incomplete(failing: [String])
        /// A line could not run as typed.
        case failed(String)
    }

    /// The session.
    var session: LessonSession
    /// Collects everything the session prints.
    let host = BufferedKubectlHost()
    /// Objects displayed since the current step began.
    var observations: [Observation] = []
    /// The change-feed sequence when the current step began.
    var entrySequence = 0
    /// `observed` checks of the current step that passed once.
    var seen: Set<String> = []
    /// The cluster at the lesson start, at every step entry and after every step, for "can this check fail" tests.
    var snapshots: [(cluster: Cluster, sequence: Int)] = []

    /// A started session (its opening text goes to `host`).
    init(lesson: Lesson, options: LessonSessionOptions) {
        var options = options
        options.store = nil
        session = LessonSession(lesson: lesson, options: options)
        session.start(host: host)
        noteEntry()
    }

    /// The steps of the lesson.
    var steps: [StepDefinition] { session.lesson.definition.steps }

    /// Types one line; returns the session's reply.
    @discardableResult
    mutating func type(_ line: String) -> LessonReply {
        let before = session.frontier
        let reply = session.handle(line: line, host: host)
        if case .command(let outcome) = reply { observations += outcome.observations }
        let word = line.split(separator: " ").first.map(String.init) ?? ""
        if session.frontier != before || ["reset", "y", "yes"].contains(word) {
            noteEntry()
        } else {
            _ = results()
        }
        return reply
    }

    /// Starts tracking a new step.
    mutating func noteEntry() {
        observations = []
        seen = []
        entrySequence = session.sandbox.cluster.lastSequence
        snapshots.append((session.sandbox.cluster, entrySequence))
    }

    /// The current step's check results, latching `observed` checks as the session does.
    mutating func results() -> [String: Bool] {
        guard !session.isFinished else { return [:] }
        let environment = CheckEnvironment(cluster: session.sandbox.cluster, bindings: session.bindings, observations: observations,
                                           stepStartSequence: entrySequence)
        var out: [String: Bool] = [:]
        for check in steps[session.frontier].checks {
            var passed = environment.evaluate(check.condition)
            if check.condition.isObservation {
                if passed { seen.insert(check.id) } else if seen.contains(check.id) { passed = true }
            }
            out[check.id] = passed
        }
        return out
    }

    /// The ids of the current step's failing checks, in order.
    mutating func failingChecks() -> [String] {
        guard !session.isFinished else { return [] }
        let results = self.results()
        return steps[session.frontier].checks.map(\.id).filter { results[$0] != true }
    }

    /// Runs the current step's solution line by line as typed input (so forbid and ahead-of-time rules apply).
    mutating func solveCurrentStep() -> StepOutcome {
        let index = session.frontier
        let step = steps[index]
        if step.kind == .read {
            type("next")
            return session.frontier > index ? .advanced : .failed("`next` did not leave the read step")
        }
        for (offset, line) in step.solution.enumerated() {
            let concrete = Placeholders.substitute(line, values: session.bindings)
            if let missing = Placeholders.names(in: concrete).first {
                return .failed("solution line \(offset + 1) '\(line)' uses {\(missing)}, which is not resolved yet")
            }
            host.clearOutput()
            let reply = type(concrete)
            switch reply {
            case .refused:
                return .failed("solution line \(offset + 1) '\(concrete)' was refused: \(Self.firstLine(host.combinedOutput))")
            case .unknownCommand(let word):
                return .failed("solution line \(offset + 1) '\(concrete)': '\(word)' is not a shell-language command")
            case .meta, .leave:
                return .failed("solution line \(offset + 1) '\(concrete)' is a meta-command, not a shell line")
            case .command(let outcome):
                if outcome.exitCode != 0 {
                    return .failed("solution line \(offset + 1) '\(concrete)' exited with status \(outcome.exitCode): \(Self.firstLine(host.standardError))")
                }
            }
            if session.frontier != index { return .completed(afterLines: offset + 1) }
        }
        return .incomplete(failing: failingChecks())
    }

    /// The first non-empty line of a text.
    static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? "")
    }
}
