import Foundation
import LessonAuthoring
import Testing
import TutorialEngine
import Yams

/// The JSON Schema stays in sync with the engine's loader and validates the real lessons.
@Suite struct LessonSchemaTests {
    /// A valid lesson in flow style with a marker in every kind of mapping the loader decodes; the marker of the
    /// probed mapping becomes an unknown field, the others disappear.
    static let probe = """
        schema: 1
        id: probe
        languages: [en]
        bindings: [{name: a, at: s, query: {resource: pods, where: [{path: x, exists: true @assertion}] @query} @binding}]
        forbid: [{id: f, command: kubectl get pods @forbid}]
        steps:
          - {id: s, kind: task, solution: [kubectl get pods], hints: [{id: h, unlock: {attempts: 1 @unlock} @hint}], checks: [{id: c, state: {resource: pods} @check}, {id: d, any: [{clock: {after: x @clock} @condition}]}, {id: e, event: {type: ADDED, object: {resource: pods}, before: x @event}}, {id: f, traffic: {maxFailures: 0 @traffic}}] @step}
        @root
        """

    /// The schema definition each marker probes (`root` is the top level).
    static let markers = ["root", "binding", "query", "assertion", "forbid", "step", "check", "condition", "clock", "event", "traffic", "hint", "unlock"]

    /// The fields the loader accepts in the mapping marked `marker`, read from its "unknown field" error.
    static func loaderFields(_ marker: String) throws -> Set<String> {
        var yaml = probe
        for other in markers { yaml = yaml.replacingOccurrences(of: "@" + other, with: other == marker ? (marker == "root" ? "zzzz: 1" : ", zzzz: 1") : "") }
        do {
            _ = try YAMLDecoder().decode(LessonDefinition.self, from: yaml)
        } catch {
            let text = "\(error)"
            guard let range = text.range(of: "(allowed: ") else { throw ProbeFailure(message: "\(marker): \(text)") }
            let list = text[range.upperBound...].prefix { $0 != ")" }
            return Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        throw ProbeFailure(message: "\(marker): the loader accepted an unknown field")
    }

    struct ProbeFailure: Error { var message: String }

    static func schemaJSON() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(LessonSchema.text.utf8)) as! [String: Any]
    }

    @Test func probeWithoutUnknownFieldsDecodes() throws {
        var yaml = Self.probe
        for marker in Self.markers { yaml = yaml.replacingOccurrences(of: "@" + marker, with: "") }
        _ = try YAMLDecoder().decode(LessonDefinition.self, from: yaml)
    }

    @Test(arguments: markers) func schemaPropertiesMatchTheLoader(marker: String) throws {
        let json = try Self.schemaJSON()
        let definition = marker == "root" ? json : (json["$defs"] as! [String: Any])[marker] as! [String: Any]
        let properties = Set((definition["properties"] as! [String: Any]).keys)
        #expect(properties == (try Self.loaderFields(marker)))
        #expect(definition["additionalProperties"] as? Bool == false)
    }

    @Test func everyObjectDefinitionIsProbed() throws {
        let definitions = (try Self.schemaJSON())["$defs"] as! [String: Any]
        let objects = definitions.filter { ($0.value as! [String: Any])["properties"] != nil }.keys
        #expect(Set(objects) == Set(Self.markers).subtracting(["root"]))
    }

    @Test func schemaFileIsTheBuiltInSchema() throws {
        let file = try String(contentsOfFile: RepositoryPaths.lessons + "/lesson.schema.json", encoding: .utf8)
        #expect(file == LessonSchema.text + "\n", "lessons/lesson.schema.json differs from LessonSchema.text; copy one to the other")
    }

    @Test(arguments: ["pod-termination", "readiness-probe"]) func realLessonsValidate(lesson: String) throws {
        let yaml = try String(contentsOfFile: RepositoryPaths.lessons + "/\(lesson)/lesson.yaml", encoding: .utf8)
        let root = try #require(try Yams.compose(yaml: yaml))
        #expect(SchemaValidator().validate(root) == [])
    }

    @Test func validatorReportsBrokenDocuments() throws {
        let root = try #require(try Yams.compose(yaml: "schema: 1\nid: Bad\nlanguages: []\nsteps: [{id: a, kind: taks, chekcs: []}]\n"))
        let messages = SchemaValidator().validate(root).map { ($0.path.description, $0.message, $0.fix) }
        #expect(messages.map(\.1) == [
            "'Bad' in 'id' of the lesson is not a valid id: use lower-case letters, digits and inner hyphens (e.g. delete-pod)",
            "'languages' in the lesson needs at least 1 item",
            "'kind' in step 'a' must be one of read, task, observe, found 'taks'",
            "unknown field 'chekcs' in step 'a'",
        ])
        #expect(messages.map(\.2) == [nil, nil, "did you mean 'task'?", "did you mean 'checks'?"])
    }
}
