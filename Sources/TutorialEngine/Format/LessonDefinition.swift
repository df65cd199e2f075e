/// The structure of a lesson, as written in `lessons/<id>/lesson.yaml`. Language-free: every text lives in
/// `text/<language>.md`, keyed by the ids used here.
public struct LessonDefinition: Codable, Hashable, Sendable {
    /// The format version; currently 1.
    public var schema: Int
    /// Stable lesson id (the folder name), e.g. `pod-termination`.
    public var id: String
    /// The languages with a text file; the first is the fallback.
    public var languages: [String]
    /// Where the lesson comes from, per language (URL of the upstream page it follows).
    public var source: [String: String]
    /// Files of the lesson folder put into the learner's virtual working directory (names kept).
    public var files: [String]
    /// Names for generated values.
    public var bindings: [BindingDefinition]
    /// Commands refused during the lesson.
    public var forbid: [ForbidRule]
    /// The steps, in order.
    public var steps: [StepDefinition]

    /// A lesson definition.
    public init(schema: Int = 1, id: String, languages: [String], source: [String: String] = [:], files: [String] = [],
                bindings: [BindingDefinition] = [], forbid: [ForbidRule] = [], steps: [StepDefinition]) {
        self.schema = schema
        self.id = id
        self.languages = languages
        self.source = source
        self.files = files
        self.bindings = bindings
        self.forbid = forbid
        self.steps = steps
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["schema", "id", "languages", "source", "files", "bindings", "forbid", "steps"])
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        schema = try container.required(Int.self, "schema")
        guard schema == 1 else { throw decoder.invalid("unsupported schema \(schema) (this version reads schema 1)") }
        id = try container.required(String.self, "id")
        try LessonIdentifier.validate(id, what: "lesson id", decoder: decoder)
        languages = try container.required([String].self, "languages")
        guard !languages.isEmpty else { throw decoder.invalid("'languages' needs at least one language") }
        source = try container.optional([String: String].self, "source") ?? [:]
        files = try container.optional([String].self, "files") ?? []
        bindings = try container.optional([BindingDefinition].self, "bindings") ?? []
        forbid = try container.optional([ForbidRule].self, "forbid") ?? []
        steps = try container.required([StepDefinition].self, "steps")
        guard !steps.isEmpty else { throw decoder.invalid("'steps' needs at least one step") }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(schema, forKey: AnyCodingKey("schema"))
        try container.encode(id, forKey: AnyCodingKey("id"))
        try container.encode(languages, forKey: AnyCodingKey("languages"))
        if !source.isEmpty { try container.encode(source, forKey: AnyCodingKey("source")) }
        if !files.isEmpty { try container.encode(files, forKey: AnyCodingKey("files")) }
        if !bindings.isEmpty { try container.encode(bindings, forKey: AnyCodingKey("bindings")) }
        if !forbid.isEmpty { try container.encode(forbid, forKey: AnyCodingKey("forbid")) }
        try container.encode(steps, forKey: AnyCodingKey("steps"))
    }

    /// The index of the step with `id`.
    public func stepIndex(_ id: String) -> Int? { steps.firstIndex { $0.id == id } }
}
