import Yams

/// Validates a YAML node tree against a `SchemaNode` (the subset the lesson schema uses), reporting every
/// problem with its path and words that name the lesson element (`step 'apply'`).
public struct SchemaValidator: Sendable {
    /// The root schema (with its `$defs`).
    public var schema: SchemaNode

    /// A validator.
    public init(schema: SchemaNode = .lesson) { self.schema = schema }

    /// Messages for pattern failures of named definitions.
    static let patternMessages: [String: String] = [
        "id": "is not a valid id: use lower-case letters, digits and inner hyphens (e.g. delete-pod)",
        "placeholderName": "is not a binding name: a letter, then letters or digits (e.g. oldPod)",
        "file": "leaves the lesson folder: file references must be relative paths inside it (no '..', no absolute path, no '~')",
        "command": "is not a kubectl command: patterns start with 'kubectl' or 'k'",
        "shellLine":
            "is not a line of the shell language: lessons may only run kubectl, k, sleep, ls, cat, echo, date and clock (never host commands)",
        "duration": "is not a duration (e.g. 2s, 1m30s, -5s)",
    ]

    /// Every problem of `root`.
    public func validate(_ root: Node) -> [SchemaIssue] {
        var issues: [SchemaIssue] = []
        check(root, schema, path: YAMLPath(), definition: nil, root: root, issues: &issues)
        return issues
    }

    private func check(_ node: Node, _ schema: SchemaNode, path: YAMLPath, definition: String?, root: Node, issues: inout [SchemaIssue]) {
        if let reference = schema.reference, let target = self.schema.definitions[reference] {
            check(node, target, path: path, definition: reference, root: root, issues: &issues)
            return
        }
        let kind = YAMLKind(node)
        let field = path.components.last.map { component -> String in
            if case .key(let key) = component { return "'\(key)'" }
            return "item \(path.description)"
        } ?? "the document"
        if !schema.types.isEmpty, !schema.types.contains(where: kind.satisfies) {
            let context = YAMLPath(Array(path.components.dropLast())).lessonContext(in: root)
            let expected = schema.types.map(YAMLKind.words).joined(separator: " or ")
            var fix: String?
            if schema.types == ["string"], case .scalar(let scalar) = node { fix = "quote it: \"\(scalar.string)\"" }
            issues.append(SchemaIssue(path: path, atKey: false,
                                      message: "\(field) in \(context) must be \(expected), found \(YAMLKind.words(kind.rawValue))", fix: fix))
            return
        }
        if let allowed = schema.allowedValues, let value = node.scalar?.string, !allowed.contains(value) {
            let context = YAMLPath(Array(path.components.dropLast())).lessonContext(in: root)
            issues.append(SchemaIssue(path: path, atKey: false,
                                      message: "\(field) in \(context) must be one of \(allowed.joined(separator: ", ")), found '\(value)'",
                                      fix: Spelling.didYouMean(value, among: allowed)))
        }
        if let pattern = schema.pattern, let text = node.scalar?.string, let regex = try? Regex(pattern), text.firstMatch(of: regex) == nil {
            let words = definition.flatMap { Self.patternMessages[$0] } ?? "does not match \(pattern)"
            issues.append(SchemaIssue(path: path, atKey: false, message: "'\(text)' in \(path.lessonContext(in: root)) \(words)"))
        }
        if let minimum = schema.minimum, let number = node.scalar.flatMap({ Double($0.string) }), number < minimum {
            issues.append(SchemaIssue(path: path, atKey: false, message: "\(field) must be at least \(Int(minimum))"))
        }
        if let sequence = node.sequence {
            if let minItems = schema.minItems, sequence.count < minItems {
                let context = YAMLPath(Array(path.components.dropLast())).lessonContext(in: root)
                issues.append(SchemaIssue(path: path, atKey: false, message: "\(field) in \(context) needs at least \(minItems) item\(minItems == 1 ? "" : "s")"))
            }
            if let item = schema.items.first {
                for (index, element) in sequence.enumerated() {
                    check(element, item, path: path.appending(index), definition: nil, root: root, issues: &issues)
                }
            }
        }
        if let mapping = node.mapping {
            let context = path.lessonContext(in: root)
            let keys = mapping.map { $0.key.string ?? "" }
            let declared = schema.properties ?? [:]
            for name in schema.required where !keys.contains(name) {
                issues.append(SchemaIssue(path: path, atKey: false, message: "missing required field '\(name)' in \(context)"))
            }
            for (key, value) in zip(keys, mapping.map(\.value)) {
                if let property = declared[key] {
                    check(value, property, path: path.appending(key), definition: nil, root: root, issues: &issues)
                } else if let additional = schema.additional?.first {
                    check(value, additional, path: path.appending(key), definition: nil, root: root, issues: &issues)
                } else if schema.closed {
                    let allowed = declared.keys.sorted()
                    issues.append(SchemaIssue(path: path.appending(key), atKey: true, message: "unknown field '\(key)' in \(context)",
                                              fix: Spelling.didYouMean(key, among: allowed) ?? "allowed: \(allowed.joined(separator: ", "))"))
                }
            }
            let hasUnknown = schema.closed && keys.contains { declared[$0] == nil }
            if let options = schema.exactlyOne {
                let present = options.filter(keys.contains)
                if present.count > 1 || present.isEmpty && !hasUnknown {
                    let message = present.isEmpty
                        ? "\(context) needs one of: \(options.joined(separator: ", "))"
                        : "\(context) takes only one of: \(present.joined(separator: ", "))"
                    issues.append(SchemaIssue(path: path, atKey: false, message: message))
                }
            }
            if let options = schema.atLeastOne, !options.contains(where: keys.contains) {
                issues.append(SchemaIssue(path: path, atKey: false, message: "\(context) needs \(options.map { "'\($0)'" }.joined(separator: " or "))"))
            }
        }
    }
}
