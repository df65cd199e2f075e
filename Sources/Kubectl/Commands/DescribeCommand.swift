import ClusterModel

/// `kubectl describe TYPE [NAME_PREFIX] | TYPE/NAME | -l selector | -f FILE`.
enum DescribeCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        if command.resources.isEmpty && command.filenames.isEmpty {
            throw .plain("You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.")
        }
        let namespace: String? = command.allNamespaces ? nil : context.namespace
        var found: [(ResourceType, JSONValue)] = []
        var errors: [String] = []
        if !command.filenames.isEmpty {
            for (type, objectNamespace, name) in try TargetResolution.targets(context, cluster: cluster) {
                if let object = cluster.object(type, namespace: objectNamespace, name: name) {
                    found.append((type, object))
                } else {
                    errors.append(APIError.notFound(type, name: name).kubectlMessage)
                }
            }
        } else if command.objects.isEmpty {
            let selector = try TargetResolution.parseSelector(command.selector)
            for type in command.resources {
                found += cluster.list(type, namespace: type.namespaced ? namespace : nil, selector: selector).map { (type, $0) }
            }
            if found.isEmpty {
                let clusterScoped = command.resources.contains { !$0.namespaced }
                context.err(command.allNamespaces || clusterScoped ? "No resources found\n" : "No resources found in \(context.namespace) namespace.\n")
                return 0
            }
        } else {
            for reference in command.objects {
                let type = reference.resource
                let objectNamespace = type.namespaced ? context.namespace : nil
                if let object = cluster.object(type, namespace: objectNamespace, name: reference.name) {
                    found.append((type, object))
                    continue
                }
                let prefixed = cluster.list(type, namespace: objectNamespace).filter { ($0["metadata"]["name"].string ?? "").hasPrefix(reference.name) }
                if prefixed.isEmpty {
                    errors.append(APIError.notFound(type, name: reference.name).kubectlMessage)
                } else {
                    found += prefixed.map { (type, $0) }
                }
            }
        }
        let related = ClusterRelatedObjects(cluster: cluster)
        var first = true
        for (type, object) in found {
            context.observe(type, .describe, object, at: cluster.now)
            let text = Describer.describe(object, related: related, now: cluster.now)
            context.out(first ? text : "\n\n" + text)
            first = false
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }
}
