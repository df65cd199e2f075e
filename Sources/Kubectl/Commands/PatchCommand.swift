import ClusterModel

/// `kubectl patch (-f FILE | TYPE NAME) -p PATCH [--type strategic|merge|json] [--subresource scale|status]`
/// (`pkg/cmd/patch/patch.go`, `RunPatch`): sends the patch as given and prints `deployment.apps/x patched`, or
/// `patched (no change)` when the server's answer equals the object kubectl read first.
enum PatchCommand {
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let format = try command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let patchText = command.flags["patch"] ?? ""
        let patchFile = command.flags["patch-file"] ?? ""
        let local = command.bool("local")
        // `PatchOptions.Validate`, in its order.
        if !patchText.isEmpty && !patchFile.isEmpty { throw .plain("cannot specify --patch and --patch-file together") }
        if patchText.isEmpty && patchFile.isEmpty { throw .plain("must specify --patch or --patch-file containing the contents of the patch") }
        if local && !command.resources.isEmpty { throw .plain("cannot specify --local and server resources") }
        if local && dryRun == .server { throw .plain("cannot specify --local and --dry-run=server - did you mean --dry-run=client?") }
        let typeText = command.flags["type"] ?? "strategic"
        guard let patchType = typeText.isEmpty ? .strategic : PatchType(rawValue: typeText.lowercased()) else {
            throw .plain("--type must be one of [json merge strategic], not \(GoQuote.quoted(typeText))")
        }
        if local {
            throw .tutor(
                "--local is not supported by this simulated cluster; patch the objects in the cluster instead",
                "k8s-tutor 的模拟集群暂不支持 --local；请直接修补集群中的对象")
        }
        var text = patchText
        if !patchFile.isEmpty {
            do {
                text = try context.host.readFile(patchFile)
            } catch {
                switch error {
                case .notFound: throw .plain("unable to read patch file: open \(patchFile): no such file or directory")
                case .unreadable(_, let reason): throw .plain("unable to read patch file: read \(patchFile): \(reason)")
                }
            }
        }
        let body = try requestBody(text, patchFlag: patchText, patchType: patchType)
        let subresource = command.flags["subresource"]
        let targets = try resolveTargets(context, cluster: cluster)
        var errors: [String] = []
        for (type, namespace, name) in targets {
            let written: WriteResult
            let before: JSONValue
            do throws(APIError) {
                if let subresource {
                    before = try cluster.subresource(type, namespace: namespace, name: name, subresource)
                } else {
                    guard let object = cluster.object(type, namespace: namespace, name: name) else { throw APIError.notFound(type, name: name) }
                    before = object
                }
                let patch = try body.get()
                // A client dry run prints what the patch would make of the object; the simulated server computes it
                // (`dryRun=All`), since the patch algorithms live there.
                let options = WriteOptions(fieldValidation: .warn, dryRun: dryRun != .none)
                if let subresource {
                    written = try cluster.patch(type, namespace: namespace, name: name, subresource: subresource, patch: patch, as: patchType, options: options)
                } else {
                    written = try cluster.patch(type, namespace: namespace, name: name, patch: patch, as: patchType, options: options)
                }
            } catch {
                errors.append(error.kubectlMessage)
                continue
            }
            written.warnings.forEach(context.warning)
            let operation = written.object == before ? "patched (no change)" : "patched"
            if subresource == "scale", format == nil || format == .table || format == .wide {
                // The server answers with the Scale, which the name printer shows under its own kind.
                context.observe(type, .name, written.object, at: cluster.now)
                context.out("scale.autoscaling/\(name) \(operation)\(dryRun.suffix)\n")
            } else {
                try OutputSupport.reportWritten(type, written.object, operation: operation, format: format, dryRun: dryRun, context: context, now: cluster.now, observe: true)
            }
        }
        for error in errors { context.err(error + "\n") }
        if targets.isEmpty && errors.isEmpty { throw .plain("no objects passed to patch") }
        return errors.isEmpty ? 0 : 1
    }

    /// The builder's `ResourceTypeOrNameArgs(false, …)`: a type without a name is refused.
    static func resolveTargets(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> [(ResourceType, String?, String)] {
        let command = context.command
        if command.filenames.isEmpty, !command.resources.isEmpty, command.objects.isEmpty {
            throw .plain("resource(s) were provided, but no name was specified")
        }
        return try TargetResolution.targets(context, cluster: cluster, allowAll: false)
    }

    /// What kubectl sends (apimachinery `yaml.ToJSON`): text starting with `{` goes as it is, so the server reports
    /// its syntax errors (as `Result.failure`, raised per object); anything else is YAML that kubectl converts,
    /// failing with `unable to parse "<--patch>": yaml: …`.
    static func requestBody(_ text: String, patchFlag: String, patchType: PatchType) throws(KubectlError) -> Result<JSONValue, APIError> {
        if GoJSONDecoder.nestingDepth(text) > TutorLimits.maximumPatchDepth {
            throw .tutor(
                "the patch nests deeper than \(TutorLimits.maximumPatchDepth) levels, more than k8s-tutor's simulated cluster accepts",
                "补丁的嵌套超过 \(TutorLimits.maximumPatchDepth) 层，超出了 k8s-tutor 模拟集群能接受的深度")
        }
        if text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).hasPrefix("{") {
            do {
                return .success(try GoJSONDecoder.decode(text))
            } catch {
                // `strategicPatchObject` returns the decoder's error bare; the JSON patchers add `error decoding patch: `.
                return .failure(APIError.badRequest((patchType == .strategic ? "" : "error decoding patch: ") + error.message))
            }
        }
        let value: JSONValue
        do {
            value = try ManifestLoader.decode(text)
        } catch {
            let detail: String
            switch error {
            case .yaml(let line, let problem): detail = "yaml: " + (line.map { "line \($0): " } ?? "") + problem
            case .conversion(let problem): detail = problem
            case .text(let problem): detail = problem
            }
            throw .plain("unable to parse \(GoQuote.quoted(patchFlag)): \(detail)")
        }
        // YAML that holds nothing converts to `null`, which decodes as an empty patch.
        if value == .null { return .success(patchType == .json ? .array([]) : .emptyObject) }
        return .success(value)
    }
}
