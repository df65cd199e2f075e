import ClusterModel
import Kubectl
import Sandbox

extension LessonSession {
    /// The environment the current step's checks see.
    var checkEnvironment: CheckEnvironment {
        CheckEnvironment(cluster: sandbox.cluster, bindings: bindings, observations: runtime.observations,
                         stepStartSequence: runtime.entrySequence)
    }

    /// Resolves the bindings due at or before the current step that are still unresolved.
    mutating func resolveBindings() {
        let steps = lesson.definition.steps
        for binding in lesson.definition.bindings where bindings[binding.name] == nil {
            guard let at = lesson.definition.stepIndex(binding.at), at <= min(frontier, steps.count - 1) else { continue }
            if let value = checkEnvironment.resolve(binding) { bindings[binding.name] = value }
        }
    }

    /// Evaluates every check of the current step, latching observations.
    mutating func currentResults() -> [String: Bool] {
        guard !isFinished else { return [:] }
        resolveBindings()
        let environment = checkEnvironment
        var results: [String: Bool] = [:]
        for check in lesson.definition.steps[frontier].checks {
            var passed = environment.evaluate(check.condition)
            if check.condition.isObservation {
                if passed { runtime.seen.insert(check.id) } else if runtime.seen.contains(check.id) { passed = true }
            }
            results[check.id] = passed
        }
        return results
    }

    /// The first failing check of the current step.
    func firstFailing(_ results: [String: Bool]) -> String? {
        guard !isFinished else { return nil }
        return lesson.definition.steps[frontier].checks.first { results[$0.id] != true }?.id
    }

    /// Evaluates the current step; prints checks that changed, completes the step when all pass, and
    /// announces hints that became available.
    mutating func evaluate(host: some KubectlHost, afterCommand: Bool) {
        guard !isFinished else { return }
        let step = lesson.definition.steps[frontier]
        guard step.kind != .read else { return }
        let results = currentResults()
        let previous = runtime.results
        runtime.results = results
        let allPassed = step.checks.allSatisfy { results[$0.id] == true }
        for check in step.checks where previous[check.id] != nil && previous[check.id] != results[check.id] {
            say(checklistLine(check, passed: results[check.id] == true), host: host, raw: true)
        }
        if allPassed {
            completeStep(host: host)
            return
        }
        if runningSolution { return }
        if afterCommand { runtime.attempts += 1 }
        let available = availableHints(results).filter { !runtime.shownHints.contains($0.id) && !runtime.announced.contains($0.id) }
        let conditional = available.filter { $0.unlock != HintUnlock() && $0.unlock.command == nil }
        if !conditional.isEmpty {
            for hint in available { runtime.announced.insert(hint.id) }
            say(EngineText.hintAvailable(language), host: host, style: .dim)
        }
    }

    /// The hints of the current step whose unlock rule holds, in ladder order.
    func availableHints(_ results: [String: Bool]) -> [HintDefinition] {
        guard !isFinished else { return [] }
        let failing = firstFailing(results)
        return lesson.definition.steps[frontier].hints.filter { hint in
            if let attempts = hint.unlock.attempts, runtime.attempts < attempts { return false }
            if let check = hint.unlock.failing, check != failing { return false }
            if hint.unlock.command != nil, !runtime.triggered.contains(hint.id) { return false }
            return true
        }
    }

    /// Marks the current step finished, shows its explanation and enters the next one.
    mutating func completeStep(host: some KubectlHost) {
        let step = lesson.definition.steps[frontier]
        say("✓ " + EngineText.stepDone(language), host: host, style: .success)
        if step.explain { say(text("explain.\(step.id)"), host: host) }
        completedSteps.append(step.id)
        frontier += 1
        viewing = frontier
        if isFinished {
            say(text("finish"), host: host)
            say("✓ " + EngineText.lessonFinished(language), host: host, style: .success)
        } else {
            enterStep(frontier, host: host)
        }
    }

    /// Starts step `index`: checkpoint, bindings, fresh tracking, its text and checklist; passes at once if
    /// its checks already hold.
    mutating func enterStep(_ index: Int, host: some KubectlHost) {
        if checkpoints[index] == nil { checkpoints[index] = Checkpoint(sandbox: sandbox, bindings: bindings) }
        frontier = index
        viewing = index
        runtime = StepRuntime(entrySequence: sandbox.cluster.lastSequence)
        resolveBindings()
        let results = currentResults()
        runtime.results = results
        printStep(index, host: host)
        if lesson.definition.steps[index].kind != .read, lesson.definition.steps[index].checks.allSatisfy({ results[$0.id] == true }) {
            completeStep(host: host)
        }
    }

    /// The forbid rule matching `command` in the current step.
    func forbiddenRule(for command: KubectlCommand) -> ForbidRule? {
        let stepID = currentStepID
        return lesson.definition.forbid.first { rule in
            if let steps = rule.steps, !(stepID.map(steps.contains) ?? false) { return false }
            return (try? CommandPattern(rule.command))?.isContained(in: command, bindings: bindings) ?? false
        }
    }

    /// The later step whose expected command `command` is, when it changes the cluster (run it too early and
    /// the story breaks).
    func aheadStep(for command: KubectlCommand) -> Int? {
        guard !isFinished, Self.stateChangingVerbs.contains(command.verb) else { return nil }
        var loose = bindings
        for binding in lesson.definition.bindings where loose[binding.name] == nil { loose[binding.name] = "*" }
        let steps = lesson.definition.steps
        for index in steps.indices where index > frontier {
            for expected in steps[index].expect {
                if let pattern = try? CommandPattern(expected), pattern.matchesMeaning(command, bindings: loose) { return index }
            }
        }
        return nil
    }

    static let stateChangingVerbs: Set<String> = [
        "apply", "create", "delete", "scale", "patch", "edit", "label", "annotate", "replace", "set", "rollout", "expose",
        "run", "cordon", "uncordon", "drain", "taint", "autoscale",
    ]

    /// Fires `command`-triggered hints of the current step and shows them at once.
    mutating func triggerCommandHints(_ command: KubectlCommand, host: some KubectlHost) {
        guard !isFinished else { return }
        for hint in lesson.definition.steps[frontier].hints {
            guard let pattern = hint.unlock.command, !runtime.triggered.contains(hint.id),
                let compiled = try? CommandPattern(pattern), compiled.isContained(in: command, bindings: bindings)
            else { continue }
            runtime.triggered.insert(hint.id)
            if availableHints(runtime.results).contains(where: { $0.id == hint.id }) {
                runtime.shownHints.append(hint.id)
                say(EngineText.hintHeader(language) + " " + text("hint.\(lesson.definition.steps[frontier].id).\(hint.id)"), host: host)
            }
        }
    }
}
