import ClusterModel

/// `kubectl apply -f` and `kubectl create -f`.
enum ApplyCommand {
    /// Applies (or creates) every object of the `-f` sources; valid objects are applied even when others fail.
    static func run(_ context: CommandContext, cluster: inout some ClusterClient, create: Bool) throws(KubectlError) -> Int32 {
        let command = context.command
        if create, !command.arguments.isEmpty {
            throw .usage("Unexpected args: [\(command.arguments.joined(separator: " "))]", commandPath: "kubectl create")
        }
        if command.flags["kustomize"] != nil {
            throw .tutor(
                "kustomize directories (-k) are not supported by this simulated cluster; use -f with plain manifests",
                "k8s-tutor 的模拟集群暂不支持 kustomize 目录（-k）；请用 -f 指定普通清单文件")
        }
        if command.bool("prune") {
            throw .tutor("--prune is not supported by this simulated cluster", "k8s-tutor 的模拟集群暂不支持 --prune")
        }
        if !create, !command.arguments.isEmpty {
            throw .usage("Unexpected args: [\(command.arguments.joined(separator: " "))]", commandPath: "kubectl apply")
        }
        guard !command.filenames.isEmpty else {
            if create {
                throw .usage("must specify one of -f and -k", commandPath: "kubectl create")
            }
            throw .plain("must specify one of -f and -k")
        }
        let format = try OutputSupport.format(command.output)
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let validate = command.flags["validate"] ?? "strict"
        guard let validation = FieldValidation(validateFlag: validate) else {
            throw .plain("invalid - validate option \"\(validate)\"; must be one of: strict (or true), warn, ignore (or false)")
        }
        let options = WriteOptions(fieldValidation: validation, dryRun: dryRun != .none)
        let loaded = ManifestLoader.load(command.filenames, host: context.host, recursive: command.bool("recursive"))
        if loaded.interrupted { return 130 }
        var errors: [String] = []
        if let error = loaded.error { errors.append(error) }
        if loaded.documents.isEmpty && errors.isEmpty {
            throw .plain(create ? "no objects passed to create" : "no objects passed to apply")
        }
        let suffix = dryRun.suffix
        var printed: [(ResourceType, JSONValue)] = []
        // Objects per namespace, counted once and then kept up to date as this command writes.
        var counts: [String: Int] = [:]
        for document in loaded.documents {
            if context.host.interruptRequested { return 130 }
            var object = document.object
            let apiVersion = object["apiVersion"].string ?? ""
            let kind = object["kind"].string ?? ""
            let name = object["metadata"]["name"].string ?? ""
            guard let type = ResourceType.forManifest(apiVersion: apiVersion, kind: kind) else {
                let version = apiVersion
                errors.append("error: resource mapping not found for name: \"\(name)\" namespace: \"\(object["metadata"]["namespace"].string ?? "")\" from \"\(document.source)\": no matches for kind \"\(kind)\" in version \"\(version)\"\nensure CRDs are installed first")
                continue
            }
            if type.namespaced {
                if let given = object["metadata"]["namespace"].string, !given.isEmpty {
                    if let requested = command.namespace, requested != given {
                        errors.append("error: the namespace from the provided object \"\(given)\" does not match the namespace \"\(requested)\". You must pass '--namespace=\(given)' to perform this operation.")
                        continue
                    }
                } else {
                    object["metadata"]["namespace"] = .string(context.namespace)
                }
            }
            let namespace = type.namespaced ? object["metadata"]["namespace"].string : nil
            let existing = name.isEmpty ? nil : cluster.object(type, namespace: namespace, name: name)
            if let namespace, dryRun == .none {
                let added = (existing == nil ? 1 : 0) + TutorLimits.pods(of: object, type: type) - (existing.map { TutorLimits.pods(of: $0, type: type) } ?? 0)
                let current = counts[namespace] ?? TutorLimits.objectCount(in: namespace, cluster: cluster)
                if added > 0, current + added > TutorLimits.maximumObjectsPerNamespace {
                    errors.append(TutorLimits.tooManyObjects(namespace: namespace, projected: current + added, language: context.host.language))
                    counts[namespace] = current
                    continue
                }
                counts[namespace] = current + max(0, added)
            }
            do throws(APIError) {
                let result: JSONValue
                let operation: String
                if create {
                    if command.bool("save-config") {
                        // `--save-config` stores the last-applied annotation, as apply does for new objects.
                        if existing != nil { throw APIError.alreadyExists(type, name: name) }
                        let outcome = try ClientSideApply.apply(object, type: type, to: &cluster, options: options)
                        outcome.warnings.forEach(context.warning)
                        result = outcome.object
                    } else {
                        let created = try cluster.create(object, options: options)
                        created.warnings.forEach(context.warning)
                        result = created.object
                    }
                    operation = "created"
                } else {
                    if !command.bool("server-side"), let existing, existing["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"].isNull {
                        context.warning("resource \(type.plural)/\(name) is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.")
                    }
                    let outcome = try ClientSideApply.apply(object, type: type, to: &cluster, options: options)
                    outcome.warnings.forEach(context.warning)
                    result = outcome.object
                    operation = command.bool("server-side") ? "serverside-applied" : outcome.operation.rawValue
                    if outcome.operation == .configured, let existing, !existing["metadata"]["deletionTimestamp"].isNull {
                        context.warning("Detected changes to resource \(name) which is currently being deleted.")
                    }
                }
                switch format {
                case .table, .wide:
                    context.out("\(type.qualifiedSingular)/\(result["metadata"]["name"].string ?? name) \(operation)\(suffix)\n")
                default:
                    printed.append((type, result))
                }
            } catch {
                errors.append(OutputSupport.apiErrorMessage(error, verb: "creating", source: document.source))
            }
        }
        // apply prints each object on its own as it goes (YAML documents separated by `---`), never a List.
        for (index, item) in printed.enumerated() {
            if case .yaml = format, index > 0 { context.out("---\n") }
            try OutputSupport.printObjects([item], format: format, context: context, now: cluster.now, forceList: false)
        }
        for error in errors { context.err(error.hasSuffix("\n") ? error : error + "\n") }
        return errors.isEmpty ? 0 : 1
    }
}
