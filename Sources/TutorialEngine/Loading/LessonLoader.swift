import ClusterModel
import Kubectl
import Yams

/// Reads and validates lessons: structure, texts and files, strictly (unknown fields, unknown or missing
/// sections, unknown placeholders and dangling ids are errors with their position).
public enum LessonLoader {
    /// Loads a lesson from its files.
    public static func load(_ bundle: LessonBundle) throws(LessonLoadError) -> Lesson {
        let lessonName = bundle.origin == "built-in" ? "lessons/\(bundle.id)" : bundle.origin
        func fail(_ file: String, _ message: String, _ mark: Mark? = nil) -> LessonLoadError {
            LessonLoadError(lesson: lessonName, file: file, line: mark?.line, column: mark?.column, message: message)
        }
        func fail(_ file: String, _ message: String, _ position: TextPosition?) -> LessonLoadError {
            LessonLoadError(lesson: lessonName, file: file, line: position?.line, column: position?.column, message: message)
        }
        guard let yaml = bundle.files["lesson.yaml"] else { throw fail("lesson.yaml", "missing file") }
        let root: Node
        do {
            guard let node = try YAMLAliasBudget.compose(yaml) else { throw fail("lesson.yaml", "empty file") }
            root = node
        } catch let error as LessonLoadError {
            throw error
        } catch let error as YAMLAliasBudget.Exceeded {
            throw fail("lesson.yaml", error.description, nil as Mark?)
        } catch let error as YamlError {
            throw Self.yamlError(error, lesson: lessonName)
        } catch {
            throw fail("lesson.yaml", "\(error)")
        }
        if let key = Self.complexKey(in: root) {
            let what = if case .mapping = key { "a mapping" } else { "a list" }
            throw fail("lesson.yaml", "a key must be a string, not \(what)", key.mark)
        }
        let definition: LessonDefinition
        do {
            definition = try YAMLDecoder().decode(LessonDefinition.self, from: root)
        } catch let error as DecodingError {
            let (path, message) = Self.describe(error)
            let shown = message.hasPrefix("unknown field") ? Array(path.dropLast()) : path
            let where_ = YAMLPosition.describe(shown)
            throw fail("lesson.yaml", where_.isEmpty ? message : "\(where_): \(message)", YAMLPosition.mark(of: root, at: path))
        } catch let error as YamlError {
            throw Self.yamlError(error, lesson: lessonName)
        } catch {
            throw fail("lesson.yaml", "\(error)")
        }
        func at(_ path: [Any]) -> Mark? {
            YAMLPosition.mark(of: root, at: path.map { item -> any CodingKey in
                if let index = item as? Int { return AnyCodingKey(intValue: index)! }
                return AnyCodingKey(item as! String)
            })
        }
        guard definition.id == bundle.id else {
            throw fail("lesson.yaml", "id '\(definition.id)' must equal the folder name '\(bundle.id)'", at(["id"]))
        }

        // Ids and references.
        var stepIDs: Set<String> = []
        let bindingNames = definition.bindings.map(\.name)
        for (index, binding) in definition.bindings.enumerated() {
            guard bindingNames.filter({ $0 == binding.name }).count == 1 else {
                throw fail("lesson.yaml", "binding '\(binding.name)' is defined twice", at(["bindings", index, "name"]))
            }
            guard definition.stepIndex(binding.at) != nil else {
                throw fail("lesson.yaml", "binding '\(binding.name)': no step '\(binding.at)'", at(["bindings", index, "at"]))
            }
            try checkQuery(binding.query, path: ["bindings", index, "query"])
        }
        for (index, step) in definition.steps.enumerated() {
            guard stepIDs.insert(step.id).inserted else {
                throw fail("lesson.yaml", "step id '\(step.id)' is used twice", at(["steps", index, "id"]))
            }
            var checkIDs: Set<String> = []
            for (checkIndex, check) in step.checks.enumerated() {
                guard checkIDs.insert(check.id).inserted else {
                    throw fail("lesson.yaml", "check id '\(check.id)' is used twice in step '\(step.id)'", at(["steps", index, "checks", checkIndex, "id"]))
                }
                try checkCondition(check.condition, path: ["steps", index, "checks", checkIndex])
            }
            var hintIDs: Set<String> = []
            for (hintIndex, hint) in step.hints.enumerated() {
                guard hintIDs.insert(hint.id).inserted else {
                    throw fail("lesson.yaml", "hint id '\(hint.id)' is used twice in step '\(step.id)'", at(["steps", index, "hints", hintIndex, "id"]))
                }
                if let failing = hint.unlock.failing, !checkIDs.contains(failing) {
                    throw fail("lesson.yaml", "hint '\(hint.id)': step '\(step.id)' has no check '\(failing)'", at(["steps", index, "hints", hintIndex, "unlock", "failing"]))
                }
                if let pattern = hint.unlock.command {
                    try checkCommand(pattern, path: ["steps", index, "hints", hintIndex, "unlock", "command"])
                }
            }
            if let target = step.resetTo {
                guard let targetIndex = definition.stepIndex(target), targetIndex <= index else {
                    throw fail("lesson.yaml", "resetTo '\(target)' must name this step or an earlier one", at(["steps", index, "resetTo"]))
                }
            }
            for (lineIndex, line) in step.expect.enumerated() { try checkCommand(line, path: ["steps", index, "expect", lineIndex]) }
            for (lineIndex, line) in step.solution.enumerated() { try checkPlaceholders(line, path: ["steps", index, "solution", lineIndex]) }
        }
        var forbidIDs: Set<String> = []
        for (index, rule) in definition.forbid.enumerated() {
            guard forbidIDs.insert(rule.id).inserted else {
                throw fail("lesson.yaml", "forbid id '\(rule.id)' is used twice", at(["forbid", index, "id"]))
            }
            for step in rule.steps ?? [] where !stepIDs.contains(step) {
                throw fail("lesson.yaml", "forbid '\(rule.id)': no step '\(step)'", at(["forbid", index, "steps"]))
            }
            try checkCommand(rule.command, path: ["forbid", index, "command"])
        }

        func checkPlaceholders(_ text: String, path: [Any]) throws(LessonLoadError) {
            for name in Placeholders.names(in: text) where !bindingNames.contains(name) {
                throw fail("lesson.yaml", "unknown placeholder {\(name)} (bindings: \(bindingNames.joined(separator: ", ")))", at(path))
            }
        }
        func checkCommand(_ text: String, path: [Any]) throws(LessonLoadError) {
            try checkPlaceholders(text, path: path)
            do {
                _ = try CommandPattern(text)
            } catch {
                throw fail("lesson.yaml", "'\(text)' is not a command this shell understands: \(error)", at(path))
            }
        }
        func checkQuery(_ query: ObjectQuery, path: [Any]) throws(LessonLoadError) {
            guard ResourceType.lookup(query.resource) != nil else {
                throw fail("lesson.yaml", "unknown resource '\(query.resource)'", at(path + ["resource"]))
            }
            for (index, assertion) in query.where.enumerated() {
                try checkPlaceholders(assertion.path, path: path + ["where", index, "path"])
                if case .equals(let value) = assertion.check, let text = value.json.string { try checkPlaceholders(text, path: path + ["where", index]) }
                if case .notEquals(let value) = assertion.check, let text = value.json.string { try checkPlaceholders(text, path: path + ["where", index]) }
                if case .matches(let pattern) = assertion.check, (try? Regex(pattern)) == nil {
                    throw fail("lesson.yaml", "'\(pattern)' is not a regular expression", at(path + ["where", index, "matches"]))
                }
                guard FieldPath.parse(assertion.path) != nil else {
                    throw fail("lesson.yaml", "'\(assertion.path)' is not a field path (e.g. status.phase, endpoints[targetRef.name={oldPod}].conditions.ready)", at(path + ["where", index, "path"]))
                }
            }
            if let name = query.name { try checkPlaceholders(name, path: path + ["name"]) }
            if let selector = query.selector {
                try checkPlaceholders(selector, path: path + ["selector"])
                let sample = Placeholders.substitute(selector) { _ in "x" }
                do { _ = try LabelSelector(parsing: sample) } catch {
                    throw fail("lesson.yaml", "selector '\(selector)': \(error.message)", at(path + ["selector"]))
                }
            }
        }
        func checkCondition(_ condition: CheckCondition, path: [Any]) throws(LessonLoadError) {
            switch condition {
            case .state(let query): try checkQuery(query, path: path + ["state"])
            case .observed(let query): try checkQuery(query, path: path + ["observed"])
            case .event(let query):
                try checkQuery(query.object, path: path + ["event", "object"])
                for text in [query.notBefore, query.before].compactMap({ $0 }) { try checkPlaceholders(text, path: path + ["event"]) }
            case .clock(let clock):
                for text in [clock.after, clock.before].compactMap({ $0 }) { try checkPlaceholders(text, path: path + ["clock"]) }
            case .traffic(let traffic):
                for text in [traffic.servedBy, traffic.since].compactMap({ $0 }) { try checkPlaceholders(text, path: path + ["traffic"]) }
            case .any(let options):
                for (index, option) in options.enumerated() { try checkCondition(option, path: path + ["any", index]) }
            }
        }

        // Files for the working directory.
        var files: [String: String] = [:]
        for (index, name) in definition.files.enumerated() {
            guard let content = bundle.files[name] else {
                throw fail("lesson.yaml", "file '\(name)' is not in the lesson folder", at(["files", index]))
            }
            files[(name.split(separator: "/").last).map(String.init) ?? name] = content
        }

        // Texts.
        let required = Lesson.requiredKeys(for: definition)
        var texts: [String: LessonTexts] = [:]
        for language in definition.languages {
            let file = "text/\(language).md"
            guard let content = bundle.files[file] else { throw fail(file, "missing file (the lesson lists language '\(language)')") }
            let parsed = try LessonTexts.parse(content, language: language, lesson: lessonName, file: file)
            for key in required where parsed[key] == nil {
                throw fail(file, "missing section '## \(key)'")
            }
            for key in parsed.sections.keys.sorted() where !required.contains(key) {
                throw fail(file, "section '## \(key)' does not belong to any step, check, hint or rule of lesson.yaml", lineOf(key, in: content))
            }
            for key in required {
                for name in Placeholders.names(in: parsed[key]!) where !bindingNames.contains(name) {
                    throw fail(file, "section '\(key)': unknown placeholder {\(name)}", lineOf(key, in: content))
                }
            }
            texts[language] = parsed
        }
        let first = definition.languages[0]
        for language in definition.languages.dropFirst() {
            for key in required {
                let expected = Set(Placeholders.names(in: texts[first]![key]!))
                let actual = Set(Placeholders.names(in: texts[language]![key]!))
                guard expected == actual else {
                    throw fail("text/\(language).md", "section '\(key)' uses placeholders \(actual.sorted()) but text/\(first).md uses \(expected.sorted())",
                               lineOf(key, in: bundle.files["text/\(language).md"]!))
                }
            }
        }
        return Lesson(definition: definition, texts: texts, files: files, contentHash: bundle.contentHash, origin: bundle.origin)
    }

