import Foundation
import Kubectl
import TutorialEngine
import Yams

/// The state of linting one lesson folder: its files, its parsed structure and the diagnostics so far.
/// The checks live in extensions by concern (`+Files`, `+References`, `+Commands`, `+Manifests`, `+Texts`,
/// `+Scenarios`).
struct LessonLintContext {
    /// The folder as given (`lessons/pod-termination`); diagnostics name files below it.
    let folder: String
    /// Findings so far.
    var diagnostics: [Diagnostic] = []
    /// Text files of the folder by relative path (hidden files skipped).
    var files: [String: String] = [:]
    /// The composed `lesson.yaml`.
    var root: Node?
    /// The decoded structure, when it decodes.
    var definition: LessonDefinition?

    init(folder: String) { self.folder = folder }

    /// Runs every check.
    mutating func run() {
        scanFiles()
        guard let yaml = files["lesson.yaml"] else {
            report("lesson.yaml", nil, "missing lesson.yaml")
            return
        }
        checkStructure(yaml)
        if definition != nil, root != nil {
            checkReferences()
            checkPlaceholders()
            checkCommands()
        }
        checkManifests()
        checkTexts()
        checkScenarios()
        if !LessonLinter.hasErrors(diagnostics) { checkWithLoader() }
    }

    /// Adds a diagnostic for `file` (relative to the folder) at `mark` (1:1 when nil).
    mutating func report(_ file: String, _ mark: Mark?, _ message: String, fix: String? = nil, severity: Severity = .error) {
        report(file, line: mark?.line ?? 1, column: mark?.column ?? 1, message, fix: fix, severity: severity)
    }

    /// Adds a diagnostic for `file` at `line:column`.
    mutating func report(_ file: String, line: Int, column: Int = 1, _ message: String, fix: String? = nil, severity: Severity = .error) {
        diagnostics.append(Diagnostic(file: LessonPaths.join(folder, file), line: line, column: column,
                                      severity: severity, message: message, fix: fix))
    }

    /// Adds a diagnostic for `lesson.yaml` at `path` (its key when `atKey`).
    mutating func report(at path: YAMLPath, atKey: Bool = false, _ message: String, fix: String? = nil, severity: Severity = .error) {
        let mark = root.flatMap { atKey ? path.keyMark(in: $0) : path.valueMark(in: $0) }
        report("lesson.yaml", mark, message, fix: fix, severity: severity)
    }

    /// Words for where `path` points (`step 'apply'`).
    func context(_ path: YAMLPath) -> String { root.map { path.lessonContext(in: $0) } ?? "the lesson" }

    /// Runs a YAML parse of `file`; a syntax error is reported at its line and column and gives nil.
    mutating func parseYAML<Result>(_ file: String, _ parse: () throws -> Result) -> Result? {
        do {
            return try parse()
        } catch let error as YamlError {
            let (mark, message) = Self.describe(error)
            report(file, mark, message)
        } catch let error as YAMLAliasBudget.Exceeded {
            report(file, nil, error.description)
        } catch {
            report(file, nil, "\(error)")
        }
        return nil
    }

    /// Parses `lesson.yaml`, validates it against the schema and decodes it with the engine's types.
    mutating func checkStructure(_ yaml: String) {
        guard let parsed = parseYAML("lesson.yaml", { try YAMLAliasBudget.compose(yaml) }) else { return }
        guard let node = parsed else {
            report("lesson.yaml", nil, "lesson.yaml is empty")
            return
        }
        root = node
        guard let root else { return }
        let issues = SchemaValidator().validate(root)
        for issue in issues { report(at: issue.path, atKey: issue.atKey, issue.message, fix: issue.fix) }
        do {
            definition = try YAMLDecoder().decode(LessonDefinition.self, from: root)
        } catch let error as DecodingError {
            guard issues.isEmpty else { return }
            let (codingPath, message) = Self.describe(error)
            let path = YAMLPath(codingPath.map { $0.intValue.map(YAMLPath.Component.index) ?? .key($0.stringValue) })
            report(at: path, "\(message) (in \(context(path)))")
        } catch {
            if issues.isEmpty { report("lesson.yaml", root.mark, "\(error)") }
        }
        if let definition {
            let expected = folder.split(separator: "/").last.map(String.init) ?? folder
            if definition.id != expected {
                report(at: YAMLPath([.key("id")]), "lesson id '\(definition.id)' must equal the folder name '\(expected)'",
                       fix: "rename the folder or set id: \(expected)")
            }
        }
    }

    /// The position and words of a YAML syntax error.
    static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return (mark, "YAML syntax: " + (context.map { "\($0.text) \(problem)" } ?? problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark, "duplicate field \(duplicates.joined(separator: ", "))")
        default:
            return (nil, "YAML: \(error)")
        }
    }

    /// The coding path and words of a decoding error.
    static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .dataCorrupted(let context): return (context.codingPath, context.debugDescription)
        case .keyNotFound(let key, let context): return (context.codingPath, "missing field '\(key.stringValue)'")
        case .typeMismatch(_, let context): return (context.codingPath, "wrong type: \(context.debugDescription)")
        case .valueNotFound(_, let context): return (context.codingPath, "missing value: \(context.debugDescription)")
        @unknown default: return ([], "\(error)")
        }
    }

    /// Runs the engine's own loader as a safety net, so that lint is never more lenient than `learn`.
    mutating func checkWithLoader() {
        do {
            let bundle = try LessonDirectory.bundle(at: folder)
            _ = try LessonLoader.load(bundle)
        } catch let error as LessonLoadError {
            report(error.file.isEmpty ? "lesson.yaml" : error.file, line: error.line ?? 1, column: error.column ?? 1, error.message)
        } catch {
            report("lesson.yaml", nil, "\(error)")
        }
    }
}
