import ClusterModel
import Kubectl
import Sandbox

extension LessonSession {
    /// Handles a meta-command; nil when `word` is not one.
    mutating func handleMeta(_ word: String, _ arguments: [String], host: some KubectlHost) -> LessonReply? {
        switch word {
        case "task":
            printStep(viewing, host: host)
        case "hint":
            showHint(host: host)
        case "solution":
            if isFinished {
                say(EngineText.finishedAlready(language), host: host)
            } else if lesson.definition.steps[frontier].kind == .read {
                say(EngineText.nextForRead(language), host: host)
            } else {
                awaitingConfirmation = true
                say(EngineText.solutionConfirm(language), host: host)
            }
        case "next":
            goNext(host: host)
        case "back":
            if viewing == 0 {
                say(EngineText.atFirstStep(language), host: host)
            } else {
                viewing -= 1
                printStep(viewing, host: host)
            }
        case "reset":
            if arguments == ["lesson"] {
                resetLesson(host: host)
            } else if arguments.isEmpty {
                resetStep(host: host)
            } else {
                say(EngineText.unknownArgument(language, "`reset` | `reset lesson`"), host: host)
            }
        case "progress":
            printProgress(host: host)
        case "lessons":
            if let catalog = options.catalog {
                host.write(catalog.render(language: language, width: options.width, style: options.style))
            } else {
                say("- `\(lesson.id)`: " + lesson.title(language: language), host: host)
            }
        case "lang":
            guard arguments.count == 1, let wanted = LanguagePreference.normalize(arguments[0]),
                lesson.definition.languages.contains(wanted)
            else {
                say(EngineText.languageUnknown(language, arguments.joined(separator: " "), lesson.definition.languages.joined(separator: ", ")), host: host)
                return .meta
            }
            language = wanted
            say(EngineText.languageSwitched(language), host: host)
            printStep(viewing, host: host)
        case "play":
            if replaying { return .meta }
            say(EngineText.leavingToPlay(language, lesson.id), host: host)
            return .leave
        default:
            return nil
        }
        return .meta
    }

    /// `next`: forward through reviewed steps, past a read step, or explain what is missing.
    mutating func goNext(host: some KubectlHost) {
        if viewing < frontier {
            viewing += 1
            printStep(viewing, host: host)
            return
        }
        if isFinished {
            say(EngineText.finishedAlready(language), host: host)
            return
        }
        if lesson.definition.steps[frontier].kind == .read {
            completedSteps.append(lesson.definition.steps[frontier].id)
            frontier += 1
            viewing = frontier
            if isFinished {
                say(text("finish"), host: host)
            } else {
                enterStep(frontier, host: host)
            }
            return
        }
        say(EngineText.notDoneYet(language), host: host)
        host.write(checklist(frontier))
        say(EngineText.useHintOrSolution(language), host: host, style: .dim)
    }

    /// `hint`: the next available hint of the ladder.
    mutating func showHint(host: some KubectlHost) {
        guard !isFinished else {
            say(EngineText.finishedAlready(language), host: host)
            return
        }
        let step = lesson.definition.steps[frontier]
        let results = currentResults()
        runtime.results = results
        let available = availableHints(results)
        guard let hint = available.first(where: { !runtime.shownHints.contains($0.id) }) else {
            if step.hints.allSatisfy({ runtime.shownHints.contains($0.id) }) || step.hints.isEmpty {
                say(EngineText.lastHint(language), host: host)
            } else {
                say(EngineText.noHintYet(language), host: host)
            }
            return
        }
        runtime.shownHints.append(hint.id)
        runtime.announced.insert(hint.id)
        hintsUsed[step.id, default: 0] += 1
        say(EngineText.hintHeader(language) + " " + text("hint.\(step.id).\(hint.id)"), host: host)
        if step.hints.allSatisfy({ runtime.shownHints.contains($0.id) }) {
            say(EngineText.lastHint(language), host: host, style: .dim)
        }
    }

    /// Restores the checkpoint of `index` and makes it the current step (without printing).
    mutating func rewind(to index: Int) {
        guard let checkpoint = checkpoints[index] else { return }
        sandbox = checkpoint.sandbox
        bindings = checkpoint.bindings
        let stepIDs = Set(lesson.definition.steps[index...].map(\.id))
        completedSteps.removeAll { stepIDs.contains($0) }
        for key in checkpoints.keys where key > index { checkpoints[key] = nil }
        frontier = index
        viewing = index
    }

    /// `reset`: back to the start of the current step (or of its `resetTo` step).
    mutating func resetStep(host: some KubectlHost) {
        guard !isFinished else {
            say(EngineText.finishedAlready(language), host: host)
            return
        }
        let step = lesson.definition.steps[frontier]
        let target = step.resetTo.flatMap(lesson.definition.stepIndex) ?? frontier
        rewind(to: target)
        say(EngineText.resetStep(language, String(target + 1)), host: host)
        enterStep(target, host: host)
    }

    /// `reset lesson`: a fresh cluster, no progress.
    mutating func resetLesson(host: some KubectlHost) {
        sandbox = Sandbox(seed: seed, files: lesson.files, realDirectory: options.realDirectory)
        completedSteps = []
        bindings = [:]
        hintsUsed = [:]
        solutionViewed = []
        checkpoints = [:]
        log = []
        say(EngineText.resetLesson(language), host: host)
        enterStep(0, host: host)
    }

    /// Runs the current step's solution from the step's start (or from its `resetTo` step), showing each line.
    mutating func runSolution(host: some KubectlHost) {
        guard !isFinished else { return }
        let original = frontier
        let target = lesson.definition.steps[original].resetTo.flatMap(lesson.definition.stepIndex) ?? original
        for index in target...original where !solutionViewed.contains(lesson.definition.steps[index].id) {
            solutionViewed.append(lesson.definition.steps[index].id)
        }
        say(EngineText.solutionReplaying(language), host: host, style: .dim)
        runningSolution = true
        defer { runningSolution = false }
        rewind(to: target)
        runtime = StepRuntime(entrySequence: sandbox.cluster.lastSequence)
        for index in target...original {
            guard frontier == index else { break }
            if index > target || runtime.observations.isEmpty {
                // Fresh tracking for the step being solved, without printing its text again.
                runtime = StepRuntime(entrySequence: sandbox.cluster.lastSequence)
                resolveBindings()
                runtime.results = currentResults()
            }
            for line in lesson.definition.steps[index].solution {
                let concrete = Placeholders.substitute(line, values: bindings)
                host.write(options.style.apply(.code, to: "$ " + concrete) + "\n")
                _ = runCommand(concrete, host: host, checked: false)
                if frontier != index { break }
            }
            if frontier == index {
                say(EngineText.solutionIncomplete(language), host: host)
                break
            }
        }
    }
}
