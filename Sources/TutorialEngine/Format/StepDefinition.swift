/// One step of a lesson. Its instructions are the text section `step.<id>`.
public struct StepDefinition: Codable, Hashable, Sendable {
    /// Stable id, unique in the lesson.
    public var id: String
    /// Read, task or observe.
    public var kind: StepKind
    /// Commands that do what the step asks, matched by meaning; used to recognise "ahead of time" commands
    /// and shown by hints. Any other command reaching the goal passes too.
    public var expect: [String]
    /// The checklist; the step passes when all pass at once (observations, once seen, stay seen).
    public var checks: [CheckDefinition]
    /// The hint ladder, in order.
    public var hints: [HintDefinition]
    /// Shell lines that solve the step from its start (placeholders allowed); replayed by `solution` and tests.
    public var solution: [String]
    /// Whether the text section `explain.<id>` exists and is shown after the step passes.
    public var explain: Bool
    /// The step whose start `reset` returns to (default: this step), for steps that can only be redone
    /// together with an earlier one (e.g. watching a window that an earlier command opened).
    public var resetTo: String?

    /// A step.
    public init(id: String, kind: StepKind, expect: [String] = [], checks: [CheckDefinition] = [],
                hints: [HintDefinition] = [], solution: [String] = [], explain: Bool = false, resetTo: String? = nil) {
        self.id = id
        self.kind = kind
        self.expect = expect
        self.checks = checks
        self.hints = hints
        self.solution = solution
        self.explain = explain
        self.resetTo = resetTo
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["id", "kind", "expect", "checks", "hints", "solution", "explain", "resetTo"])
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try container.required(String.self, "id")
        try LessonIdentifier.validate(id, what: "step id", decoder: decoder)
        kind = try container.required(StepKind.self, "kind")
        expect = try container.optional([String].self, "expect") ?? []
        checks = try container.optional([CheckDefinition].self, "checks") ?? []
        hints = try container.optional([HintDefinition].self, "hints") ?? []
        solution = try container.optional([String].self, "solution") ?? []
        explain = try container.optional(Bool.self, "explain") ?? false
        resetTo = try container.optional(String.self, "resetTo")
        switch kind {
        case .read:
            guard checks.isEmpty else { throw decoder.invalid("a 'read' step has no checks") }
        case .task, .observe:
            guard !checks.isEmpty else { throw decoder.invalid("a '\(kind.rawValue)' step needs at least one check") }
            guard !solution.isEmpty else { throw decoder.invalid("a '\(kind.rawValue)' step needs a solution") }
        }
        if kind == .observe, !checks.contains(where: { $0.condition.isObservation }) {
            throw decoder.invalid("an 'observe' step needs at least one 'observed' check")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(id, forKey: AnyCodingKey("id"))
        try container.encode(kind, forKey: AnyCodingKey("kind"))
        if !expect.isEmpty { try container.encode(expect, forKey: AnyCodingKey("expect")) }
        if !checks.isEmpty { try container.encode(checks, forKey: AnyCodingKey("checks")) }
        if !hints.isEmpty { try container.encode(hints, forKey: AnyCodingKey("hints")) }
        if !solution.isEmpty { try container.encode(solution, forKey: AnyCodingKey("solution")) }
        if explain { try container.encode(explain, forKey: AnyCodingKey("explain")) }
        try container.encodeOptional(resetTo, "resetTo")
    }
}
