import ClusterModel

/// `kubectl replace -f FILE [--force]` (`pkg/cmd/replace/replace.go`): a `PUT` of each manifest. Without a
/// resourceVersion in the manifest the helper takes the live one (`Replace(…, overwrite: true, …)`), so only a
/// manifest that names an older version conflicts. `--force` deletes the objects, waits until they are gone and
/// creates them again.
enum ReplaceCommand {
    static func run<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client) throws(KubectlError) -> Int32 {
        let command = context.command
        let format = try command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let validate = command.flags["validate"] ?? "strict"
        guard let validation = FieldValidation(validateFlag: validate) else {
            throw .plain("invalid - validate option \"\(validate)\"; must be one of: strict (or true), warn, ignore (or false)")
        }
        // `Complete` (`RequireFilenameOrKustomize`), then `Validate`, in kubectl's order.
        if command.filenames.isEmpty && command.flags["kustomize"] == nil { throw .plain("must specify one of -f and -k") }
        let force = command.bool("force")
        let grace = command.int("grace-period") ?? -1
        if grace >= 0 && !force { throw .plain("--grace-period must have --force specified") }
        let timeout = command.duration("timeout") ?? 0
        if timeout != 0 && !force { throw .plain("--timeout must have --force specified") }
        if force && dryRun != .none { throw .plain("--dry-run can not be used when --force is set") }
        if command.flags["kustomize"] != nil {
            throw .tutor(
                "-k/--kustomize is not supported by this simulated cluster; replace with -f and the manifest files",
                "k8s-tutor 的模拟集群暂不支持 -k/--kustomize；请用 -f 指定清单文件")
        }
        if let raw = command.flags["raw"], !raw.isEmpty {
            throw .tutor("--raw is not supported by this simulated cluster; replace with -f", "k8s-tutor 的模拟集群暂不支持 --raw；请用 -f 替换对象")
        }
        let loaded = ManifestLoader.load(command.filenames, host: context.host, recursive: command.bool("recursive"))
        if loaded.interrupted { return 130 }
        var errors: [String] = []
        if let error = loaded.error { errors.append(error) }
        var documents: [(ResourceType, JSONValue, String)] = []
        for document in loaded.documents {
            var object = document.object
            let apiVersion = object["apiVersion"].string ?? ""
            let kind = object["kind"].string ?? ""
            let name = object["metadata"]["name"].string ?? ""
            guard let type = ResourceType.forManifest(apiVersion: apiVersion, kind: kind) else {
                errors.append("error: resource mapping not found for name: \"\(name)\" namespace: \"\(object["metadata"]["namespace"].string ?? "")\" from \"\(document.source)\": no matches for kind \"\(kind)\" in version \"\(apiVersion)\"\nensure CRDs are installed first")
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
            // `CreateOrUpdateAnnotation`: `--save-config` records the manifest as last applied; without it, a
            // manifest that carries the annotation gets it refreshed.
            if command.bool("save-config") || !object["metadata"]["annotations"][LastAppliedConfiguration.key].isNull {
                object = LastAppliedConfiguration.annotate(object).modified
            }
            documents.append((type, object, document.source))
        }
        if force {
            return try forceReplace(context, cluster: &cluster, documents: documents, errors: errors, grace: grace, timeout: timeout, format: format)
        }
        let options = WriteOptions(fieldValidation: validation, dryRun: dryRun != .none)
        for (type, object, source) in documents {
            let namespace = type.namespaced ? object["metadata"]["namespace"].string : nil
            let name = object["metadata"]["name"].string ?? ""
            var result = object
            if dryRun != .client {
                do throws(APIError) {
                    // `overwrite`: the helper reads the live object first (NotFound ends here) and sends its
                    // resourceVersion unless the manifest has one.
                    guard cluster.object(type, namespace: namespace, name: name) != nil else { throw APIError.notFound(type, name: name) }
                    let written = try cluster.update(object, options: options)
                    written.warnings.forEach(context.warning)
                    result = written.object
                } catch {
                    errors.append(OutputSupport.apiErrorMessage(error, verb: "replacing", source: source))
                    continue
                }
            }
            try OutputSupport.reportWritten(type, result, operation: "replaced", format: format, dryRun: dryRun, context: context, now: cluster.now, observe: true)
        }
        if documents.isEmpty && errors.isEmpty { throw .plain("no objects passed to replace") }
        for error in errors { context.err(error.hasSuffix("\n") ? error : error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `forceReplace`: delete (as `kubectl delete` prints it), wait until each object is gone (5 minutes unless
    /// `--timeout`), then create.
    private static func forceReplace<Client: ClusterClient>(
        _ context: CommandContext, cluster: inout Client, documents: [(ResourceType, JSONValue, String)], errors: [String], grace: Int,
        timeout: Double, format: OutputFormat?
    ) throws(KubectlError) -> Int32 {
        var errors = errors
        var deleted: [(ResourceType, String?, String, String)] = []
        let options = DeleteOptions(gracePeriodSeconds: grace >= 0 ? grace : nil, propagation: .background)
        for (type, object, _) in documents {
            let namespace = type.namespaced ? object["metadata"]["namespace"].string : nil
            let name = object["metadata"]["name"].string ?? ""
            do {
                let result = try cluster.delete(type, namespace: namespace, name: name, options: options)
                context.observe(type, .name, result, at: cluster.now)
                let operation = grace == 0 ? "force deleted" : "deleted"
                if let namespace {
                    context.out("\(type.qualifiedSingular) \"\(name)\" \(operation) from \(namespace) namespace\n")
                } else {
                    context.out("\(type.qualifiedSingular) \"\(name)\" \(operation)\n")
                }
                deleted.append((type, namespace, name, result["metadata"]["uid"].string ?? ""))
            } catch {
                // `DeleteResult` ignores objects that are already gone.
                if error.reason != .notFound { errors.append(error.kubectlMessage) }
            }
        }
        if !errors.isEmpty {
            for error in errors { context.err(error.hasSuffix("\n") ? error : error + "\n") }
            return 1
        }
        let deadline = cluster.now.adding(seconds: timeout > 0 ? timeout : 300)
        let gone: (Client) -> Bool = { state in
            deleted.allSatisfy { type, namespace, name, uid in
                guard let current = state.object(type, namespace: namespace, name: name) else { return true }
                return current["metadata"]["uid"].string != uid
            }
        }
        if !gone(cluster) {
            switch context.host.passTime(&cluster, deadline: deadline, stop: gone, progress: { _ in }) {
            case .stopped, .idle: break
            case .interrupted: return 130
            case .deadlineReached:
                context.err("error: timed out waiting for the condition\n")
                return 1
            }
        }
        var count = 0
        for (type, object, _) in documents {
            let created: WriteResult
            do throws(APIError) {
                created = try cluster.create(object, options: WriteOptions())
            } catch {
                errors.append(error.kubectlMessage)
                continue
            }
            created.warnings.forEach(context.warning)
            count += 1
            try OutputSupport.reportWritten(type, created.object, operation: "replaced", format: format, dryRun: .none, context: context, now: cluster.now, observe: true)
        }
        for error in errors { context.err(error.hasSuffix("\n") ? error : error + "\n") }
        if count == 0 && errors.isEmpty { throw .plain("no objects passed to replace") }
        return errors.isEmpty ? 0 : 1
    }
}