    /// The position of `## key` in a text file.
    static func lineOf(_ key: String, in content: String) -> TextPosition? {
        for (offset, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix("## ") && line.dropFirst(3).trimmingCharacters() == key {
            return TextPosition(line: offset + 1, column: 1)
        }
        return nil
    }

    static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        case .keyNotFound(let key, let context):
            return (context.codingPath, "missing field '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected \(typeName(type)), found nothing")
        @unknown default:
            return ([], "\(error)")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [String].Type, is [Any].Type: return "a list"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") || name.contains("KeyedDecodingContainer") { return "a mapping" }
            if name.contains("StepKind") { return "one of read, task, observe" }
            if name.contains("BindingPick") { return "one of only, oldest, newest" }
            return "a mapping"
        }
    }

    /// The first mapping key that is a list or a mapping (YAML allows them; lesson fields are names).
    static func complexKey(in node: Node) -> Node? {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if case .scalar = key {} else { return key }
                if let inner = complexKey(in: value) { return inner }
            }
            return nil
        case .sequence(let sequence):
            for item in sequence { if let inner = complexKey(in: item) { return inner } }
            return nil
        case .scalar, .alias:
            return nil
        }
    }

    static func yamlError(_ error: YamlError, lesson: String) -> LessonLoadError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let message = context.map { "\($0.text) \(problem)" } ?? problem
            return LessonLoadError(lesson: lesson, file: "lesson.yaml", line: mark.line, column: mark.column, message: message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LessonLoadError(lesson: lesson, file: "lesson.yaml", line: context.mark.line, column: context.mark.column,
                                   message: "duplicate field \(duplicates.joined(separator: ", "))")
        case .reader(let problem, let offset, _, let yaml):
            // libyaml's reader counts bytes; the position is the line and column of that byte.
            guard let offset, offset >= 0 else { return LessonLoadError(lesson: lesson, file: "lesson.yaml", message: problem) }
            let before = yaml.utf8.prefix(offset)
            let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let column = String(decoding: before.reversed().prefix { $0 != UInt8(ascii: "\n") }.reversed(), as: UTF8.self).count + 1
            return LessonLoadError(lesson: lesson, file: "lesson.yaml", line: line, column: column, message: problem)
        default:
            return LessonLoadError(lesson: lesson, file: "lesson.yaml", message: "\(error)")
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String { String(self).trimmingSpaces() }
}
