import ClusterModel

/// `kubectl explain TYPE[.field…]` in kubectl's plaintext layout: the structure of every field from the API schema,
/// with descriptions where k8s-tutor has them (the fields the lessons use; `<empty>` elsewhere).
enum ExplainCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext) throws(KubectlError) -> Int32 {
        let command = context.command
        guard let path = command.arguments.first else {
            throw .plain("You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.")
        }
        if command.arguments.count > 1 { throw .plain("We accept only this format: explain RESOURCE") }
        var components = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let typeName = components.isEmpty ? "" : components.removeFirst()
        guard let type = ResourceType.lookup(typeName) else {
            throw .plain("the server doesn't have a resource type \"\(typeName)\"")
        }
        let schema = APISchema.kubernetes
        guard let root = schema.root(apiVersion: type.apiVersion, kind: type.kind) else {
            throw .plain("the server doesn't have a resource type \"\(typeName)\"")
        }
        let documented = ExplainSchema.root(for: type.kind)?.0
        // The field to explain: the kind itself, or the last component of the path, walked through the schema.
        var definition: SchemaDefinition? = root
        var field: SchemaField? = nil
        var notes = documented
        for component in components {
            guard let next = definition?.fields[component] else {
                // The template has written the header when it finds the field missing; the error names the path's last element.
                context.out(Self.header(type))
                throw .plain("field \"\(components.last ?? component)\" does not exist")
            }
            field = next
            definition = Self.definition(of: next.type, in: schema)
            notes = notes?.fields.first { $0.name == component }
        }
        let description = notes?.description ?? ""
        let fields = definition?.fieldNames.compactMap { definition?.fields[$0] } ?? []
        func children(of definition: SchemaDefinition?, notes: ExplainSchema.Field?) -> [(SchemaField, ExplainSchema.Field?)] {
            (definition?.fieldNames ?? []).compactMap { name in
                definition?.fields[name].map { ($0, notes?.fields.first { $0.name == name }) }
            }
        }
        var out = Self.header(type)
        if let field {
            out += "FIELD: \(field.name) <\(Self.label(field.type, in: schema))>\n\n\n"
        }
        out += "DESCRIPTION:\n"
        if description.isEmpty { out += "    <empty>\n" }
        for paragraph in description.split(separator: "\n", omittingEmptySubsequences: false) where !description.isEmpty {
            let lines = HelpRenderer.wrap(String(paragraph), width: 76)
            out += lines.isEmpty ? "    \n" : lines.map { "    " + $0 + "\n" }.joined()
        }
        out += "    \n"
        if !fields.isEmpty {
            out += "FIELDS:\n"
            if command.bool("recursive") {
                func walk(_ definition: SchemaDefinition?, depth: Int, seen: Set<String>) {
                    for (child, _) in children(of: definition, notes: nil) {
                        out += String(repeating: "  ", count: depth) + "\(child.name)\t<\(Self.label(child.type, in: schema))>\(child.required ? " -required-" : "")\n"
                        // Recursive types (JSONSchemaProps-like) stop where a definition repeats.
                        if let nested = Self.definition(of: child.type, in: schema), !seen.contains(nested.id) {
                            walk(nested, depth: depth + 1, seen: seen.union([nested.id]))
                        }
                    }
                }
                walk(definition, depth: 1, seen: [definition?.id ?? ""])
            } else {
                for (child, childNotes) in children(of: definition, notes: notes) {
                    out += "  \(child.name)\t<\(Self.label(child.type, in: schema))>\(child.required ? " -required-" : "")\n"
                    let summary = String(childNotes?.description.split(separator: "\n").first ?? "")
                    out += HelpRenderer.wrap(summary, width: 76).map { "    " + $0 + "\n" }.joined()
                    out += "\n"
                }
            }
        }
        context.out(out)
        return 0
    }

    /// `GROUP:` (for named groups), `KIND:` and `VERSION:` lines and a blank line.
    static func header(_ type: ResourceType) -> String {
        (type.group.isEmpty ? "" : "GROUP:      \(type.group)\n") + "KIND:       \(type.kind)\nVERSION:    \(type.version)\n\n"
    }

    /// The object definition a field's type leads to (through lists and maps), if any.
    static func definition(of type: SchemaType, in schema: APISchema) -> SchemaDefinition? {
        switch schema.resolve(type) {
        case .object(let id): return schema.definition(id)
        case .list(let element): return definition(of: element, in: schema)
        case .map(let value): return definition(of: value, in: schema)
        default: return nil
        }
    }

    /// The type as `kubectl explain` names it: `<string>`, `<integer>`, `<[]Container>`, `<map[string]string>`.
    static func label(_ type: SchemaType, in schema: APISchema) -> String {
        switch schema.resolve(type) {
        case .string, .bytes, .time: return "string"
        case .int32, .int64: return "integer"
        case .double: return "number"
        case .bool: return "boolean"
        case .any: return "Object"
        case .intOrString: return "IntOrString"
        case .quantity: return "Quantity"
        case .object(let id): return schema.definition(id)?.name ?? id
        case .list(let element): return "[]" + label(element, in: schema)
        case .map(let value): return "map[string]" + label(value, in: schema)
        }
    }
}
