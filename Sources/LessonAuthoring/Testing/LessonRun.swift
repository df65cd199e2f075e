import ClusterModel
import TutorialEngine

/// One test run of a lesson in one language with one seed: the golden path (every step's checks fail before its
/// solution and pass after), checks that can never fail, and the scripted scenarios.
struct LessonRun {
    /// The lesson.
    let lesson: Lesson
    /// The language of the texts.
    let language: String
    /// The cluster seed.
    let seed: UInt64
    /// Scripted wrong paths.
    let scenarios: [LessonScenario]

    /// The terminal width of headless sessions (texts are rendered with it for output matching).
    static let width = 100

    /// What the run found: problems (empty when it passed) and language-independent verdicts, which must be
    /// identical for every language with the same seed.
    struct Result {
        var failures: [String] = []
        var verdicts: [String] = []
    }

    var options: LessonSessionOptions {
        LessonSessionOptions(seed: seed, language: language, width: Self.width, style: TerminalStyle(colors: false))
    }

    /// Runs everything.
    func execute() -> Result {
        var result = Result()
        goldenPath(&result)
        for scenario in scenarios { run(scenario, &result) }
        return result
    }

    /// Replays every solution in order, requiring each step to fail on entry and pass after its solution.
    func goldenPath(_ result: inout Result) {
        var driver = SolutionDriver(lesson: lesson, options: options)
        let steps = lesson.definition.steps
        var expected = 0
        func skipped(upTo index: Int) {
            for step in steps[expected..<index] where step.kind != .read {
                result.failures.append("step '\(step.id)' passes as soon as it begins, before its solution: its checks cannot fail there")
                result.verdicts.append("\(step.id): passed on entry")
            }
        }
        while !driver.session.isFinished {
            let index = driver.session.frontier
            skipped(upTo: index)
            let step = steps[index]
            if step.kind != .read {
                result.verdicts.append("\(step.id): failing on entry: \(driver.failingChecks().joined(separator: ", "))")
            }
            switch driver.solveCurrentStep() {
            case .advanced:
                result.verdicts.append("\(step.id): read")
            case .completed(let lines):
                result.verdicts.append("\(step.id): completed after \(lines) of \(step.solution.count) solution lines")
            case .incomplete(let failing):
                result.failures.append("step '\(step.id)': the solution does not reach the step's goal; still failing: \(failing.joined(separator: ", "))")
                result.verdicts.append("\(step.id): incomplete")
                return
            case .failed(let message):
                result.failures.append("step '\(step.id)': \(message)")
                result.verdicts.append("\(step.id): failed")
                return
            }
            expected = index + 1
        }
        skipped(upTo: steps.count)
        driver.noteEntry()
        neverFailing(driver, &result)
    }

    /// Checks that hold at every snapshot of the run (lesson start, each step boundary, the end) can never fail.
    func neverFailing(_ driver: SolutionDriver, _ result: inout Result) {
        let bindings = driver.session.bindings
        for step in lesson.definition.steps where step.kind != .read {
            for check in step.checks {
                let alwaysHolds = driver.snapshots.allSatisfy { snapshot in
                    CheckEnvironment(cluster: snapshot.cluster, bindings: bindings, stepStartSequence: snapshot.sequence).evaluate(check.condition)
                }
                if alwaysHolds {
                    result.failures.append("step '\(step.id)': check '\(check.id)' can never fail: it holds at every point of the run, "
                        + "from the empty cluster to the end, so it proves nothing")
                    result.verdicts.append("\(step.id).\(check.id): never fails")
                }
            }
        }
    }

    /// Plays one scenario and judges its expectations.
    func run(_ scenario: LessonScenario, _ result: inout Result) {
        let label = "scenario '\(scenario.name)'"
        guard let target = lesson.definition.stepIndex(scenario.at) else {
            result.failures.append("\(label): no step '\(scenario.at)'")
            return
        }
        var driver = SolutionDriver(lesson: lesson, options: options)
        while driver.session.frontier < target {
            let step = driver.session.currentStepID ?? ""
            switch driver.solveCurrentStep() {
            case .failed(let message):
                result.failures.append("\(label): cannot reach step '\(scenario.at)': step '\(step)': \(message)")
                result.verdicts.append("\(label): unreachable")
                return
            case .incomplete:
                result.failures.append("\(label): cannot reach step '\(scenario.at)': the solution of step '\(step)' does not complete it")
                result.verdicts.append("\(label): unreachable")
                return
            default: continue
            }
        }
        driver.host.clearOutput()
        var refused = false
        for line in scenario.type {
            if case .refused = driver.type(Placeholders.substitute(line, values: driver.session.bindings)) { refused = true }
        }
        let transcript = driver.host.combinedOutput
        let renderer = MarkdownRenderer(width: Self.width, style: TerminalStyle(colors: false))
        func shown(_ markdown: String) -> Bool {
            let rendered = renderer.render(Placeholders.substitute(markdown, values: driver.session.bindings))
            let trimmed = String(rendered.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            return !trimmed.isEmpty && transcript.contains(trimmed)
        }
        let atStep = driver.session.frontier == target
        let results = atStep ? driver.results() : [:]
        for expectation in scenario.expect {
            let holds: Bool
            switch expectation.kind {
            case .completed: holds = driver.session.completedSteps.contains(expectation.value)
            case .notCompleted: holds = !driver.session.completedSteps.contains(expectation.value)
            case .refused:
                holds = refused && (expectation.value == "ahead" || shown(lesson.text("forbid.\(expectation.value)", language: language)))
            case .hintShown:
                holds = shown(EngineText.hintHeader(language) + " " + lesson.text("hint.\(scenario.at).\(expectation.value)", language: language))
            case .failing: holds = atStep && results[expectation.value] == false
            case .passing: holds = !atStep || results[expectation.value] == true
            case .output: holds = transcript.contains(expectation.value)
            }
            result.verdicts.append("\(label): \(expectation): \(holds ? "holds" : "does not hold")")
            if !holds { result.failures.append("\(label): expected \(expectation), but it does not hold") }
        }
    }
}
