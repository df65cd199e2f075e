import ClusterModel

/// `kubectl cordon|uncordon NODE…` (`pkg/cmd/drain/drain.go`, `RunCordonOrUncordon`, with `pkg/drain/cordon.go`)
/// and `kubectl taint` (`pkg/cmd/taint/taint.go`, `utils.go`): they write a node's `spec.unschedulable` and
/// `spec.taints` with strategic merge patches. The scheduler reads those fields; nothing here schedules.
enum NodeCommands {
    // MARK: cordon, uncordon

    static func cordon(_ context: CommandContext, cluster: inout some ClusterClient, desired: Bool) throws(KubectlError) -> Int32 {
        let command = context.command
        let verb = desired ? "cordon" : "uncordon"
        // `DrainCmdOptions.Complete`.
        if command.arguments.isEmpty && command.selector == nil {
            throw .usage("USAGE: \(verb) NODE [flags]", commandPath: command.commandPath)
        }
        if !command.arguments.isEmpty && command.selector != nil {
            throw .usage("error: cannot specify both a node name and a --selector option", commandPath: command.commandPath)
        }
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let nodes = try targetNodes(context, cluster: cluster)
        for node in nodes {
            let name = node.objectName
            context.observe(.nodes, .name, node, at: cluster.now)
            if (node["spec"]["unschedulable"].bool ?? false) == desired {
                context.out("node/\(name) already \(verb)ed\(dryRun.suffix)\n")
                continue
            }
            if dryRun != .client {
                // `CreateTwoWayMergePatch` of the node before and after: `false` is omitted, so uncordoning sends null.
                let patch: JSONValue = ["spec": .object(["unschedulable": desired ? .bool(true) : .null])]
                do {
                    let written = try cluster.patch(.nodes, namespace: nil, name: name, patch: patch, as: .strategic, options: WriteOptions(dryRun: dryRun == .server))
                    written.warnings.forEach(context.warning)
                } catch {
                    context.err("error: unable to \(verb) node \(GoQuote.quoted(name)): \(error.message)\n")
                    continue
                }
            }
            context.out("node/\(name) \(verb)ed\(dryRun.suffix)\n")
        }
        return 0
    }

