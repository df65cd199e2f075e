import ClusterModel

/// What kubectl's generators (`create <kind>`, `run`, `expose`) do with the object they built: create it on the
/// server, or print it for a client dry run as the typed Go object it is.
enum GeneratedObject {
    /// Creates the object (or prints it for a client dry run) and reports it as the generators do (`kind/name created`,
    /// or the object itself with `-o`).
    static func send(
        _ object: JSONValue, type: ResourceType, operation: String = "created", format: OutputFormat, dryRun: DryRunStrategy,
        validation: FieldValidation = .strict, _ context: CommandContext, _ cluster: inout some ClusterClient
    ) throws(KubectlError) -> Int32 {
        var result = object
        if dryRun == .client {
            // kubectl prints the object it built, with the empty creation time of a Go struct (also a template's).
            result["metadata"] = JSONValue.object((result["metadata"].object ?? [:]).merging(["creationTimestamp": .null]) { $1 })
            if !result["spec"]["template"].isNull {
                result["spec"]["template"]["metadata"] = JSONValue.object(
                    (result["spec"]["template"]["metadata"].object ?? [:]).merging(["creationTimestamp": .null]) { $1 })
            }
            if !result["spec"]["jobTemplate"].isNull {
                // A CronJob's job template and its pod template are Go structs too.
                result["spec"]["jobTemplate"]["metadata"] = JSONValue.object(
                    (result["spec"]["jobTemplate"]["metadata"].object ?? [:]).merging(["creationTimestamp": .null]) { $1 })
                result["spec"]["jobTemplate"]["spec"]["template"]["metadata"] = JSONValue.object(
                    (result["spec"]["jobTemplate"]["spec"]["template"]["metadata"].object ?? [:]).merging(["creationTimestamp": .null]) { $1 })
            }
        } else {
            var sent = object
            if type.namespaced, sent["metadata"]["namespace"].isNull { sent["metadata"]["namespace"] = .string(context.namespace) }
            do {
                let created = try cluster.create(sent, options: WriteOptions(fieldValidation: validation, dryRun: dryRun == .server))
                created.warnings.forEach(context.warning)
                result = created.object
            } catch {
                switch type {
                case .configMaps: throw .plain("failed to create configmap: \(error.message)")
                case .secrets: throw .plain("failed to create secret \(error.message)")
                case .serviceAccounts: throw .plain("failed to create serviceaccount: \(error.message)")
                case .deployments: throw .plain("failed to create deployment: \(error.message)")
                default: throw KubectlError(message: error.kubectlMessage)
                }
            }
        }
        switch format {
        case .table, .wide:
            context.out("\(type.qualifiedSingular)/\(result["metadata"]["name"].string ?? "") \(operation)\(dryRun.suffix)\n")
        case .json where dryRun == .client:
            // The generator's typed object, marshalled in its Go struct's field order.
            context.observe(type, .json, result, at: cluster.now)
            context.out(result.indentedJSON(indent: "    ", order: structOrder) + "\n")
        default:
            try OutputSupport.printObjects([(type, result)], format: format, context: context, now: cluster.now, forceList: false)
        }
        return 0
    }

    /// The field order of the generated kinds' Go structs (`TypeMeta` first, then `ObjectMeta`'s fields).
    static func structOrder(_ path: [String]) -> [String] {
        switch path {
        case []: ["kind", "apiVersion", "metadata", "spec", "status", "secrets", "imagePullSecrets", "immutable", "data", "binaryData", "stringData", "type"]
        case ["metadata"], ["spec", "template", "metadata"]:
            ["name", "generateName", "namespace", "uid", "resourceVersion", "creationTimestamp", "labels", "annotations"]
        case ["spec"]: ["replicas", "selector", "template", "strategy", "containers", "restartPolicy", "dnsPolicy"]
        case ["spec", "template", "spec", "containers", "[]"], ["spec", "containers", "[]"]:
            ["name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "imagePullPolicy", "securityContext"]
        case ["spec", "template", "spec"]: ["containers"]
        default: []
        }
    }
}
