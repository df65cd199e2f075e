import ClusterModel

/// `kubectl explain TYPE[.field…]` in kubectl's plaintext layout, for the fields the lessons use.
enum ExplainCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext) throws(KubectlError) -> Int32 {
        let command = context.command
        guard let path = command.arguments.first else {
            throw .plain("You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.")
        }
        if command.arguments.count > 1 { throw .plain("We accept only this format: explain RESOURCE") }
        var components = path.split(separator: ".").map(String.init)
        let typeName = components.removeFirst()
        guard let type = ResourceType.lookup(typeName) else {
            throw .plain("the server doesn't have a resource type \"\(typeName)\"")
        }
        guard let (root, group, version) = ExplainSchema.root(for: type.kind) else {
            throw .plain("k8s-tutor has no schema documentation for \(type.plural); try pods, deployments, services or endpointslices")
        }
        var field = root
        var walked: [String] = []
        for component in components {
            guard let child = field.fields.first(where: { $0.name == component }) else {
                throw .plain("field \"\(component)\" does not exist")
            }
            field = child
            walked.append(component)
        }
        var out = ""
        if group.isEmpty {
            out += "KIND:       \(type.kind)\nVERSION:    \(version)\n\n"
        } else {
            out += "GROUP:      \(group)\nKIND:       \(type.kind)\nVERSION:    \(version)\n\n"
        }
        if !walked.isEmpty {
            out += "FIELD: \(field.name) <\(field.type)>\n\n\n"
        }
        out += "DESCRIPTION:\n"
        for paragraph in field.description.split(separator: "\n", omittingEmptySubsequences: false) {
            let lines = HelpRenderer.wrap(String(paragraph), width: 76)
            out += lines.isEmpty ? "    \n" : lines.map { "    " + $0 + "\n" }.joined()
        }
        out += "    \n"
        if !field.fields.isEmpty {
            out += "FIELDS:\n"
            let recursive = command.bool("recursive")
            if recursive {
                func walk(_ fields: [ExplainSchema.Field], depth: Int) {
                    for child in fields.sorted(by: { $0.name < $1.name }) {
                        out += String(repeating: "  ", count: depth) + "\(child.name)\t<\(child.type)>\(child.required ? " -required-" : "")\n"
                        walk(child.fields, depth: depth + 1)
                    }
                }
                walk(field.fields, depth: 1)
            } else {
                for child in field.fields.sorted(by: { $0.name < $1.name }) {
                    out += "  \(child.name)\t<\(child.type)>\(child.required ? " -required-" : "")\n"
                    let summary = String(child.description.split(separator: "\n").first ?? "")
                    out += HelpRenderer.wrap(summary, width: 76).map { "    " + $0 + "\n" }.joined()
                    out += "\n"
                }
            }
        }
        context.out(out)
        return 0
    }
}
