import ClusterModel

/// Output helpers shared by the commands: `-o` parsing, printing objects, and error wording.
enum OutputSupport {
    /// Parses `-o` (nil → table) with the printers' exact errors.
    static func format(_ output: String?) throws(KubectlError) -> OutputFormat {
        guard let output else { return .table }
        do {
            return try OutputFormat(flagValue: output)
        } catch {
            throw KubectlError(message: error.message)
        }
    }

    /// The observation format matching an output format.
    static func observationFormat(_ format: OutputFormat) -> ObservationFormat {
        switch format {
        case .table: return .table
        case .wide: return .wide
        case .json: return .json
        case .yaml, .kyaml: return .yaml
        case .name: return .name
        case .jsonpath, .customColumns: return .jsonpath
        }
    }

    /// The text kubectl prints for an API error; for non-Invalid errors from `-f` sources it adds
    /// `error when <verb> "<source>": ` as `cmdutil.AddSourceToErr` does.
    static func apiErrorMessage(_ error: APIError, verb: String? = nil, source: String? = nil) -> String {
        if error.reason != .invalid || error.causes.isEmpty, let verb, let source {
            return "Error from server (\(error.reason.rawValue)): error when \(verb) \"\(source)\": \(error.message)"
        }
        return error.kubectlMessage
    }

    /// Evaluates a jsonpath template with the printers' engine, mapping its error to kubectl's text.
    static func jsonPath(_ template: String, on document: JSONValue) throws(KubectlError) -> String {
        do {
            return try JSONPath.evaluate(template, on: document)
        } catch {
            throw KubectlError(message: error.message)
        }
    }

    /// Renders `-o custom-columns`.
    static func customColumns(_ spec: String, objects: [JSONValue], noHeaders: Bool) throws(KubectlError) -> String {
        do {
            return try CustomColumns.render(spec: spec, objects: objects, noHeaders: noHeaders)
        } catch {
            throw KubectlError(message: error.message)
        }
    }

    /// Prints objects in a non-table format (json, yaml, name, jsonpath, custom-columns) and records them.
    ///
    /// One object prints bare unless `forceList`; several are wrapped in a `List`, as `kubectl get` does.
    static func printObjects(_ items: [(ResourceType, JSONValue)], format: OutputFormat, context: CommandContext,
                             now: Timestamp, forceList: Bool) throws(KubectlError) {
        let observed = observationFormat(format)
        for (type, object) in items { context.observe(type, observed, object, at: now) }
        let single = items.count == 1 && !forceList
        let objects = items.map(\.1)
        let document: JSONValue = single ? objects[0] : ObjectPrinter.listWrapper(objects)
        switch format {
        case .json:
            context.out(ObjectPrinter.json(objects, single: single))
        case .yaml:
            context.out(ObjectPrinter.yaml(objects, single: single))
        case .kyaml:
            context.out(ObjectPrinter.kyaml(objects, single: single))
        case .name:
            context.out(ObjectPrinter.names(objects))
        case .jsonpath(let template):
            context.outUnescaped(try jsonPath(template, on: document))
        case .customColumns(let spec):
            context.out(try customColumns(spec, objects: objects, noHeaders: context.command.bool("no-headers")))
        case .table, .wide:
            break
        }
    }

    /// Reports one written object as kubectl's print flags do after a change: with `-o json|yaml|name|…` the object,
    /// otherwise `kind.group/name <operation>` with the dry-run suffix (`PrintFlagsWithDryRunStrategy`).
    /// With `observe`, the name line is recorded as a `.name` observation too (printed objects always are).
    static func reportWritten(_ type: ResourceType, _ object: JSONValue, operation: String, format: OutputFormat?, dryRun: DryRunStrategy,
                              context: CommandContext, now: Timestamp, observe: Bool = false) throws(KubectlError) {
        if let format, format != .table, format != .wide {
            try printObjects([(type, object)], format: format, context: context, now: now, forceList: false)
        } else {
            if observe { context.observe(type, .name, object, at: now) }
            context.out("\(type.qualifiedSingular)/\(object.objectName) \(operation)\(dryRun.suffix)\n")
        }
    }
}
