import ClusterModel

/// `kubectl edit (TYPE NAME | TYPE/NAME | -f FILE)` (`pkg/cmd/edit`, `EditOptions.Run` in
/// `pkg/cmd/util/editor/editoptions.go`, normal edit mode): the objects go into a file in the user's editor, as YAML
/// under kubectl's comment header (or as JSON with `-o json`), several of them as one `List`; whatever the user
/// changes is sent as a two-way strategic merge patch of the object as read and the object as saved, so admission,
/// validation and conflicts answer as for `kubectl patch`.
///
/// A file that does not parse or that the server refuses as Invalid comes back with the reasons in its header; saving
/// it unchanged gives up (`Edit cancelled, no valid changes were saved.`) and leaves the file for the user. The editor
/// itself is the host's (``KubectlHost/editInteractively(_:fileExtension:)``); hosts without a terminal refuse.
enum EditCommand {
    /// One object being edited: its type, as read from the server.
    private struct Target {
        var type: ResourceType
        var object: JSONValue
    }

    /// The edit formats (`editPrinterOptions`): YAML under the header, or JSON without it.
    private enum Format {
        case yaml, json
        var fileExtension: String { self == .yaml ? ".yaml" : ".json" }
    }

    static func run<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client) throws(KubectlError) -> Int32 {
        let command = context.command
        // `Complete`, in its order: the validation directive, then the builder.
        let validate = command.flags["validate"] ?? "strict"
        guard let validation = FieldValidation(validateFlag: validate) else {
            throw .plain("invalid - validate option \"\(validate)\"; must be one of: strict (or true), warn, ignore (or false)")
        }
        if command.flags["kustomize"] != nil {
            throw .tutor(
                "-k/--kustomize is not supported by this simulated cluster; edit with TYPE/NAME or -f and the manifest files",
                "k8s-tutor 的模拟集群暂不支持 -k/--kustomize；请用 TYPE/NAME 或 -f 指定清单文件")
        }
        let subresource = command.flags["subresource"].flatMap { $0.isEmpty ? nil : $0 }
        let targets = try TargetResolution.targetsAllowingEmptySelector(context, cluster: cluster)
        var found: [Target] = []
        var errors: [AggregateError.Entry] = []
        for (type, namespace, name) in targets {
            let namespace = namespace ?? (type.namespaced ? context.namespace : nil)
            do throws(APIError) {
                if let subresource {
                    found.append(Target(type: type, object: try cluster.subresource(type, namespace: namespace, name: name, subresource)))
                } else if let object = cluster.object(type, namespace: namespace, name: name) {
                    found.append(Target(type: type, object: object))
                } else {
                    throw APIError.notFound(type, name: name)
                }
            } catch {
                errors.append(.api(error))
            }
        }
        // `OriginalResult.Infos()` fails as a whole when one object could not be read.
        if !errors.isEmpty { throw KubectlError(message: AggregateError.message(errors)) }
        if found.isEmpty { throw .plain("edit cancelled, no objects found") }
        let format: Format
        switch command.output ?? "" {
        case "", "yaml": format = .yaml
        case "json": format = .json
        case "kyaml":
            throw .tutor(
                "the output format \"kyaml\" is not supported by k8s-tutor; edit with -o yaml or -o json",
                "k8s-tutor 暂不支持输出格式 \"kyaml\"；请用 -o yaml 或 -o json 编辑")
        case let other:
            throw .plain("unable to match a printer suitable for the output format \(GoQuote.quoted(other)), allowed formats are: json,kyaml,yaml")
        }
        var session = Session(context: context, targets: found, format: format, validation: validation, subresource: subresource)
        return try session.run(cluster: &cluster)
    }

    /// The edit loop of one set of objects (`editFn`).
    private struct Session {
        let context: CommandContext
        let targets: [Target]
        let format: Format
        let validation: FieldValidation
        let subresource: String?

        init(context: CommandContext, targets: [Target], format: Format, validation: FieldValidation, subresource: String?) {
            self.context = context
            self.targets = targets
            self.format = format
            self.validation = validation
            self.subresource = subresource
        }

        /// What kubectl says about the objects (`deployments.apps`), from the first one's mapping.
        private var resource: String { targets[0].type.qualifiedName }

        /// The file's body: the object, or a `List` of them (`metadata: {}`, as kubectl builds it).
        private var document: JSONValue {
            if targets.count == 1 { return targets[0].object }
            return ["apiVersion": "v1", "items": .array(targets.map(\.object)), "kind": "List", "metadata": .emptyObject]
        }

        mutating func run<Client: ClusterClient>(cluster: inout Client) throws(KubectlError) -> Int32 {
            let command = context.command
            let host = context.host
            var results = EditResults()
            var original = ""
            var edited = ""
            var containsError = false
            while true {
                // Everything goes through the CR LF writer with --windows-line-endings, the original included.
                let windows = command.bool("windows-line-endings")
                func lineEndings(_ text: String) -> String { windows ? Self.crlf(text) : text }
                var buffer = lineEndings(format == .yaml ? results.header.text : "")
                if !containsError {
                    buffer += lineEndings(format == .yaml ? YAMLEmitter.document(document) : document.indentedJSON(indent: "    ") + "\n")
                    original = buffer
                } else {
                    // The saved file again, under the new header.
                    buffer += lineEndings(EditedText.manualStrip(edited))
                }
                let previous = edited
                let file: String
                switch host.editInteractively(buffer, fileExtension: format.fileExtension) {
                case .unavailable:
                    throw TutorLimits.editorUnavailable()
                case .failed(let message):
                    preserve(results.file)
                    throw .plain(message)
                case .saved(let contents, let path):
                    edited = contents
                    file = path
                }
                if containsError && EditedText.strip(previous) == EditedText.strip(edited) {
                    preserve(file)
                    throw .plain("Edit cancelled, no valid changes were saved.")
                }
                if !results.file.isEmpty { host.discardEditedFile(results.file) }
                if validation != .ignore, let problem = EditedText.validationError(EditedText.strip(edited)) {
                    // `apierrors.NewInvalid(…, field.ErrorList{field.Invalid(nil, "The edited file failed validation", …)})`.
                    results = EditResults(file: file)
                    containsError = true
                    let invalid = APIError(
                        reason: .invalid, code: 422, message: "",
                        causes: [APIError.Cause(field: "<nil>", type: "FieldValueInvalid", message: "Invalid value: \"The edited file failed validation\": \(problem)")])
                    context.err(results.add(invalid, resource: resource, name: targets[0].object.objectName) + "\n")
                    continue
                }
                if EditedText.strip(original) == EditedText.strip(edited) {
                    host.discardEditedFile(file)
                    context.err("Edit cancelled, no changes made.\n")
                    return 0
                }
                if !EditedText.hasLines(edited) {
                    host.discardEditedFile(file)
                    context.err("Edit cancelled, saved file was empty.\n")
                    return 0
                }
                results = EditResults(file: file)
                let updated: [(ResourceType, JSONValue)]
                switch parse(edited) {
                case .failure(let problem):
                    containsError = true
                    results.header.reasons.append(EditHeader.Reason(head: "The edited file had a syntax error: \(problem)"))
                    continue
                case .success(let objects):
                    updated = objects
                }
                containsError = false
                var prepared: [(ResourceType, JSONValue)] = []
                for (type, object) in updated {
                    prepared.append((type, try requireNamespace(object, type: type, file: file)))
                }
                for (type, object) in prepared {
                    try patch(object, type: type, results: &results, cluster: &cluster)
                }
                if results.retryable > 0 {
                    context.err("You can run `kubectl replace -f \(file)` to try this update again.\n")
                    return 1
                }
                if results.notFound > 0 {
                    context.err("The edits you made on deleted resources have been saved to \(GoQuote.quoted(file))\n")
                    return 1
                }
                if results.invalid == 0 {
                    host.discardEditedFile(file)
                    return 0
                }
                containsError = true
            }
        }

        /// `preservedFile`: tells where the user's changes are, when there is such a file.
        private func preserve(_ file: String) {
            guard !file.isEmpty else { return }
            context.err("A copy of your changes has been stored to \(GoQuote.quoted(file))\n")
        }

        /// The builder's reading of the saved file (`Stream(…, "edited-file")`, `Flatten`, `Infos`): its objects and
        /// their types, or the error kubectl puts in the header.
        private func parse(_ text: String) -> Result<[(ResourceType, JSONValue)], ParseProblem> {
            let loaded = ManifestLoader.load(stream: text, source: "edited-file")
            var problems: [String] = []
            var objects: [(ResourceType, JSONValue)] = []
            for document in loaded.documents {
                let object = document.object
                let apiVersion = object["apiVersion"].string ?? ""
                let kind = object["kind"].string ?? ""
                guard let type = ResourceType.forManifest(apiVersion: apiVersion, kind: kind) else {
                    problems.append(
                        "resource mapping not found for name: \(GoQuote.quoted(object.objectName)) namespace: \(GoQuote.quoted(object["metadata"]["namespace"].string ?? "")) from \"edited-file\": no matches for kind \(GoQuote.quoted(kind)) in version \(GoQuote.quoted(apiVersion))\nensure CRDs are installed first"
                    )
                    continue
                }
                objects.append((type, object))
            }
            if let error = loaded.error { problems.append(error.hasPrefix("error: ") ? String(error.dropFirst(7)) : error) }
            switch problems.count {
            case 0: return .success(objects)
            case 1: return .failure(ParseProblem(problems[0]))
            default: return .failure(ParseProblem("[" + problems.joined(separator: ", ") + "]"))
            }
        }

        /// `resource.RequireNamespace`: a namespaced object without a namespace gets the command's; another one is an
        /// error (after `A copy of your changes…`).
        private func requireNamespace(_ object: JSONValue, type: ResourceType, file: String) throws(KubectlError) -> JSONValue {
            guard type.namespaced else { return object }
            let namespace = object["metadata"]["namespace"].string ?? ""
            if namespace.isEmpty {
                var copy = object
                copy["metadata"]["namespace"] = .string(context.namespace)
                return copy
            }
            guard namespace == context.namespace else {
                preserve(file)
                throw .plain(
                    "the namespace from the provided object \(GoQuote.quoted(namespace)) does not match the namespace \(GoQuote.quoted(context.namespace)). You must pass '--namespace=\(namespace)' to perform this operation."
                )
            }
            return object
        }

        /// `visitToPatch` for one saved object: `skipped` when it equals the object as read, otherwise the two-way
        /// strategic merge patch (`--output-patch` prints it), then `edited`, or the failure recorded in `results`.
        private func patch<Client: ClusterClient>(
            _ saved: JSONValue, type: ResourceType, results: inout EditResults, cluster: inout Client
        ) throws(KubectlError) {
            var saved = saved
            if context.command.bool("save-config") { saved = LastAppliedConfiguration.annotate(saved).modified }
            let uid = saved["metadata"]["uid"].string ?? ""
            guard let original = targets.first(where: { ($0.object["metadata"]["uid"].string ?? "") == uid })?.object else {
                preserve(results.file)
                throw .plain("no original object found for &unstructured.Unstructured{Object:\(GoFormat.syntax(saved))}")
            }
            let name = saved.objectName
            let namespace = type.namespaced ? saved["metadata"]["namespace"].string : nil
            if original == saved {
                try report(type, saved, operation: "skipped", now: cluster.now)
                return
            }
            // `CreateTwoWayMergePatch` with its preconditions.
            let schema = APISchema.kubernetes
            let body = ThreeWayMergePatch(schema: schema).patch(
                original: original, modified: saved, current: original, definition: schema.root(apiVersion: type.apiVersion, kind: type.kind))
            if !body["apiVersion"].isNull || !body["kind"].isNull || !body["metadata"]["name"].isNull {
                preserve(results.file)
                throw .plain("At least one of apiVersion, kind and name was changed")
            }
            if context.command.bool("output-patch") { context.out("Patch: \(body.compactJSON)\n") }
            let written: WriteResult
            do throws(APIError) {
                let options = WriteOptions(fieldValidation: validation)
                if let subresource {
                    written = try cluster.patch(type, namespace: namespace, name: name, subresource: subresource, patch: body, as: .strategic, options: options)
                } else {
                    written = try cluster.patch(type, namespace: namespace, name: name, patch: body, as: .strategic, options: options)
                }
            } catch {
                context.err(results.add(error, resource: type.qualifiedName, name: name) + "\n")
                return
            }
            written.warnings.forEach(context.warning)
            try report(type, written.object, operation: "edited", now: cluster.now)
        }

        /// The print flags' output: `deployment.apps/web edited`, or the object with `-o yaml|json`.
        private func report(_ type: ResourceType, _ object: JSONValue, operation: String, now: Timestamp) throws(KubectlError) {
            let format = try context.command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
            try OutputSupport.reportWritten(type, object, operation: operation, format: format, dryRun: .none, context: context, now: now, observe: true)
        }

        /// `crlf.NewCRLFWriter`: every line break written as CR LF.
        private static func crlf(_ text: String) -> String {
            var result = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == "\n" { result.append("\r") }
                result.append(scalar)
            }
            return String(result)
        }
    }

    /// Why the saved file could not be read into objects, as the header shows it.
    private struct ParseProblem: Error, CustomStringConvertible {
        var description: String
        init(_ text: String) { description = text }
    }
}
