import ClusterModel

/// `kubectl config view|current-context|get-contexts` over the fixed kubeconfig of the simulated kind cluster.
enum ConfigCommand {
    /// The cluster, context and user name.
    static let contextName = "kind-k8s-tutor"
    /// The API server address the kubeconfig points at.
    static let server = "https://127.0.0.1:40423"

    /// The kubeconfig as an object (secrets already redacted as `config view` shows them).
    static var kubeconfig: JSONValue {
        [
            "apiVersion": "v1",
            "clusters": [["cluster": ["certificate-authority-data": "DATA+OMITTED", "server": .string(server)], "name": .string(contextName)]],
            "contexts": [["context": ["cluster": .string(contextName), "user": .string(contextName)], "name": .string(contextName)]],
            "current-context": .string(contextName),
            "kind": "Config",
            "preferences": .emptyObject,
            "users": [["name": .string(contextName), "user": ["client-certificate-data": "DATA+OMITTED", "client-key-data": "DATA+OMITTED"]]],
        ]
    }

    /// `config view`: the kubeconfig as YAML (or `-o json|jsonpath`).
    static func view(_ context: CommandContext) throws(KubectlError) -> Int32 {
        let format = try OutputSupport.format(context.command.output ?? "yaml")
        switch format {
        case .json: context.out(ObjectPrinter.json([kubeconfig], single: true))
        case .yaml, .table, .wide: context.out(ObjectPrinter.yaml([kubeconfig], single: true))
        case .kyaml: context.out(ObjectPrinter.kyaml([kubeconfig], single: true))
        case .name: context.out("config/\(contextName)\n")
        case .jsonpath(let template):
            context.out(try OutputSupport.jsonPath(template, on: kubeconfig))
        case .customColumns:
            throw .plain("unable to match a printer suitable for the output format \"\(context.command.output ?? "")\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,yaml")
        }
        return 0
    }

    /// `config current-context`.
    static func currentContext(_ context: CommandContext) -> Int32 {
        context.out(contextName + "\n")
        return 0
    }

    /// `config use-context NAME`: only the simulated cluster's context exists.
    static func useContext(_ context: CommandContext) throws(KubectlError) -> Int32 {
        guard let name = context.command.arguments.first else {
            throw .usage("Unexpected args: []", commandPath: "kubectl config use-context")
        }
        guard name == contextName else { throw .plain("no context exists with the name: \"\(name)\"") }
        context.out("Switched to context \"\(name)\".\n")
        return 0
    }

    /// `config get-contexts`: the one context, marked current.
    static func getContexts(_ context: CommandContext) throws(KubectlError) -> Int32 {
        if let output = context.command.output {
            guard output == "name" else { throw .plain("output must be one of '' or 'name'") }
            context.out(contextName + "\n")
            return 0
        }
        var text = context.command.bool("no-headers") ? "" : "CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n"
        text += "*\t\(contextName)\t\(contextName)\t\(contextName)\t\n"
        var writer = TabWriter.table()
        context.out(writer.format(text))
        return 0
    }
}
