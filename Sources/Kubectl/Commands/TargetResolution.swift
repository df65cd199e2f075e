import ClusterModel

/// Finds the objects a command's arguments name, as kubectl's resource builder does.
enum TargetResolution {
    /// `(type, namespace, name)` of every named object, every object of the selected types matching `-l`,
    /// or every object with `--all`; plus objects from `-f`. Throws kubectl's builder errors.
    static func targets(_ context: CommandContext, cluster: some ClusterClient, allowAll: Bool = true) throws(KubectlError) -> [(ResourceType, String?, String)] {
        let command = context.command
        var result: [(ResourceType, String?, String)] = []
        if !command.filenames.isEmpty {
            let loaded = ManifestLoader.load(command.filenames, host: context.host, recursive: command.bool("recursive"))
            if let error = loaded.error { throw KubectlError(message: error) }
            for document in loaded.documents {
                guard let type = ResourceType.forManifest(apiVersion: document.object["apiVersion"].string ?? "", kind: document.object["kind"].string ?? "") else { continue }
                result.append((type, type.namespaced ? document.object["metadata"]["namespace"].string ?? context.namespace : nil,
                               document.object["metadata"]["name"].string ?? ""))
            }
            return result
        }
        if command.resources.isEmpty {
            throw .plain("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'")
        }
        if !command.objects.isEmpty {
            return command.objects.map { ($0.resource, $0.resource.namespaced ? context.namespace : nil, $0.name) }
        }
        let fieldSelector = command.flags["field-selector"]
        if command.selector != nil || fieldSelector != nil || (allowAll && command.bool("all")) {
            let selector = try parseSelector(command.selector)
            for type in command.resources {
                let namespace: String? = command.allNamespaces || !type.namespaced ? nil : context.namespace
                let items = try cluster.list(type, namespace: namespace, selector: selector, selectorText: command.selector, fieldSelector: fieldSelector)
                for object in items {
                    result.append((type, object["metadata"]["namespace"].string, object["metadata"]["name"].string ?? ""))
                }
            }
            return result
        }
        throw .plain("resource(s) were provided, but no name, label selector, or --all flag specified")
    }

    /// The builder's `ResourceTypeOrNameArgs(true, …)`: as ``targets(_:cluster:allowAll:)``, except that a type given
    /// alone selects every object of it in the namespace (`rollout restart deployment`, `edit deployments`).
    static func targetsAllowingEmptySelector(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> [(ResourceType, String?, String)] {
        let command = context.command
        if !command.filenames.isEmpty || command.resources.isEmpty || !command.objects.isEmpty || command.selector != nil {
            return try targets(context, cluster: cluster)
        }
        var result: [(ResourceType, String?, String)] = []
        for type in command.resources {
            let namespace = type.namespaced ? context.namespace : nil
            for object in try cluster.list(type, namespace: namespace, selector: nil, selectorText: nil, fieldSelector: nil) {
                result.append((type, object["metadata"]["namespace"].string, object["metadata"]["name"].string ?? ""))
            }
        }
        return result
    }

    /// Parses `-l` with the model's selector parser; a bad selector is reported as kubectl does.
    static func parseSelector(_ text: String?) throws(KubectlError) -> LabelSelector? {
        guard let text else { return nil }
        do {
            return try LabelSelector(parsing: text)
        } catch {
            throw .plain(error.message)
        }
    }
}
