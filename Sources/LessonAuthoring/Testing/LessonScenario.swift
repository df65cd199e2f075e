import Kubectl
import Yams

/// A scripted wrong path from `lessons/<id>/tests/*.yaml`: reach step `at` by replaying the earlier solutions,
/// type `type`, then assert `expect`.
///
/// ```yaml
/// scenarios:
///   - name: forced deletion is refused
///     at: delete-pod
///     type: [kubectl delete pod {oldPod} --force]
///     expect:
///       - refused: force
///       - notCompleted: delete-pod
/// ```
public struct LessonScenario: Hashable, Sendable {
    /// What the scenario shows.
    public var name: String
    /// The step it starts at.
    public var at: String
    /// Lines typed (shell language or meta-commands; placeholders allowed).
    public var type: [String]
    /// What must hold afterwards.
    public var expect: [ScenarioExpectation]

    /// A scenario.
    public init(name: String, at: String, type: [String], expect: [ScenarioExpectation]) {
        self.name = name
        self.at = at
        self.type = type
        self.expect = expect
    }

    /// The scenarios of a file already checked against `ScenarioSchema` (malformed entries are skipped).
    static func parse(_ root: Node) -> [LessonScenario] {
        (root["scenarios"]?.sequence ?? []).compactMap { node in
            guard let name = node["name"]?.string, let at = node["at"]?.string else { return nil }
            let lines = node["type"]?.sequence?.compactMap(\.string) ?? []
            let expect = (node["expect"]?.sequence ?? []).compactMap { item -> ScenarioExpectation? in
                guard let pair = item.mapping?.first, let key = pair.key.string, let kind = ScenarioExpectation.Kind(rawValue: key),
                    let value = pair.value.string
                else { return nil }
                return ScenarioExpectation(kind: kind, value: value)
            }
            return LessonScenario(name: name, at: at, type: lines, expect: expect)
        }
    }

    /// The scenarios of a file's text; throws the validator's first problem when it is malformed.
    public static func parse(yaml: String) throws -> [LessonScenario] {
        guard let root = try YAMLAliasBudget.compose(yaml) else { return [] }
        if let issue = SchemaValidator(schema: ScenarioSchema.node).validate(root).first {
            throw ScenarioFileError(message: issue.message)
        }
        return parse(root)
    }
}
