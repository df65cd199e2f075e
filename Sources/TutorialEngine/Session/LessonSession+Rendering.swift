import Kubectl

extension LessonSession {
    /// The renderer for the session's width and style.
    var renderer: MarkdownRenderer { MarkdownRenderer(width: options.width, style: options.style) }

    /// A lesson text section in the current language with bindings filled in (unresolved ones as `<name>`).
    func text(_ key: String) -> String {
        Placeholders.substitute(lesson.text(key, language: language)) { bindings[$0] ?? "<\($0)>" }
    }

    /// Writes Markdown (or a raw line) followed by a blank line.
    func say(_ markdown: String, host: some KubectlHost, style: TextStyle = .plain, raw: Bool = false, asHeading: Bool = false) {
        if raw {
            host.write(markdown + "\n")
            return
        }
        if style != .plain {
            let lines = TextWrapper.wrap(StyledRun.parseInline(markdown).map { StyledRun($0.text, $0.style == .plain ? style : $0.style) },
                                         width: options.width, style: options.style)
            host.write(lines.joined(separator: "\n") + "\n\n")
            return
        }
        let source = asHeading ? "### " + markdown.dropFirst(3) : markdown
        host.write(renderer.render(String(source)) + "\n")
    }

    /// One checklist line: `✓ done: label` / `✗ not yet: label` (symbol and words, never colour alone).
    func checklistLine(_ check: CheckDefinition, passed: Bool) -> String {
        let stepID = lesson.definition.steps[frontier].id
        let separator = language == "zh-CN" ? "：" : ": "
        let mark = passed ? "✓ " + EngineText.checkPassed(language) : "✗ " + EngineText.checkNotYet(language)
        let runs = [StyledRun(mark + separator, passed ? .success : .failure)] + StyledRun.parseInline(text("check.\(stepID).\(check.id)"))
        return TextWrapper.wrap(runs, width: options.width, firstIndent: "  ", indent: "    ", style: options.style).joined(separator: "\n")
    }

    /// The checklist of step `index` with the latest results.
    func checklist(_ index: Int) -> String {
        let step = lesson.definition.steps[index]
        guard !step.checks.isEmpty else { return "" }
        var lines = [options.style.apply(.bold, to: EngineText.checklist(language))]
        for check in step.checks {
            let passed = index < frontier || runtime.results[check.id] == true
            lines.append(index == frontier ? checklistLine(check, passed: passed) : checklistLineForReview(check, step: step.id))
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    func checklistLineForReview(_ check: CheckDefinition, step: String) -> String {
        let separator = language == "zh-CN" ? "：" : ": "
        let runs = [StyledRun("✓ " + EngineText.checkPassed(language) + separator, .success)] + StyledRun.parseInline(text("check.\(step).\(check.id)"))
        return TextWrapper.wrap(runs, width: options.width, firstIndent: "  ", indent: "    ", style: options.style).joined(separator: "\n")
    }

    /// Prints step `index`: header, instructions, checklist, and what to type next.
    func printStep(_ index: Int, host: some KubectlHost) {
        guard index < lesson.definition.steps.count else {
            say(EngineText.finishedAlready(language), host: host)
            return
        }
        let step = lesson.definition.steps[index]
        let header = EngineText.stepHeader(language, String(index + 1), String(lesson.definition.steps.count))
        host.write(renderer.render("### " + header) + "\n")
        host.write(renderer.render(text("step.\(step.id)")) + "\n")
        host.write(checklist(index))
        if index < frontier {
            say(EngineText.reviewing(language), host: host, style: .dim)
        } else if step.kind == .read {
            say(EngineText.nextForRead(language), host: host, style: .dim)
        }
    }

    /// `progress`: where the learner is, hints and solutions used, and the current checklist.
    func printProgress(host: some KubectlHost) {
        let count = lesson.definition.steps.count
        let title = lesson.title(language: language)
        say(EngineText.progressLine(language, title, String(min(frontier + 1, count)), String(count), String(completedSteps.count)), host: host)
        let hints = hintsUsed.values.reduce(0, +)
        var lines = [EngineText.progressHints(language, String(hints))]
        if !solutionViewed.isEmpty { lines.append(EngineText.progressSolutions(language, solutionViewed.joined(separator: ", "))) }
        host.write(lines.joined(separator: "\n") + "\n\n")
        if !isFinished { host.write(checklist(frontier)) }
    }
}
