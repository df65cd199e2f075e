import ClusterModel

/// `kubectl scale --replicas=N TYPE NAME`.
enum ScaleCommand {
    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        guard let replicasText = command.flags["replicas"] else {
            throw .plain("required flag(s) \"replicas\" not set")
        }
        let replicas = Int(replicasText) ?? 0
        if replicas < 0 {
            throw .plain("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0")
        }
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        if let output = command.output, output != "name" {
            _ = try OutputSupport.format(output)
        }
        let targets = try TargetResolution.targets(context, cluster: cluster)
        if targets.isEmpty { throw .plain("no objects passed to scale") }
        let current = command.int("current-replicas") ?? -1
        var errors: [String] = []
        for (type, namespace, name) in targets {
            guard Cluster.scalableKinds.contains(type) else {
                errors.append("Error from server (NotFound): the server could not find the requested resource")
                continue
            }
            if current >= 0, let object = cluster.object(type, namespace: namespace, name: name) {
                let actual = object["spec"]["replicas"].int ?? 1
                if actual != current {
                    errors.append("error: Expected replicas to be \(current), was \(actual)")
                    continue
                }
            }
            if dryRun == .none, let object = cluster.object(type, namespace: namespace, name: name) {
                let space = namespace ?? context.namespace
                let added = replicas - TutorLimits.pods(of: object, type: type)
                if added > 0, replicas <= SimulationLimits.maximumReplicas {
                    let projected = TutorLimits.objectCount(in: space, cluster: cluster) + added
                    if projected > TutorLimits.maximumObjectsPerNamespace {
                        errors.append(TutorLimits.tooManyObjects(namespace: space, projected: projected, language: context.host.language))
                        continue
                    }
                }
            }
            do throws(APIError) {
                let result: JSONValue
                if dryRun == .client {
                    // kubectl sends nothing and prints the object it has with the new replicas.
                    guard var object = cluster.object(type, namespace: namespace, name: name) else { throw APIError.notFound(type, name: name) }
                    object["spec"]["replicas"] = .int(replicas)
                    result = object
                } else {
                    result = try cluster.scale(
                        type, namespace: namespace ?? context.namespace, name: name, replicas: replicas, options: WriteOptions(dryRun: dryRun == .server))
                }
                context.observe(type, .name, result, at: cluster.now)
                if command.output == "name" {
                    context.out("\(type.qualifiedSingular)/\(name)\n")
                } else {
                    context.out("\(type.qualifiedSingular)/\(name) scaled\(dryRun.suffix)\n")
                }
            } catch {
                errors.append(error.kubectlMessage)
            }
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }
}
