import ClusterModel

/// `kubectl set image TYPE NAME CONTAINER=IMAGE…` (`pkg/cmd/set/set_image.go`): sets the image of the named
/// containers (`*` for all) in the pod template, or a Pod's own spec, with a strategic merge patch; an object
/// that does not change prints nothing.
enum SetImageCommand {
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        if command.bool("all"), command.selector != nil { throw .plain("cannot set --all and --selector at the same time") }
        if command.resources.isEmpty && command.filenames.isEmpty {
            throw .plain("one or more resources must be specified as <resource> <name> or <resource>/<name>")
        }
        if command.arguments.isEmpty { throw .plain("at least one image update is required") }
        var images: [(String, String)] = []
        var invalid: [String] = []
        for pair in command.arguments {
            if let equals = pair.firstIndex(of: "="), equals != pair.startIndex {
                let name = String(pair[..<equals])
                images.removeAll { $0.0 == name }
                images.append((name, String(pair[pair.index(after: equals)...])))
            } else {
                invalid.append(pair)
            }
        }
        if !invalid.isEmpty { throw .plain("invalid image format: \(invalid.joined(separator: ", "))") }
        if images.contains(where: { $0.0 == "*" }) && images.count > 1 {
            throw .plain("all containers are already specified by *, but saw more than one container_name=container_image pairs")
        }
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let format = try command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
        let targets = try TargetResolution.targets(context, cluster: cluster)
        var errors: [String] = []
        for (type, namespace, name) in targets {
            guard let object = cluster.object(type, namespace: namespace, name: name) else {
                errors.append(APIError.notFound(type, name: name).kubectlMessage)
                continue
            }
            let specPath: [String]
            switch type {
            case .pods: specPath = ["spec"]
            case .deployments, .replicaSets, .daemonSets: specPath = ["spec", "template", "spec"]
            default:
                errors.append("error: \(type.qualifiedSingular)/\(name) the object is not a pod or does not have a pod template: *\(object.text("kind"))")
                continue
            }
            var spec = specPath.reduce(object) { $0[$1] }
            var changed: [JSONValue] = []
            for (container, image) in images {
                var found = false
                for listName in ["initContainers", "containers"] {
                    guard var list = spec[listName].array else { continue }
                    for index in list.indices where list[index]["name"].string == container || container == "*" {
                        found = true
                        if list[index]["image"].string != image {
                            list[index]["image"] = .string(image)
                            changed.append(["name": list[index]["name"], "image": .string(image)])
                        }
                    }
                    spec[listName] = .array(list)
                }
                if !found { errors.append("error: unable to find container named \(GoQuote.quoted(container))") }
            }
            guard !changed.isEmpty else { continue }
            var result = object
            if specPath.count == 1 { result["spec"] = spec } else { result["spec"]["template"]["spec"] = spec }
            if dryRun != .client {
                let patchSpec: JSONValue = ["containers": .array(changed)]
                let patch: JSONValue = specPath.count == 1 ? ["spec": patchSpec] : ["spec": ["template": ["spec": patchSpec]]]
                do {
                    let written = try cluster.patch(
                        type, namespace: namespace, name: name, patch: patch, as: .strategic, options: WriteOptions(dryRun: dryRun == .server))
                    written.warnings.forEach(context.warning)
                    result = written.object
                } catch {
                    errors.append("error: failed to patch image update to pod template: \(error.message)")
                    continue
                }
            }
            try OutputSupport.reportWritten(type, result, operation: "image updated", format: format, dryRun: dryRun, context: context, now: cluster.now)
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }
}
