import ClusterModel

/// `kubectl api-resources`: the discovery table of the simulated cluster.
enum APIResourcesCommand {
    /// Verbs every served resource supports, as discovery lists them.
    static let verbs = "create,delete,deletecollection,get,list,patch,update,watch"

    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext) throws(KubectlError) -> Int32 {
        let command = context.command
        var types = ResourceType.all
        // Discovery order as a kind cluster serves it: the core group first, then the named groups in alphabetical
        // order (apps, coordination.k8s.io, discovery.k8s.io, scheduling.k8s.io, storage.k8s.io); names sorted within
        // a group.
        types.sort { lhs, rhs in
            if lhs.group != rhs.group { return lhs.group.isEmpty || (!rhs.group.isEmpty && lhs.group < rhs.group) }
            return lhs.plural < rhs.plural
        }
        if let namespaced = command.flags["namespaced"] { types = types.filter { $0.namespaced == (namespaced == "true") } }
        if let group = command.flags["api-group"] { types = types.filter { $0.group == group } }
        switch command.string("sort-by") {
        case "name"?: types.sort { $0.plural < $1.plural }
        case "kind"?: types.sort { $0.kind < $1.kind }
        case nil: break
        case let other?: throw .plain("--sort-by accepts only name or kind, got \(other)")
        }
        switch command.output {
        case "name"?:
            for type in types { context.out(type.qualifiedName + "\n") }
            return 0
        case nil, "wide"?:
            break
        case let other?:
            throw .plain("--output \(other) is not available")
        }
        let wide = command.output == "wide"
        var text = command.bool("no-headers") ? "" : "NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND" + (wide ? "\tVERBS\tCATEGORIES" : "") + "\n"
        for type in types {
            text += "\(type.plural)\t\(type.shortNames.joined(separator: ","))\t\(type.apiVersion)\t\(type.namespaced)\t\(type.kind)"
            if wide {
                let categories = [ResourceType.pods, .services, .daemonSets, .deployments, .replicaSets, .statefulSets, .cronJobs, .jobs].contains(type) ? "all" : ""
                text += "\t\(verbs)\t\(categories)"
            }
            text += "\n"
        }
        var writer = TabWriter.table()
        context.out(writer.format(text))
        return 0
    }
}
