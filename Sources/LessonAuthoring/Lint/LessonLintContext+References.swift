import TutorialEngine

extension LessonLintContext {
    /// Duplicate ids and references to steps, checks and hints that do not exist.
    mutating func checkReferences() {
        guard let definition else { return }
        let stepIDs = definition.steps.map(\.id)
        func duplicates(_ ids: [String], _ path: (Int) -> YAMLPath, _ what: String) {
            var seen: Set<String> = []
            for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
                report(at: path(index), "\(what) '\(id)' is defined twice")
            }
        }
        duplicates(stepIDs, { YAMLPath([.key("steps"), .index($0), .key("id")]) }, "step id")
        duplicates(definition.bindings.map(\.name), { YAMLPath([.key("bindings"), .index($0), .key("name")]) }, "binding")
        duplicates(definition.forbid.map(\.id), { YAMLPath([.key("forbid"), .index($0), .key("id")]) }, "forbid id")
        for (index, binding) in definition.bindings.enumerated() where !stepIDs.contains(binding.at) {
            report(at: YAMLPath([.key("bindings"), .index(index), .key("at")]),
                   "binding '\(binding.name)' is resolved at step '\(binding.at)', which is not defined",
                   fix: Spelling.didYouMean(binding.at, among: stepIDs))
        }
        for (index, rule) in definition.forbid.enumerated() {
            for (offset, step) in (rule.steps ?? []).enumerated() where !stepIDs.contains(step) {
                report(at: YAMLPath([.key("forbid"), .index(index), .key("steps"), .index(offset)]),
                       "forbid rule '\(rule.id)' names step '\(step)', which is not defined", fix: Spelling.didYouMean(step, among: stepIDs))
            }
        }
        for (index, step) in definition.steps.enumerated() {
            let stepPath = YAMLPath([.key("steps"), .index(index)])
            let checkIDs = step.checks.map(\.id)
            duplicates(checkIDs, { stepPath.appending("checks").appending($0).appending("id") }, "check id")
            duplicates(step.hints.map(\.id), { stepPath.appending("hints").appending($0).appending("id") }, "hint id")
            for (hintIndex, hint) in step.hints.enumerated() {
                if let failing = hint.unlock.failing, !checkIDs.contains(failing) {
                    report(at: stepPath.appending("hints").appending(hintIndex).appending("unlock").appending("failing"),
                           "hint '\(hint.id)' unlocks while check '\(failing)' fails, but step '\(step.id)' has no such check",
                           fix: Spelling.didYouMean(failing, among: checkIDs))
                }
            }
            if let target = step.resetTo {
                if let targetIndex = stepIDs.firstIndex(of: target) {
                    if targetIndex > index {
                        report(at: stepPath.appending("resetTo"), "resetTo '\(target)' is a later step; it must name this step or an earlier one")
                    }
                } else {
                    report(at: stepPath.appending("resetTo"), "resetTo names step '\(target)', which is not defined",
                           fix: Spelling.didYouMean(target, among: stepIDs))
                }
            }
            if step.kind != .read, step.hints.isEmpty {
                report(at: stepPath.appending("id"), "step '\(step.id)' has no hints; learners who are stuck only get the solution",
                       severity: .warning)
            }
        }
    }

    /// Every placeholder names a binding, and a binding is resolved before the steps that use it; a check that
    /// uses a binding resolved only later can never pass, which makes every later step unreachable.
    mutating func checkPlaceholders() {
        guard let definition else { return }
        let names = definition.bindings.map(\.name)
        let resolvedAt = Dictionary(definition.bindings.map { ($0.name, definition.stepIndex($0.at) ?? 0) }, uniquingKeysWith: { a, _ in a })
        func unknown(_ text: String, _ path: YAMLPath) -> [String] {
            let used = Placeholders.names(in: text)
            for name in used where !names.contains(name) {
                report(at: path, "placeholder {\(name)} in \(context(path)) is not a binding",
                       fix: Spelling.suggestion(for: name, among: names).map { "did you mean {\($0)}?" }
                           ?? (names.isEmpty ? "declare it under 'bindings'" : "bindings: \(names.joined(separator: ", "))"))
            }
            return used.filter(names.contains)
        }
        for (index, binding) in definition.bindings.enumerated() {
            let path = YAMLPath([.key("bindings"), .index(index), .key("query")])
            for (text, sub) in Self.strings(in: binding.query, path: path) {
                for name in unknown(text, sub) where names.firstIndex(of: name).map({ $0 >= index }) ?? false {
                    report(at: sub, "binding '\(binding.name)' uses {\(name)}, which is declared after it; bindings are resolved in file order")
                }
            }
        }
        for (index, rule) in definition.forbid.enumerated() {
            _ = unknown(rule.command, YAMLPath([.key("forbid"), .index(index), .key("command")]))
        }
        for (index, step) in definition.steps.enumerated() {
            let stepPath = YAMLPath([.key("steps"), .index(index)])
            func late(_ used: [String]) -> [String] { used.filter { (resolvedAt[$0] ?? 0) > index } }
            func laterStep(_ name: String) -> String { definition.steps[resolvedAt[name] ?? 0].id }
            for (offset, line) in step.expect.enumerated() {
                let path = stepPath.appending("expect").appending(offset)
                for name in late(unknown(line, path)) {
                    report(at: path, "expected command uses {\(name)}, which is resolved only when step '\(laterStep(name))' begins",
                           severity: .warning)
                }
            }
            for (offset, line) in step.solution.enumerated() {
                let path = stepPath.appending("solution").appending(offset)
                for name in late(unknown(line, path)) {
                    report(at: path, "solution line uses {\(name)}, which is resolved only when step '\(laterStep(name))' begins",
                           fix: "resolve binding '\(name)' at step '\(step.id)' or earlier")
                }
            }
            for (hintIndex, hint) in step.hints.enumerated() {
                if let command = hint.unlock.command {
                    _ = unknown(command, stepPath.appending("hints").appending(hintIndex).appending("unlock").appending("command"))
                }
            }
            for (checkIndex, check) in step.checks.enumerated() {
                let path = stepPath.appending("checks").appending(checkIndex)
                var used: [String] = []
                for (text, sub) in Self.strings(in: check.condition, path: path) { used += unknown(text, sub) }
                for name in Set(late(used)).sorted() {
                    let later = definition.steps.count - index - 1
                    report(at: path.appending("id"),
                           "check '\(check.id)' in step '\(step.id)' uses {\(name)}, which is resolved only when step '\(laterStep(name))' begins: "
                               + "the check can never pass, so step '\(step.id)' never completes and the \(later) step\(later == 1 ? "" : "s") after it "
                               + (later == 1 ? "is" : "are") + " unreachable",
                           fix: "resolve binding '\(name)' at step '\(step.id)' or earlier")
                }
            }
        }
    }

    /// The strings of a condition that may hold placeholders, with their paths.
    static func strings(in condition: CheckCondition, path: YAMLPath) -> [(String, YAMLPath)] {
        switch condition {
        case .state(let query): return strings(in: query, path: path.appending("state"))
        case .observed(let query): return strings(in: query, path: path.appending("observed"))
        case .clock(let clock):
            return [(clock.after, "after"), (clock.before, "before")].compactMap { text, key in text.map { ($0, path.appending("clock").appending(key)) } }
        case .event(let event):
            return strings(in: event.object, path: path.appending("event").appending("object"))
                + [(event.notBefore, "notBefore"), (event.before, "before")].compactMap { text, key in text.map { ($0, path.appending("event").appending(key)) } }
        case .traffic(let traffic):
            return [(traffic.servedBy, "servedBy"), (traffic.since, "since")].compactMap { text, key in text.map { ($0, path.appending("traffic").appending(key)) } }
        case .any(let options):
            return options.enumerated().flatMap { strings(in: $0.element, path: path.appending("any").appending($0.offset)) }
        }
    }

    /// The strings of a query that may hold placeholders, with their paths.
    static func strings(in query: ObjectQuery, path: YAMLPath) -> [(String, YAMLPath)] {
        var out: [(String, YAMLPath)] = []
        if let name = query.name { out.append((name, path.appending("name"))) }
        if let namespace = query.namespace { out.append((namespace, path.appending("namespace"))) }
        if let selector = query.selector { out.append((selector, path.appending("selector"))) }
        for (index, assertion) in query.where.enumerated() {
            let sub = path.appending("where").appending(index)
            out.append((assertion.path, sub.appending("path")))
            switch assertion.check {
            case .equals(let value): if let text = value.json.string { out.append((text, sub.appending("equals"))) }
            case .notEquals(let value): if let text = value.json.string { out.append((text, sub.appending("notEquals"))) }
            case .matches(let text): out.append((text, sub.appending("matches")))
            default: break
            }
        }
        return out
    }
}
