import ClusterModel

/// `kubectl label` and `kubectl annotate` (`pkg/cmd/label`, `pkg/cmd/annotate`): parse the `KEY=VALUE` / `KEY-`
/// changes, refuse overwrites without `--overwrite`, and send a JSON merge patch of the metadata map per object.
enum MetadataCommand {
    /// Which metadata map the command changes.
    enum Field: String {
        case labels, annotations

        var pairType: String { self == .labels ? "label" : "annotation" }
    }

    static func run(_ context: CommandContext, cluster: inout some ClusterClient, field: Field) throws(KubectlError) -> Int32 {
        let command = context.command
        let list = command.bool("list")
        if list, command.output != nil { throw .plain("--list and --output may not be specified together") }
        if command.bool("all"), command.selector != nil { throw .plain("cannot set --all and --selector at the same time") }
        if command.bool("local") {
            throw .tutor(
                "--local is not supported by this simulated cluster; change the objects in the cluster instead",
                "k8s-tutor 的模拟集群暂不支持 --local；请直接修改集群中的对象")
        }
        if command.resources.isEmpty && command.filenames.isEmpty {
            throw .plain("one or more resources must be specified as <resource> <name> or <resource>/<name>")
        }
        if command.arguments.isEmpty && !list { throw .plain("at least one \(field.pairType) update is required") }
        let (changes, removals) = try parse(command.arguments, field: field)
        let format = try command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let targets = try TargetResolution.targets(context, cluster: cluster)
        let resourceVersion = command.flags["resource-version"]
        if resourceVersion != nil, targets.count > 1 { throw .plain("--resource-version may only be used with a single resource") }
        var errors: [String] = []
        for (type, namespace, name) in targets {
            guard let object = cluster.object(type, namespace: namespace, name: name) else {
                errors.append(APIError.notFound(type, name: name).kubectlMessage)
                continue
            }
            let current = object["metadata"][field.rawValue].stringMap
            if list {
                for (key, value) in current.sorted(by: { $0.key < $1.key }) {
                    context.out(targets.count > 1 ? " \(key)=\(value)\n" : "\(key)=\(value)\n")
                }
                continue
            }
            if !command.bool("overwrite"), let refusal = overwriteRefusal(current, changes, field: field) {
                errors.append("error: " + refusal)
                continue
            }
            var updated = current
            var added = 0
            var removed = 0
            for (key, value) in changes where current[key] != value {
                updated[key] = value
                added += 1
            }
            for key in removals where current[key] != nil {
                updated[key] = nil
                removed += 1
            }
            var result = object
            result["metadata"][field.rawValue] = updated.isEmpty ? .null : JSONValue(stringMap: updated)
            // label sends nothing when nothing changes; annotate always patches.
            if dryRun != .client && (field == .annotations || added + removed > 0) {
                var patchMap: [String: JSONValue] = [:]
                for (key, value) in changes where current[key] != value { patchMap[key] = .string(value) }
                for key in removals where current[key] != nil { patchMap[key] = .null }
                var patch: JSONValue = ["metadata": [field.rawValue: .object(patchMap)]]
                if let resourceVersion { patch["metadata"]["resourceVersion"] = .string(resourceVersion) }
                do {
                    let written = try cluster.patch(
                        type, namespace: namespace, name: name, patch: patch, as: .merge, options: WriteOptions(dryRun: dryRun == .server))
                    written.warnings.forEach(context.warning)
                    result = written.object
                } catch {
                    errors.append(error.kubectlMessage)
                    continue
                }
            }
            try OutputSupport.reportWritten(
                type, result, operation: message(field, added: added, removed: removed), format: format, dryRun: dryRun, context: context, now: cluster.now)
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `updateDataChangeMsg` for labels; annotate always says `annotated`.
    private static func message(_ field: Field, added: Int, removed: Int) -> String {
        guard field == .labels else { return "annotated" }
        if added > 0 && removed > 0 { return "modified" }
        if added > 0 { return "labeled" }
        if removed > 0 { return "unlabeled" }
        return "not labeled"
    }

    /// `parseLabels` / `ParsePairs`: the new values and the keys to remove, with kubectl's errors.
    private static func parse(_ pairs: [String], field: Field) throws(KubectlError) -> ([(String, String)], [String]) {
        var changes: [(String, String)] = []
        var removals: [String] = []
        var invalid: [String] = []
        for pair in pairs {
            if let equals = pair.firstIndex(of: "="), equals != pair.startIndex {
                let key = String(pair[..<equals])
                let value = String(pair[pair.index(after: equals)...])
                if field == .labels {
                    if value.contains("=") { throw .plain("invalid label spec: \(pair)") }
                    let problems = LabelValue.problems(value)
                    if !problems.isEmpty { throw .plain("invalid label value: \(GoQuote.quoted(pair)): \(problems.joined(separator: ";"))") }
                }
                changes.removeAll { $0.0 == key }
                changes.append((key, value))
            } else if pair.hasSuffix("-"), pair != "-" {
                removals.append(String(pair.dropLast()))
            } else if field == .labels {
                throw .plain("unknown label spec: \(pair)")
            } else {
                invalid.append(pair)
            }
        }
        if !invalid.isEmpty { throw .plain("invalid annotation format: \(invalid.joined(separator: ", "))") }
        let both = removals.filter { key in changes.contains { $0.0 == key } }
        if !both.isEmpty {
            if field == .labels { throw .plain("can not both modify and remove a label in the same command") }
            throw .plain("can not both modify and remove the following annotation(s) in the same command: \(both.joined(separator: ", "))")
        }
        return (changes, removals)
    }

    /// `validateNoOverwrites` / `validateNoAnnotationOverwrites`: the refusal when a key already has another value.
    private static func overwriteRefusal(_ current: [String: String], _ changes: [(String, String)], field: Field) -> String? {
        let clashes = changes.filter { key, value in
            guard let existing = current[key] else { return false }
            return existing != value && !(field == .annotations && key == "kubernetes.io/change-cause")
        }
        guard !clashes.isEmpty else { return nil }
        if field == .labels {
            return clashes.map { "'\($0.0)' already has a value (\(current[$0.0] ?? "")), and --overwrite is false" }.joined(separator: ", ")
        }
        let list = clashes.map { "'\($0.0)' already has a value (\(current[$0.0] ?? ""))" }.joined(separator: "; ")
        return "--overwrite is false but found the following declared annotation(s): " + list
    }
}