    /// The nodes the arguments or `--selector` name. The builder reads every node before anything changes: one
    /// missing node fails the command.
    static func targetNodes(_ context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> [JSONValue] {
        let command = context.command
        var nodes: [JSONValue] = []
        if let selectorText = command.selector {
            let selector = try TargetResolution.parseSelector(selectorText)
            nodes = try cluster.list(.nodes, namespace: nil, selector: selector, selectorText: selectorText, fieldSelector: nil)
        } else {
            for argument in command.arguments {
                let name = try nodeName(argument)
                guard let node = cluster.object(.nodes, namespace: nil, name: name) else {
                    throw KubectlError(message: APIError.notFound(.nodes, name: name).kubectlMessage)
                }
                nodes.append(node)
            }
        }
        return nodes
    }

    /// A node argument: `NAME`, or `node/NAME` as the builder's `ResourceNames` also accepts.
    private static func nodeName(_ argument: String) throws(KubectlError) -> String {
        guard let slash = argument.firstIndex(of: "/") else { return argument }
        let typeText = String(argument[..<slash])
        guard let type = ResourceType.lookup(typeText) else { throw .plain("the server doesn't have a resource type \"\(typeText)\"") }
        guard type == .nodes else { throw .plain("you may only specify a single resource type") }
        return String(argument[argument.index(after: slash)...])
    }

    // MARK: taint

    /// One taint as the command line gives it (`key=value:Effect`, `key:Effect-`, `key-`).
    struct Taint: Equatable {
        var key: String
        var value: String
        var effect: String

        /// `Taint.ToString()`.
        var text: String {
            if effect.isEmpty { return value.isEmpty ? key : "\(key)=\(value)" }
            return value.isEmpty ? "\(key):\(effect)" : "\(key)=\(value):\(effect)"
        }

        /// `MatchTaint`: the same key and effect.
        func matches(_ other: JSONValue) -> Bool { key == other["key"].string && effect == (other["effect"].string ?? "") }

        var json: JSONValue {
            var object: JSONValue = ["key": .string(key), "effect": .string(effect)]
            if !value.isEmpty { object["value"] = .string(value) }
            return object
        }
    }

    static func taint(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let format = try command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
        // `TaintOptions.Complete`: the resources, then the taint changes.
        var resources: [String] = []
        var taintArgs: [String] = []
        for argument in command.arguments {
            let isTaint = argument.contains("=") || argument.contains(":") || argument.hasSuffix("-")
            if isTaint {
                taintArgs.append(argument)
            } else if !taintArgs.isEmpty {
                throw .plain("all resources must be specified before taint changes: \(argument)")
            } else {
                resources.append(argument)
            }
        }
        if resources.isEmpty { throw .plain("one or more resources must be specified as <resource> <name>") }
        if taintArgs.isEmpty { throw .plain("at least one taint update is required") }
        let (toAdd, toRemove): ([Taint], [Taint])
        do {
            (toAdd, toRemove) = try parseTaints(taintArgs)
        } catch {
            // `cmdutil.UsageErrorf(cmd, "%s", err)`.
            var text = error.message.dropFirst("error: ".count)
            if text.hasSuffix("\n") { text = text.dropLast() }
            throw .usage(String(text), commandPath: command.commandPath)
        }
        // `TaintOptions.Validate`.
        let typeText = resources[0].lowercased()
        guard let type = ResourceType.lookup(typeText) else { throw .plain("the server doesn't have a resource type \"\(typeText)\"") }
        guard type == .nodes else { throw .plain("invalid resource type \(typeText), only node types are supported") }
        var conflicts: [String] = []
        for added in toAdd {
            for removed in toRemove where added.key == removed.key && (removed.effect.isEmpty || added.effect == removed.effect) {
                conflicts.append("\(removed.key)=\(removed.effect)")
            }
        }
        if !conflicts.isEmpty {
            throw .plain("can not both modify and remove the following taint(s) in the same command: \(conflicts.joined(separator: ", "))")
        }
        let all = command.bool("all")
        if all && command.selector != nil { throw .plain("setting 'all' parameter with a non empty selector is prohibited") }
        if !all && command.selector == nil && resources.count < 2 {
            throw .plain("at least one resource name must be specified since 'all' parameter is not set")
        }
        // `RunTaint`: the builder continues past errors; each is reported at the end.
        var nodes: [Result<JSONValue, APIError>] = []
        if all || command.selector != nil {
            let selector = try TargetResolution.parseSelector(command.selector)
            nodes = try cluster.list(.nodes, namespace: nil, selector: selector, selectorText: command.selector, fieldSelector: nil).map { .success($0) }
        } else {
            for name in resources.dropFirst() {
                if let node = cluster.object(.nodes, namespace: nil, name: name) { nodes.append(.success(node)) } else { nodes.append(.failure(.notFound(.nodes, name: name))) }
            }
        }
        var errors: [String] = []
        for entry in nodes {
            let node: JSONValue
            switch entry {
            case .success(let found): node = found
            case .failure(let error): errors.append(error.kubectlMessage); continue
            }
            let name = node.objectName
            let oldTaints = node["spec"]["taints"].array ?? []
            if !command.bool("overwrite") {
                // `checkIfTaintsAlreadyExists`.
                let existing = toAdd.filter { taint in oldTaints.contains { taint.matches($0) } }.map(\.key)
                if !existing.isEmpty {
                    errors.append("error: node \(name) already has \(existing.joined(separator: ",")) taint(s) with same effect(s) and --overwrite is false")
                    continue
                }
            }
            // `reorganizeTaints`: the new taints first, then the old ones they do not replace, minus the removed ones.
            var newTaints = toAdd.map(\.json)
            for old in oldTaints where !toAdd.contains(where: { $0.matches(old) }) { newTaints.append(old) }
            let added = oldTaints.count != newTaints.count
            var missing: [String] = []
            var removed = false
            for taint in toRemove {
                let before = newTaints.count
                if taint.effect.isEmpty {
                    newTaints.removeAll { $0["key"].string == taint.key }
                } else {
                    newTaints.removeAll { taint.matches($0) }
                }
                removed = newTaints.count != before
                if !removed { missing.append("taint \(GoQuote.quoted(taint.text)) not found") }
            }
            if !missing.isEmpty {
                errors.append(missing.count == 1 ? "error: " + missing[0] : "error: [" + missing.joined(separator: ", ") + "]")
                continue
            }
            let operation = (added && removed) || command.bool("overwrite") ? "modified" : added ? "tainted" : "untainted"
            var result = node
            result["spec"]["taints"] = newTaints.isEmpty ? .null : .array(newTaints)
            if dryRun != .client, newTaints != oldTaints {
                // Taints have no merge key: the two-way patch replaces the whole list.
                let patch: JSONValue = ["spec": .object(["taints": newTaints.isEmpty ? .null : .array(newTaints)])]
                do {
                    let written = try cluster.patch(.nodes, namespace: nil, name: name, patch: patch, as: .strategic, options: WriteOptions(dryRun: dryRun == .server))
                    written.warnings.forEach(context.warning)
                    result = written.object
                } catch {
                    errors.append(error.kubectlMessage)
                    continue
                }
            }
            try OutputSupport.reportWritten(.nodes, result, operation: operation, format: format, dryRun: dryRun, context: context, now: cluster.now, observe: true)
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `parseTaints` / `parseTaint`, with their errors.
    static func parseTaints(_ specs: [String]) throws(KubectlError) -> ([Taint], [Taint]) {
        var toAdd: [Taint] = []
        var toRemove: [Taint] = []
        for spec in specs {
            if spec.hasSuffix("-") {
                let taint = try parseTaint(String(spec.dropLast()))
                toRemove.append(Taint(key: taint.key, value: "", effect: taint.effect))
                continue
            }
            let taint = try parseTaint(spec)
            if taint.effect.isEmpty { throw .plain("invalid taint spec: \(spec)") }
            if toAdd.contains(where: { $0.key == taint.key && $0.effect == taint.effect }) {
                // `%v` of a `corev1.Taint`: `{key value effect <nil>}` (the nil `timeAdded`).
                throw .plain("duplicated taints with the same key and effect: {\(taint.key) \(taint.value) \(taint.effect) <nil>}")
            }
            toAdd.append(taint)
        }
        return (toAdd, toRemove)
    }

    private static func parseTaint(_ spec: String) throws(KubectlError) -> Taint {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var key = ""
        var value = ""
        var effect = ""
        switch parts.count {
        case 1:
            key = parts[0]
        case 2:
            effect = parts[1]
            guard ["NoSchedule", "PreferNoSchedule", "NoExecute"].contains(effect) else {
                throw .plain("invalid taint effect: \(effect), unsupported taint effect")
            }
            let keyValue = parts[0].split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            if keyValue.count > 2 { throw .plain("invalid taint spec: \(spec)") }
            key = keyValue[0]
            if keyValue.count == 2 {
                value = keyValue[1]
                let problems = LabelValue.problems(value)
                if !problems.isEmpty { throw .plain("invalid taint spec: \(spec), \(problems.joined(separator: "; "))") }
            }
        default:
            throw .plain("invalid taint spec: \(spec)")
        }
        let problems = LabelValue.qualifiedNameProblems(key)
        if !problems.isEmpty { throw .plain("invalid taint spec: \(spec), \(problems.joined(separator: "; "))") }
        return Taint(key: key, value: value, effect: effect)
    }
}
