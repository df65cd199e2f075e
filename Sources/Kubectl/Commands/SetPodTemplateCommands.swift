import ClusterModel

/// `kubectl set env` (`pkg/cmd/set/set_env.go`, `env/env_parse.go`) and `kubectl set resources`
/// (`set_resources.go`): they change the containers of a pod template (or a Pod's own spec) and send the result;
/// an object whose containers do not change is skipped without output (`CalculatePatches` gives `{}`).
enum SetPodTemplateCommands {
    /// One container environment variable.
    struct EnvVar: Equatable {
        var name: String
        var value: JSONValue
    }

    // MARK: set env

    static func env(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let list = command.bool("list")
        if command.bool("all"), command.selector != nil { throw .plain("cannot set --all and --selector at the same time") }
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        if command.bool("local") {
            throw .tutor(
                "--local is not supported by this simulated cluster; change the objects in the cluster instead",
                "k8s-tutor 的模拟集群暂不支持 --local；请直接修改集群中的对象")
        }
        // `Validate`.
        if command.filenames.isEmpty && command.resources.isEmpty {
            throw .plain("one or more resources must be specified as <resource> <name> or <resource>/<name>")
        }
        if list && command.output != nil { throw .plain("--list and --output may not be specified together") }
        let from = command.flags["from"] ?? ""
        // `--keys` is a string slice: commas separate values.
        let keys = (command.lists["keys"] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
        if !keys.isEmpty && from.isEmpty { throw .plain("when specifying --keys, a configmap or secret must be provided with --from") }
        let format = try command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
        // `RunEnv`: `ParseEnv` of `--env` values and the arguments.
        var (env, remove) = try parseEnv((command.lists["env"] ?? []) + command.arguments)
        if !from.isEmpty { env += try envFrom(from, keys: keys, context: context, cluster: cluster) }
        if let prefix = command.flags["prefix"], !prefix.isEmpty {
            for index in env.indices {
                env[index].name = prefix + env[index].name
                env[index].value["name"] = .string(env[index].name)
            }
        }
        let selector = command.flags["containers"] ?? "*"
        let overwrite = command.bool("overwrite")
        let targets = try TargetResolution.targets(context, cluster: cluster)
        var errors: [String] = []
        for (type, namespace, name) in targets {
            guard let (object, specPath, found) = podTemplate(type, namespace: namespace, name: name, cluster: cluster, errors: &errors) else {
                continue
            }
            var spec = found
            var matched = false
            var failure: String?
            for listName in ["containers", "initContainers"] {
                guard var containers = spec[listName].array else { continue }
                for index in containers.indices where matches(containers[index]["name"].string ?? "", selector) {
                    matched = true
                    let existing = (containers[index]["env"].array ?? []).map { EnvVar(name: $0["name"].string ?? "", value: $0) }
                    if !overwrite, let clash = env.first(where: { wanted in existing.contains { $0.name == wanted.name && $0.value["value"] != wanted.value["value"] } }) {
                        let current = existing.first { $0.name == clash.name }
                        failure = "'\(clash.name)' already has a value (\(current?.value["value"].string ?? "")), and --overwrite is false"
                        break
                    }
                    let updated = updateEnv(existing, env, remove)
                    containers[index]["env"] = updated.isEmpty ? .null : .array(updated.map(\.value))
                    if list {
                        context.out("# \(object.text("kind")) \(name), container \(containers[index]["name"].string ?? "")\n")
                        var resolveErrors: [String: [String]] = [:]
                        for variable in updated {
                            guard case .object = variable.value["valueFrom"] else {
                                context.out("\(variable.name)=\(variable.value["value"].string ?? "")\n")
                                continue
                            }
                            if command.bool("resolve") {
                                switch resolve(variable.value["valueFrom"], in: object, namespace: namespace ?? context.namespace, cluster: cluster) {
                                case .success(let value):
                                    context.out("\(variable.name)=\(value)\n")
                                    continue
                                case .failure(let problem):
                                    resolveErrors[problem.text, default: []].append(variable.name)
                                }
                            }
                            context.out("# \(variable.name) from \(referenceText(variable.value["valueFrom"]))\n")
                        }
                        let messages = resolveErrors.map { "error retrieving reference for \($0.value.sorted().joined(separator: ", ")): \($0.key)" }.sorted()
                        // The command then fails with `failed to retrieve valueFrom references`, which `--list`
                        // never reports: RunEnv returns before it looks at the patches' errors.
                        for message in messages { context.err(message + "\n") }
                    }
                }
                spec[listName] = .array(containers)
                if failure != nil { break }
            }
            if let failure {
                if !list { errors.append("error: \(type.qualifiedName)/\(name) \(failure)") }
                continue
            }
            if !matched {
                context.warning("\(object.text("kind"))/\(name) does not have any containers matching \(GoQuote.quoted(selector))")
                continue
            }
            if list { continue }
            var result = object
            result = setting(spec, at: specPath, in: result)
            if result == object { continue }
            if dryRun != .client {
                do {
                    let written = try cluster.patch(
                        type, namespace: namespace, name: name, patch: containersPatch(spec, specPath: specPath), as: .merge,
                        options: WriteOptions(dryRun: dryRun == .server))
                    written.warnings.forEach(context.warning)
                    result = written.object
                } catch {
                    errors.append("error: failed to patch env update to pod template: \(error.message)")
                    continue
                }
            }
            if env.isEmpty && command.arguments.isEmpty { throw .plain("at least one environment variable must be provided") }
            try OutputSupport.reportWritten(type, result, operation: "env updated", format: format, dryRun: dryRun, context: context, now: cluster.now, observe: true)
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `parseIntoEnvVar`: `NAME=VALUE` and `NAME-`, with its errors.
    static func parseEnv(_ specs: [String]) throws(KubectlError) -> ([EnvVar], [String]) {
        var env: [EnvVar] = []
        var remove: [String] = []
        for spec in specs {
            if spec == "-" {
                throw .tutor("reading environment variables from standard input (-) is not supported by this simulated cluster",
                             "k8s-tutor 的模拟集群暂不支持从标准输入（-）读取环境变量")
            } else if let equals = spec.firstIndex(of: "=") {
                let name = String(spec[..<equals])
                let problems = envVarNameProblems(name)
                if !problems.isEmpty { throw .plain("\(GoQuote.quoted(name)) is not a valid key name: \(problems.joined(separator: ";"))") }
                env.append(EnvVar(name: name, value: ["name": .string(name), "value": .string(String(spec[spec.index(after: equals)...]))]))
            } else if spec.hasSuffix("-") {
                remove.append(String(spec.dropLast()))
            } else {
                throw .plain("unknown environment variable: \(spec)")
            }
        }
        if remove.contains(where: { name in env.contains { $0.name == name } }) {
            throw .plain("can not both modify and remove the same environment variable in the same command")
        }
        return (env, remove)
    }

    /// `validation.IsEnvVarName`: letters, digits, `_`, `-` and `.`, not starting with a digit.
    static func envVarNameProblems(_ name: String) -> [String] {
        let valid = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }
            && !(name.first?.isNumber ?? false)
        if valid { return [] }
        return ["a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"]
    }

    /// `--from=configmap/NAME|secret/NAME`: one variable per key (sorted: Go's map order is random), named by
    /// `keyToEnvName`, referring to the key.
    private static func envFrom(_ from: String, keys: [String], context: CommandContext, cluster: some ClusterClient) throws(KubectlError) -> [EnvVar] {
        let parts = from.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else {
            throw .plain("arguments in resource/name form must have a single resource and name")
        }
        guard let type = ResourceType.lookup(parts[0]) else { throw .plain("the server doesn't have a resource type \"\(parts[0])\"") }
        let namespace = type.namespaced ? context.namespace : nil
        guard let source = cluster.object(type, namespace: namespace, name: parts[1]) else {
            throw KubectlError(message: APIError.notFound(type, name: parts[1]).kubectlMessage)
        }
        let reference: String
        switch type {
        case .configMaps: reference = "configMapKeyRef"
        case .secrets: reference = "secretKeyRef"
        default: throw .plain("unsupported resource specified in --from")
        }
        var result: [EnvVar] = []
        for key in source["data"].stringMap.keys.sorted() where keys.isEmpty || keys.contains(key) {
            let envName = String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" }).uppercased()
            if envName != key { context.warning("key \(key) transferred to \(envName)") }
            result.append(EnvVar(name: envName, value: ["name": .string(envName), "valueFrom": [reference: ["key": .string(key), "name": .string(parts[1])]]]))
        }
        return result
    }

    /// `updateEnv`: an added variable replaces every one of its name; removals win.
    static func updateEnv(_ existing: [EnvVar], _ env: [EnvVar], _ remove: [String]) -> [EnvVar] {
        var out: [EnvVar] = []
        var covered = Set(remove)
        for variable in existing {
            if covered.contains(variable.name) { continue }
            if let newer = env.first(where: { $0.name == variable.name }) {
                covered.insert(variable.name)
                out.append(newer)
                continue
            }
            out.append(variable)
        }
        for variable in env where !covered.contains(variable.name) {
            covered.insert(variable.name)
            out.append(variable)
        }
        return out
    }

    /// Why a reference could not be resolved.
    struct ResolveProblem: Error {
        var text: String
    }

    /// `GetEnvVarRefValue` for the references the simulated cluster can answer: ConfigMap and Secret keys and the
    /// object's own `metadata.name|namespace|uid`.
    private static func resolve(_ from: JSONValue, in object: JSONValue, namespace: String, cluster: some ClusterClient) -> Result<String, ResolveProblem> {
        for (field, type, noun) in [("configMapKeyRef", ResourceType.configMaps, "config map"), ("secretKeyRef", .secrets, "secret")] where !from[field].isNull {
            let name = from[field].text("name")
            let key = from[field].text("key")
            guard let source = cluster.object(type, namespace: namespace, name: name) else {
                return .failure(ResolveProblem(text: APIError.notFound(type, name: name).message))
            }
            if type == .secrets, let encoded = source["data"][key].string {
                return .success(String(decoding: Base64.decode(encoded) ?? [], as: UTF8.self))
            }
            if let value = source["data"][key].string { return .success(value) }
            return .failure(ResolveProblem(text: "key \(key) not found in \(noun) \(name)"))
        }
        if !from["fieldRef"].isNull {
            switch from["fieldRef"].text("fieldPath") {
            case "metadata.name": return .success(object.text("metadata.name"))
            case "metadata.namespace": return .success(object.text("metadata.namespace"))
            case "metadata.uid": return .success(object.text("metadata.uid"))
            case let path: return .failure(ResolveProblem(text: "unsupported fieldPath: \(path)"))
            }
        }
        return .failure(ResolveProblem(text: "unsupported valueFrom reference"))
    }

    /// `GetEnvVarRefString`.
    private static func referenceText(_ from: JSONValue) -> String {
        let configMap = from["configMapKeyRef"], secret = from["secretKeyRef"], field = from["fieldRef"], resource = from["resourceFieldRef"]
        if !configMap.isNull { return "configmap \(configMap.text("name")), key \(configMap.text("key"))" }
        if !secret.isNull { return "secret \(secret.text("name")), key \(secret.text("key"))" }
        if !field.isNull { return "field path \(field.text("fieldPath"))" }
        if !resource.isNull {
            let container = resource.text("containerName")
            return "resource field \(container.isEmpty ? "" : container + "/")\(resource.text("resource"))"
        }
        return ""
    }

    // MARK: set resources

    static func resources(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        if command.bool("local") {
            throw .tutor(
                "--local is not supported by this simulated cluster; change the objects in the cluster instead",
                "k8s-tutor 的模拟集群暂不支持 --local；请直接修改集群中的对象")
        }
        let format = try command.output.map { output throws(KubectlError) in try OutputSupport.format(output) }
        // `Complete` resolves the objects first (missing resources are the builder's error), then `Validate`.
        if command.filenames.isEmpty && command.resources.isEmpty {
            throw .plain("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'")
        }
        if command.bool("all"), command.selector != nil { throw .plain("cannot set --all and --selector at the same time") }
        let limitsText = command.flags["limits"] ?? ""
        let requestsText = command.flags["requests"] ?? ""
        if limitsText.isEmpty && requestsText.isEmpty {
            throw .plain("you must specify an update to requests or limits (in the form of --requests/--limits)")
        }
        let limits = try parseResourceList(limitsText)
        let requests = try parseResourceList(requestsText)
        let selector = command.flags["containers"] ?? "*"
        let targets = try TargetResolution.targets(context, cluster: cluster)
        var errors: [String] = []
        for (type, namespace, name) in targets {
            guard let (object, specPath, found) = podTemplate(type, namespace: namespace, name: name, cluster: cluster, errors: &errors) else {
                continue
            }
            var spec = found
            var matched = false
            for listName in ["containers", "initContainers"] {
                guard var containers = spec[listName].array else { continue }
                for index in containers.indices where matches(containers[index]["name"].string ?? "", selector) {
                    matched = true
                    for (key, value) in limits { containers[index]["resources"]["limits"][key] = .string(value) }
                    for (key, value) in requests { containers[index]["resources"]["requests"][key] = .string(value) }
                }
                spec[listName] = .array(containers)
            }
            if !matched {
                errors.append("error: unable to find container named \(selector)")
                continue
            }
            var result = setting(spec, at: specPath, in: object)
            if result == object { continue }
            if dryRun != .client {
                do {
                    let written = try cluster.patch(
                        type, namespace: namespace, name: name, patch: containersPatch(spec, specPath: specPath), as: .merge,
                        options: WriteOptions(dryRun: dryRun == .server))
                    written.warnings.forEach(context.warning)
                    result = written.object
                } catch {
                    errors.append("error: failed to patch resources update to pod template \(error.kubectlMessage)")
                    continue
                }
            }
            try OutputSupport.reportWritten(
                type, result, operation: "resource requirements updated", format: format, dryRun: dryRun, context: context, now: cluster.now, observe: true)
        }
        for error in errors { context.err(error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `parseResourceList`: `cpu=200m,memory=512Mi`, each quantity checked by `ParseQuantity` and sent in its
    /// canonical form.
    static func parseResourceList(_ spec: String) throws(KubectlError) -> [(String, String)] {
        if spec.isEmpty { return [] }
        var result: [(String, String)] = []
        for statement in spec.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let parts = statement.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw .plain("invalid argument syntax \(statement), expected <resource>=<value>") }
            if let problem = ResourceQuantity.problem(parts[1]) { throw .plain(problem) }
            result.removeAll { $0.0 == parts[0] }
            result.append((parts[0], CanonicalQuantity.text(parts[1])))
        }
        return result
    }

    // MARK: Shared

    /// Where the pod spec is (`UpdatePodSpecForObject`), for the kinds the simulated cluster keeps.
    /// The object, where its pod spec sits and the spec, or nil with the error kubectl prints for a missing object
    /// or one without a pod template.
    private static func podTemplate(
        _ type: ResourceType, namespace: String?, name: String, cluster: some ClusterClient, errors: inout [String]
    ) -> (JSONValue, [String], JSONValue)? {
        guard let object = cluster.object(type, namespace: namespace, name: name) else {
            errors.append(APIError.notFound(type, name: name).kubectlMessage)
            return nil
        }
        guard let specPath = podSpecPath(type) else {
            errors.append("error: \(type.qualifiedName)/\(name) the object is not a pod or does not have a pod template: *\(goTypeName(object))")
            return nil
        }
        return (object, specPath, specPath.reduce(object) { $0[$1] })
    }

    static func podSpecPath(_ type: ResourceType) -> [String]? {
        switch type {
        case .pods: return ["spec"]
        case .deployments, .replicaSets, .daemonSets: return ["spec", "template", "spec"]
        default: return nil
        }
    }

    /// The Go type kubectl names for an object without a pod template (`*v1.Service`).
    private static func goTypeName(_ object: JSONValue) -> String {
        let version = (object["apiVersion"].string ?? "v1").split(separator: "/").last.map(String.init) ?? "v1"
        return "\(version).\(object.text("kind"))"
    }

    /// `selectString`: `*` matches everything; otherwise each `*` in the selector stands for any run of characters
    /// (matched in linear space and quadratic time, so no selector can make it slow).
    static func matches(_ name: String, _ spec: String) -> Bool {
        if spec == "*" { return true }
        guard spec.contains("*") else { return name == spec }
        let text = Array(name)
        // reachable[j]: the pattern read so far can match the first j characters of the name.
        var reachable = [Bool](repeating: false, count: text.count + 1)
        reachable[0] = true
        for character in spec {
            if character == "*" {
                for j in 1..<reachable.count where reachable[j - 1] { reachable[j] = true }
            } else {
                for j in stride(from: text.count, through: 1, by: -1) { reachable[j] = reachable[j - 1] && text[j - 1] == character }
                reachable[0] = false
            }
        }
        return reachable[text.count]
    }

    private static func setting(_ spec: JSONValue, at path: [String], in object: JSONValue) -> JSONValue {
        var result = object
        if path.count == 1 { result["spec"] = spec } else { result["spec"]["template"]["spec"] = spec }
        return result
    }

    /// The containers lists as they should be. kubectl sends the two-way strategic merge patch of the object before
    /// and after; a merge patch of the whole lists, built from the object just read, stores the same result.
    private static func containersPatch(_ spec: JSONValue, specPath: [String]) -> JSONValue {
        var lists: [String: JSONValue] = [:]
        for name in ["containers", "initContainers"] where spec[name].array != nil { lists[name] = spec[name] }
        let inner = JSONValue.object(lists)
        return specPath.count == 1 ? ["spec": inner] : ["spec": ["template": ["spec": inner]]]
    }
}
