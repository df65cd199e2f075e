import Foundation
import Kubectl
import Sandbox
import TutorialEngine

extension LessonLintContext {
    /// The shell language a lesson may use: kubectl and the sandbox's built-ins, nothing of the host.
    static let shellLanguage = Sandbox.commandNames

    /// Verbs that change the cluster (a later step's expected command of this kind is refused as "ahead of time").
    static let stateChangingVerbs: Set<String> = [
        "apply", "create", "delete", "scale", "patch", "edit", "label", "annotate", "replace", "set", "rollout", "expose",
        "run", "cordon", "uncordon", "drain", "taint", "autoscale",
    ]

    /// Dummy values for placeholders, distinct per binding, so that patterns can be parsed and compared.
    var dummyBindings: [String: String] {
        Dictionary((definition?.bindings ?? []).map { ($0.name, "x-" + $0.name.lowercased()) }, uniquingKeysWith: { a, _ in a })
    }

    /// kubectl commands in expect, forbid and hint patterns parse; solution lines use only the shell language,
    /// parse, read only lesson files, and would not be refused by the lesson itself.
    mutating func checkCommands() {
        guard let definition else { return }
        let dummies = dummyBindings
        let fileNames = Set(definition.files.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
        for (index, rule) in definition.forbid.enumerated() {
            _ = pattern(rule.command, at: YAMLPath([.key("forbid"), .index(index), .key("command")]))
        }
        for (index, step) in definition.steps.enumerated() {
            let stepPath = YAMLPath([.key("steps"), .index(index)])
            let rules = definition.forbid.filter { $0.steps.map { $0.contains(step.id) } ?? true }
            for (hintIndex, hint) in step.hints.enumerated() {
                if let command = hint.unlock.command {
                    _ = pattern(command, at: stepPath.appending("hints").appending(hintIndex).appending("unlock").appending("command"))
                }
            }
            for (offset, line) in step.expect.enumerated() {
                let path = stepPath.appending("expect").appending(offset)
                guard pattern(line, at: path) != nil, let command = try? Self.parseKubectl(Placeholders.substitute(line, values: dummies)) else { continue }
                checkFiles(command.filenames, known: fileNames, at: path)
                if let rule = rules.first(where: { (try? CommandPattern($0.command))?.isContained(in: command, bindings: dummies) ?? false }) {
                    report(at: path, "expected command '\(line)' is refused by forbid rule '\(rule.id)' in step '\(step.id)': the learner cannot do what the step asks",
                           fix: "narrow the rule with 'steps:' or change the command")
                }
            }
            for (offset, line) in step.solution.enumerated() {
                let path = stepPath.appending("solution").appending(offset)
                let concrete = Placeholders.substitute(line, values: dummies)
                let words: [String]
                do {
                    words = try ShellWords.split(concrete)
                } catch {
                    report(at: path, "solution line '\(line)' cannot be split into words: \(error)")
                    continue
                }
                guard let first = words.first else { continue }
                // Other first words are host commands, reported by the schema's shellLine pattern.
                guard Self.shellLanguage.contains(first) else { continue }
                if first == "cat" || first == "ls" {
                    checkFiles(words.dropFirst().filter { !$0.hasPrefix("-") }, known: fileNames, at: path)
                    continue
                }
                guard first == "kubectl" || first == "k" else { continue }
                let command: KubectlCommand
                do {
                    command = try Kubectl.parse(Array(words.dropFirst()))
                } catch {
                    report(at: path, "solution line '\(line)' does not parse: \(Self.firstLine(error.message))")
                    continue
                }
                checkFiles(command.filenames, known: fileNames, at: path)
                if let rule = rules.first(where: { (try? CommandPattern($0.command))?.isContained(in: command, bindings: dummies) ?? false }) {
                    report(at: path, "solution line '\(line)' is refused by forbid rule '\(rule.id)' in step '\(step.id)'; a learner typing it would be refused",
                           fix: "narrow the rule with 'steps:' or change the solution")
                }
                if Self.stateChangingVerbs.contains(command.verb) {
                    for later in definition.steps.indices where later > index {
                        for expected in definition.steps[later].expect {
                            if let compiled = try? CommandPattern(expected), compiled.matchesMeaning(command, bindings: dummies) {
                                report(at: path, "solution line '\(line)' is step '\(definition.steps[later].id)''s expected command; the lesson refuses it in step '\(step.id)' as ahead of time")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Parses a command pattern, reporting why it does not parse.
    mutating func pattern(_ text: String, at path: YAMLPath) -> CommandPattern? {
        do {
            return try CommandPattern(text)
        } catch {
            report(at: path, "'\(text)' in \(context(path)) is not a kubectl command this shell understands: \(Self.firstLine(error.message))")
            return nil
        }
    }

    /// File arguments must be lesson files: relative, inside the folder, listed in `files`.
    mutating func checkFiles(_ paths: [String], known: Set<String>, at path: YAMLPath) {
        for file in paths where file != "-" {
            if !Self.staysInside(file) {
                report(at: path, "'\(file)' leaves the lesson folder; lessons may only read their own files", fix: "list the file under 'files' and use its name")
            } else if !known.contains(file.hasPrefix("./") ? String(file.dropFirst(2)) : file) {
                report(at: path, "'\(file)' is not one of the lesson's files", fix: known.isEmpty ? "list it under 'files'" : Spelling.didYouMean(file, among: known.sorted()) ?? "list it under 'files'")
            }
        }
    }

    /// `kubectl …`/`k …` parsed.
    static func parseKubectl(_ line: String) throws -> KubectlCommand {
        let words = try ShellWords.split(line)
        return try Kubectl.parse(Array(words.dropFirst()))
    }

    /// The first line of a message.
    static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? "").trimmingCharacters(in: .whitespaces)
    }
}
