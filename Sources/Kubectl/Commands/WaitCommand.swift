import ClusterModel

/// `kubectl wait --for=condition=X[=v] | --for=delete | --for=create` on named or selected objects.
enum WaitCommand {
    /// What the command waits for.
    enum Condition {
        case delete
        case create
        case condition(String, String)
        case jsonpath(String, String?)
    }

    /// Parses `--for`: `delete`, `create`, `condition=Type[=value]` or `jsonpath={…}[=value]`.
    static func parseCondition(_ text: String) throws(KubectlError) -> Condition {
        let lower = text.lowercased()
        if lower == "delete" { return .delete }
        if lower == "create" { return .create }
        if lower.hasPrefix("condition=") {
            let body = String(text.dropFirst("condition=".count))
            let parts = body.split(separator: "=", maxSplits: 1)
            guard let first = parts.first, !first.isEmpty else { throw .plain("unrecognized condition: \"\(text)\"") }
            return .condition(String(first), parts.count == 2 ? String(parts[1]) : "true")
        }
        if lower.hasPrefix("jsonpath=") {
            let body = String(text.dropFirst("jsonpath=".count))
            guard let close = body.lastIndex(of: "}") else { throw .plain("unrecognized condition: \"\(text)\"") }
            let expression = String(body[...close])
            let rest = body[body.index(after: close)...]
            return .jsonpath(expression, rest.hasPrefix("=") ? String(rest.dropFirst()) : nil)
        }
        throw .plain("unrecognized condition: \"\(text)\"")
    }

    /// Whether `object` satisfies the condition.
    static func holds(_ condition: Condition, _ object: JSONValue?) -> Bool {
        switch condition {
        case .delete: return object == nil
        case .create: return object != nil
        case .condition(let type, let value):
            guard let object else { return false }
            return object["status"]["conditions"].array?.contains(where: {
                $0["type"].string?.lowercased() == type.lowercased() && $0["status"].string?.lowercased() == value.lowercased()
            }) ?? false
        case .jsonpath(let expression, let value):
            guard let object, let result = try? OutputSupport.jsonPath(expression, on: object) else { return false }
            if let value { return result == value }
            return !result.isEmpty
        }
    }

    /// Runs the command: writes its output through the context and returns the exit status; throws kubectl's error text for fatal problems.
    static func run<Client: ClusterClient>(_ context: CommandContext, cluster: inout Client) throws(KubectlError) -> Int32 {
        let command = context.command
        let condition = try parseCondition(command.flags["for"] ?? "")
        let targets = try TargetResolution.targets(context, cluster: cluster)
        if targets.isEmpty { throw .plain("no matching resources found") }
        var timeout = command.duration("timeout") ?? 30
        if timeout < 0 { timeout = 7 * 24 * 3600 }
        for (type, namespace, name) in targets {
            let namespace = type.namespaced ? namespace ?? context.namespace : nil
            let initial = cluster.object(type, namespace: namespace, name: name)
            if initial == nil {
                if case .delete = condition { continue }
                if case .create = condition {} else {
                    throw KubectlError(message: APIError.notFound(type, name: name).kubectlMessage)
                }
            }
            let uid = initial?["metadata"]["uid"].string
            let check: (Client) -> Bool = { state in
                let current = state.object(type, namespace: namespace, name: name)
                if case .delete = condition { return current == nil || current?["metadata"]["uid"].string != uid }
                return holds(condition, current)
            }
            let outcome: TimeOutcome
            if check(cluster) {
                outcome = .stopped
            } else if timeout == 0 {
                outcome = .deadlineReached
            } else {
                outcome = context.host.passTime(&cluster, deadline: cluster.now.adding(seconds: timeout), stop: check, progress: { _ in })
            }
            switch outcome {
            case .stopped:
                if let object = cluster.object(type, namespace: namespace, name: name) { context.observe(type, .name, object, at: cluster.now) }
                context.out("\(type.qualifiedSingular)/\(name) condition met\n")
            case .interrupted:
                return 130
            case .deadlineReached, .idle:
                throw .plain("timed out waiting for the condition on \(type.qualifiedName)/\(name)")
            }
        }
        return 0
    }
}
