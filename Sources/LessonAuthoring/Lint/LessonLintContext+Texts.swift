import Foundation

import TutorialEngine

extension LessonLintContext {
    /// The `## key` lines of a text file with their line numbers (outside code fences).
    static func sectionLines(_ text: String) -> [(key: String, line: Int)] {
        var out: [(String, Int)] = []
        var inFence = false
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.drop(while: { $0 == " " }).hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("## ") {
                out.append((String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), offset + 1))
            }
        }
        return out
    }

    /// Every declared language has every section the structure needs and no other; placeholders are bindings
    /// and the same in every language.
    mutating func checkTexts() {
        guard let definition else { return }
        let required = Lesson.requiredKeys(for: definition)
        let names = definition.bindings.map(\.name)
        var reference: (file: String, lines: [String: Int], sections: [String: String])?
        for (languageIndex, language) in definition.languages.enumerated() {
            let file = "text/\(language).md"
            guard let content = files[file] else {
                report(at: YAMLPath([.key("languages"), .index(languageIndex)]), "language '\(language)' is declared but \(file) does not exist",
                       fix: "add \(file) with a section for every step, check and hint")
                continue
            }
            let texts: LessonTexts
            do {
                texts = try LessonTexts.parse(content, language: language, lesson: folder, file: file)
            } catch {
                report(file, line: error.line ?? 1, column: error.column ?? 1, error.message)
                continue
            }
            let lines = Dictionary(Self.sectionLines(content).map { ($0.key, $0.line) }, uniquingKeysWith: { a, _ in a })
            let lastLine = content.split(separator: "\n", omittingEmptySubsequences: false).count
            for (index, key) in required.enumerated() where texts[key] == nil {
                let next = required[(index + 1)...].compactMap { lines[$0] }.first ?? lastLine
                let elsewhere = reference.flatMap { ref in ref.lines[key].map { " (\(ref.file) has it at line \($0))" } } ?? ""
                report(file, line: next, "text missing in \(language): no section '## \(key)' for \(Self.describe(key))\(elsewhere)",
                       fix: "add '## \(key)' before line \(next)")
            }
            for (key, line) in Self.sectionLines(content) where !required.contains(key) {
                report(file, line: line, "section '\(key)' is not used by lesson.yaml (\(Self.describe(key)) does not exist)",
                       fix: Spelling.didYouMean(key, among: required) ?? "remove it")
            }
            for key in required {
                guard let body = texts[key] else { continue }
                let used = Placeholders.names(in: body)
                for name in used where !names.contains(name) {
                    report(file, line: lines[key] ?? 1, "placeholder {\(name)} in section '\(key)' is not a binding",
                           fix: Spelling.suggestion(for: name, among: names).map { "did you mean {\($0)}?" } ?? "write {{ for a literal brace")
                }
                if let reference, let other = reference.sections[key] {
                    let expected = Set(Placeholders.names(in: other)), actual = Set(used)
                    if expected != actual {
                        let missing = expected.subtracting(actual).sorted().map { "{\($0)}" }
                        let extra = actual.subtracting(expected).sorted().map { "{\($0)}" }
                        var parts: [String] = []
                        if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
                        if !extra.isEmpty { parts.append("extra \(extra.joined(separator: ", "))") }
                        report(file, line: lines[key] ?? 1,
                               "placeholders in section '\(key)' differ from \(reference.file): \(parts.joined(separator: "; "))",
                               fix: "use the same placeholders in every language")
                    }
                }
            }
            if reference == nil { reference = (file, lines, texts.sections) }
        }
    }

    /// `step 'apply'`, `hint 'files' of step 'apply'` for a section key.
    static func describe(_ key: String) -> String {
        let parts = key.split(separator: ".").map(String.init)
        switch (parts.first, parts.count) {
        case ("step", 2): return "step '\(parts[1])'"
        case ("explain", 2): return "the explanation of step '\(parts[1])'"
        case ("forbid", 2): return "forbid rule '\(parts[1])'"
        case ("check", 3): return "check '\(parts[2])' of step '\(parts[1])'"
        case ("hint", 3): return "hint '\(parts[2])' of step '\(parts[1])'"
        default: return "the lesson's \(key)"
        }
    }
}
