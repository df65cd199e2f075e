import Kubectl
import TutorialEngine
import Yams

extension LessonLintContext {
    /// Scenario files (`tests/*.yaml`) follow the format and name steps, checks, hints and forbid rules that exist.
    mutating func checkScenarios() {
        let metaWords = LessonSession.metaCommands.map(\.name) + ["y", "yes"]
        for file in files.keys.sorted() where file.hasPrefix("tests/") && (file.hasSuffix(".yaml") || file.hasSuffix(".yml")) {
            let text = files[file]!
            guard let parsed = parseYAML(file, { try YAMLAliasBudget.compose(text) }), let node = parsed else { continue }
            let issues = SchemaValidator(schema: ScenarioSchema.node).validate(node)
            for issue in issues {
                report(file, issue.atKey ? issue.path.keyMark(in: node) : issue.path.valueMark(in: node), issue.message, fix: issue.fix)
            }
            guard let definition else { continue }
            let stepIDs = definition.steps.map(\.id)
            for (index, scenario) in LessonScenario.parse(node).enumerated() {
                let path = YAMLPath([.key("scenarios"), .index(index)])
                func at(_ sub: YAMLPath) -> Mark? { sub.valueMark(in: node) }
                guard let step = definition.steps.first(where: { $0.id == scenario.at }) else {
                    report(file, at(path.appending("at")), "scenario '\(scenario.name)' starts at step '\(scenario.at)', which is not defined",
                           fix: Spelling.didYouMean(scenario.at, among: stepIDs))
                    continue
                }
                for (offset, line) in scenario.type.enumerated() {
                    let first = line.split(separator: " ").first.map(String.init) ?? ""
                    if !first.isEmpty, !Self.shellLanguage.contains(first), !metaWords.contains(first) {
                        report(file, at(path.appending("type").appending(offset)),
                               "'\(line)' runs '\(first)', which is neither the shell language nor a lesson meta-command; lessons never run host commands")
                    }
                }
                for (offset, expectation) in scenario.expect.enumerated() {
                    let known: [String]
                    let what: String
                    switch expectation.kind {
                    case .completed, .notCompleted: (known, what) = (stepIDs, "step")
                    case .failing, .passing: (known, what) = (step.checks.map(\.id), "check of step '\(step.id)'")
                    case .hintShown: (known, what) = (step.hints.map(\.id), "hint of step '\(step.id)'")
                    case .refused: (known, what) = (definition.forbid.map(\.id) + ["ahead"], "forbid rule")
                    case .output: continue
                    }
                    if !known.contains(expectation.value) {
                        report(file, at(path.appending("expect").appending(offset).appending(expectation.kind.rawValue)),
                               "scenario '\(scenario.name)' expects \(expectation.kind.rawValue) '\(expectation.value)', but there is no such \(what)",
                               fix: Spelling.didYouMean(expectation.value, among: known))
                    }
                }
            }
        }
    }
}
