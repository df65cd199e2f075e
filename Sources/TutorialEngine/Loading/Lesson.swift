/// A loaded, validated lesson: its structure, its texts in every language and its working-directory files.
public struct Lesson: Hashable, Sendable {
    /// The structure from `lesson.yaml`.
    public var definition: LessonDefinition
    /// Texts keyed by language code.
    public var texts: [String: LessonTexts]
    /// The files put into the learner's virtual working directory (name → content).
    public var files: [String: String]
    /// The hash of the lesson's files, stored with progress.
    public var contentHash: String
    /// `built-in` or the folder the lesson was read from.
    public var origin: String

    /// A lesson.
    public init(definition: LessonDefinition, texts: [String: LessonTexts], files: [String: String], contentHash: String, origin: String) {
        self.definition = definition
        self.texts = texts
        self.files = files
        self.contentHash = contentHash
        self.origin = origin
    }

    /// The lesson id.
    public var id: String { definition.id }

    /// The language to use for `requested`: itself when available, else its base language (`zh` → `zh-CN`),
    /// else the lesson's first language.
    public func language(for requested: String?) -> String {
        let available = definition.languages
        guard let requested else { return available[0] }
        if available.contains(requested) { return requested }
        let base = requested.split(separator: "-").first.map(String.init)?.lowercased() ?? requested
        if let match = available.first(where: { $0.lowercased().hasPrefix(base) }) { return match }
        return available[0]
    }

    /// The text section `key` in `language`, falling back to the first language.
    public func text(_ key: String, language: String) -> String {
        texts[language]?[key] ?? texts[definition.languages[0]]?[key] ?? ""
    }

    /// The lesson title in `language`.
    public func title(language: String) -> String { text("title", language: language) }

    /// Every text key the structure requires, in file order.
    public static func requiredKeys(for definition: LessonDefinition) -> [String] {
        var keys = ["title", "summary"]
        for step in definition.steps {
            keys.append("step.\(step.id)")
            keys += step.checks.map { "check.\(step.id).\($0.id)" }
            keys += step.hints.map { "hint.\(step.id).\($0.id)" }
            if step.explain { keys.append("explain.\(step.id)") }
        }
        keys += definition.forbid.map { "forbid.\($0.id)" }
        keys.append("finish")
        return keys
    }
}
