import ClusterModel

/// `kubectl cluster-info`: the control plane address and the cluster services (CoreDNS when present).
enum ClusterInfoCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext, cluster: some ClusterClient) -> Int32 {
        if context.command.arguments.first == "dump" {
            context.err(TutorLimits.unsupportedCommand("kubectl cluster-info dump", reason: .notImplemented).message(in: context.host.language))
            return 1
        }
        let terminal = context.host.isTerminal
        func line(_ name: String, _ url: String) -> String {
            terminal ? "\u{1B}[0;32m\(name)\u{1B}[0m is running at \u{1B}[0;33m\(url)\u{1B}[0m\n" : "\(name) is running at \(url)\n"
        }
        var out = line("Kubernetes control plane", ConfigCommand.server)
        let system = cluster.list(.services, namespace: "kube-system")
            .filter { $0["metadata"]["labels"]["kubernetes.io/cluster-service"].string == "true" }
        if system.isEmpty {
            // A kind cluster always runs CoreDNS behind the kube-dns service.
            out += line("CoreDNS", "\(ConfigCommand.server)/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy")
        }
        for service in system {
            let name = service["metadata"]["labels"]["kubernetes.io/name"].string ?? service["metadata"]["name"].string ?? ""
            let serviceName = service["metadata"]["name"].string ?? ""
            let port = service["spec"]["ports"][0]["name"].string.map { ":" + $0 } ?? ""
            out += line(name, "\(ConfigCommand.server)/api/v1/namespaces/kube-system/services/\(serviceName)\(port)/proxy")
        }
        out += "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n"
        context.out(out)
        return 0
    }
}
