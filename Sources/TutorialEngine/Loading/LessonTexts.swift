/// The prose of a lesson in one language: sections of `text/<language>.md` keyed by id.
///
/// A section starts with a line `## <key>` and runs to the next such line; keys are `title`, `summary`,
/// `finish`, `step.<step>`, `explain.<step>`, `check.<step>.<check>`, `hint.<step>.<hint>` and
/// `forbid.<rule>`. Inside sections, use `###` (or deeper) for headings; `#` and `##` lines inside fenced
/// code blocks are ignored.
public struct LessonTexts: Hashable, Sendable {
    /// The language code, e.g. `zh-CN`.
    public var language: String
    /// Section bodies (Markdown, without surrounding blank lines) keyed by section key.
    public var sections: [String: String]

    /// Texts from already-split sections.
    public init(language: String, sections: [String: String]) {
        self.language = language
        self.sections = sections
    }

    /// The section `key`, or nil.
    public subscript(key: String) -> String? { sections[key] }

    /// Parses a text file; errors carry the line number.
    public static func parse(_ text: String, language: String, lesson: String, file: String) throws(LessonLoadError) -> LessonTexts {
        var sections: [String: String] = [:]
        var currentKey: String?
        var body: [String] = []
        var inFence = false
        func fail(_ line: Int, _ message: String) -> LessonLoadError {
            LessonLoadError(lesson: lesson, file: file, line: line, column: 1, message: message)
        }
        func finish() {
            guard let key = currentKey else { return }
            while let first = body.first, first.trimmingSpaces().isEmpty { body.removeFirst() }
            while let last = body.last, last.trimmingSpaces().isEmpty { body.removeLast() }
            sections[key] = body.joined(separator: "\n")
            body = []
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            if line.trimmingSpaces().hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("## ") {
                finish()
                let key = String(line.dropFirst(3)).trimmingSpaces()
                guard isValidKey(key) else {
                    throw fail(number, "'\(key)' is not a section key (title, summary, finish, step.<id>, explain.<id>, check.<step>.<id>, hint.<step>.<id>, forbid.<id>)")
                }
                guard sections[key] == nil, key != currentKey else { throw fail(number, "section '\(key)' appears twice") }
                currentKey = key
                continue
            }
            if !inFence, line.hasPrefix("# ") || line == "#" || line.hasPrefix("##") && !line.hasPrefix("###") {
                throw fail(number, "headings inside a section use ### or deeper; '#' and '##' are reserved")
            }
            if currentKey == nil {
                guard line.trimmingSpaces().isEmpty else { throw fail(number, "text before the first '## <key>' section") }
                continue
            }
            body.append(line)
        }
        if inFence { throw fail(lines.count, "unterminated ``` code block") }
        finish()
        return LessonTexts(language: language, sections: sections)
    }

    /// Whether `key` has the shape of a section key.
    static func isValidKey(_ key: String) -> Bool {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy(LessonIdentifier.isValid) else { return false }
        switch parts[0] {
        case "title", "summary", "finish": return parts.count == 1
        case "step", "explain", "forbid": return parts.count == 2
        case "check", "hint": return parts.count == 3
        default: return false
        }
    }
}
