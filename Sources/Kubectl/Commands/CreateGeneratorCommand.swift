import ClusterModel

/// `kubectl create namespace|serviceaccount|configmap|secret generic NAME`: builds the object on the client, as
/// kubectl's generators (`pkg/cmd/create/create_*.go`) do, then creates it (or prints it with `--dry-run=client`).
enum CreateGeneratorCommand {
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let generator = command.subverb ?? ""
        var positionals = command.arguments
        var path = command.commandPath
        if generator == "secret" {
            guard let kind = positionals.first else { throw .plain(HelpRenderer.render(VerbCatalog.createSecret)) }
            switch kind {
            case "generic":
                positionals.removeFirst()
                path += " generic"
            case "tls", "docker-registry":
                let type = kind == "tls" ? "tls" : "dockerconfigjson"
                throw .tutor(
                    "\"kubectl create secret \(kind)\" is not supported by this simulated cluster; use kubectl create secret generic NAME --type=kubernetes.io/\(type) --from-literal=…",
                    "k8s-tutor 的模拟集群暂不支持 \"kubectl create secret \(kind)\"；请改用 kubectl create secret generic NAME --type=kubernetes.io/\(type) --from-literal=…")
            default:
                throw .usage("unknown command \"\(kind)\"", commandPath: path)
            }
        }
        // Arguments after `--` are the container's command (`create deployment NAME --image=… -- date`).
        let names = command.argsLenAtDash.map { Array(positionals.prefix($0)) } ?? positionals
        let containerCommand = command.argsLenAtDash.map { Array(positionals.dropFirst($0)) } ?? []
        if generator == "deployment", command.list("image").isEmpty {
            // cobra's required-flag check fails before the command runs; kubectl logs it through klog.
            throw KubectlError(message: Klog.error("run.go:72", "\"command failed\" err=\"required flag(s) \\\"image\\\" not set\"", at: cluster.now))
        }
        if generator == "cronjob" {
            // cobra's required-flag check, as for `create deployment`: every missing one, in flag order.
            let missing = ["image", "schedule"].filter { (command.string($0) ?? "").isEmpty }
            if !missing.isEmpty {
                let flags = missing.map { "\\\"\($0)\\\"" }.joined(separator: ", ")
                throw KubectlError(message: Klog.error("run.go:72", "\"command failed\" err=\"required flag(s) \(flags) not set\"", at: cluster.now))
            }
        }
        if generator == "job" {
            // `CreateJobOptions.Validate`.
            let image = command.string("image") ?? ""
            let from = command.string("from") ?? ""
            if image.isEmpty == from.isEmpty { throw .plain("either --image or --from must be specified") }
            if !from.isEmpty && !containerCommand.isEmpty { throw .plain("cannot specify --from and command") }
        }
        guard names.count == 1 else { throw .usage("exactly one NAME is required, got \(names.count)", commandPath: path) }
        let name = names[0]
        let format = try OutputSupport.format(command.output)
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let validate = command.flags["validate"] ?? "strict"
        guard let validation = FieldValidation(validateFlag: validate) else {
            throw .plain("invalid - validate option \"\(validate)\"; must be one of: strict (or true), warn, ignore (or false)")
        }
        let object: JSONValue
        let type: ResourceType
        switch generator {
        case "namespace":
            type = .namespaces
            object = ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)], "spec": .emptyObject, "status": .emptyObject]
        case "serviceaccount":
            type = .serviceAccounts
            object = ["apiVersion": "v1", "kind": "ServiceAccount", "metadata": metadata(name, command)]
        case "deployment":
            type = .deployments
            let images = command.list("image")
            if images.count > 1 && !containerCommand.isEmpty { throw .plain("cannot specify multiple --image options and command") }
            object = try deployment(name, images: images, command: containerCommand, context)
        case "job":
            type = .jobs
            object = try job(name, command: containerCommand, context, cluster: cluster)
        case "cronjob":
            type = .cronJobs
            let restart = command.string("restart") ?? ""
            var pod: JSONValue = ["containers": [container(name, image: command.string("image") ?? "", command: containerCommand)]]
            pod["restartPolicy"] = .string(restart.isEmpty ? "OnFailure" : restart)
            object = [
                "apiVersion": "batch/v1", "kind": "CronJob", "metadata": metadata(name, command),
                "spec": [
                    "schedule": .string(command.string("schedule") ?? ""),
                    "jobTemplate": ["metadata": ["name": .string(name)], "spec": ["template": ["metadata": .emptyObject, "spec": pod]]],
                ],
                "status": .emptyObject,
            ]
        case "configmap":
            type = .configMaps
            var data = KeyedData(owner: "ConfigMap", name: name)
            try fill(&data, command, host: context.host)
            var configMap: JSONValue = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": metadata(name, command)]
            if !data.entries.isEmpty { configMap["data"] = JSONValue(stringMap: data.entries) }
            object = configMap
        default:
            type = .secrets
            var data = KeyedData(owner: "Secret", name: name)
            try fill(&data, command, host: context.host)
            var secret: JSONValue = ["apiVersion": "v1", "kind": "Secret", "metadata": metadata(name, command)]
            if !data.entries.isEmpty { secret["data"] = .object(data.entries.mapValues { .string(Base64.encode($0)) }) }
            if let secretType = command.flags["type"], !secretType.isEmpty { secret["type"] = .string(secretType) }
            object = secret
        }
        if command.bool("save-config") {
            // `--save-config` stores what was sent as the last-applied configuration.
            var saved = object
            saved["metadata"]["annotations"][LastAppliedConfiguration.key] = .string(object.compactJSON + "\n")
            return try GeneratedObject.send(saved, type: type, format: format, dryRun: dryRun, validation: validation, context, &cluster)
        }
        return try GeneratedObject.send(object, type: type, format: format, dryRun: dryRun, validation: validation, context, &cluster)
    }

    /// `createJob` (`--image`: one container named after the Job, restart Never) or `createJobFromCronJob` (`--from`:
    /// the CronJob's job template, its labels and annotations plus `cronjob.kubernetes.io/instantiate: manual`,
    /// controlled by the CronJob).
    private static func job(_ name: String, command containerCommand: [String], _ context: CommandContext, cluster: some ClusterClient)
        throws(KubectlError) -> JSONValue
    {
        let command = context.command
        if let from = command.string("from"), !from.isEmpty {
            let parts = from.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = ResourceType.lookup(parts[0]) else { throw .plain("the server doesn't have a resource type \"\(parts[0])\"") }
            guard type == .cronJobs else { throw .plain("unknown object type \(type.kind)") }
            guard let cronJob = cluster.object(.cronJobs, namespace: context.namespace, name: parts[1]) else {
                throw KubectlError(message: APIError.notFound(.cronJobs, name: parts[1]).kubectlMessage)
            }
            var annotations = cronJob["spec"]["jobTemplate"]["metadata"]["annotations"].stringMap
            annotations["cronjob.kubernetes.io/instantiate"] = "manual"
            var metadata: JSONValue = [
                "name": .string(name), "annotations": JSONValue(stringMap: annotations),
                "ownerReferences": [
                    ["apiVersion": "batch/v1", "controller": true, "kind": "CronJob", "name": cronJob["metadata"]["name"], "uid": cronJob["metadata"]["uid"]]
                ],
            ]
            let labels = cronJob["spec"]["jobTemplate"]["metadata"]["labels"]
            if !labels.isNull { metadata["labels"] = labels }
            return ["apiVersion": "batch/v1", "kind": "Job", "metadata": metadata, "spec": cronJob["spec"]["jobTemplate"]["spec"], "status": .emptyObject]
        }
        var pod: JSONValue = ["containers": [container(name, image: command.string("image") ?? "", command: containerCommand)]]
        pod["restartPolicy"] = "Never"
        return [
            "apiVersion": "batch/v1", "kind": "Job", "metadata": metadata(name, command),
            "spec": ["template": ["metadata": .emptyObject, "spec": pod]], "status": .emptyObject,
        ]
    }

    /// One container named `name` running `image` (with `command` when given), as the job generators build it.
    private static func container(_ name: String, image: String, command: [String]) -> JSONValue {
        var container: JSONValue = ["name": .string(name), "image": .string(image), "resources": .emptyObject]
        if !command.isEmpty { container["command"] = .array(command.map { .string($0) }) }
        return container
    }

    /// `createDeployment`: labels and selector `app: NAME`, one container per image (named after the image), the
    /// command on each, and `--port` on the first; empty `strategy`, `resources` and `status` as the typed object has.
    private static func deployment(_ name: String, images: [String], command: [String], _ context: CommandContext) throws(KubectlError) -> JSONValue {
        let replicas = context.command.int("replicas") ?? 1
        let port = context.command.int("port") ?? -1
        var containers: [JSONValue] = []
        for image in images {
            var containerName = String(image.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
            if let colon = containerName.firstIndex(of: ":") { containerName = String(containerName[..<colon]) }
            if let at = containerName.firstIndex(of: "@") { containerName = String(containerName[..<at]) }
            if containerName.contains("_") || containerName.contains(".") {
                // `sanitizeAndUniquify`: dashes, then five random characters.
                // kubectl draws the suffix at random; the simulation derives it from the image, to stay deterministic.
                containerName = String(containerName.map { $0 == "_" || $0 == "." ? "-" : $0 }) + "-" + suffix(for: name + "/" + image)
            }
            var container: JSONValue = ["name": .string(containerName), "image": .string(image), "resources": .emptyObject]
            if !command.isEmpty { container["command"] = .array(command.map { .string($0) }) }
            containers.append(container)
        }
        if port >= 0, !containers.isEmpty { containers[0]["ports"] = [["containerPort": .int(port)]] }
        var metadata = metadata(name, context.command)
        metadata["labels"] = ["app": .string(name)]
        return [
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": metadata,
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": ["app": .string(name)]], "strategy": .emptyObject,
                "template": ["metadata": ["labels": ["app": .string(name)]], "spec": ["containers": .array(containers)]],
            ],
            "status": .emptyObject,
        ]
    }

    /// Five characters of apimachinery's random alphabet (`bcdfghjklmnpqrstvwxz2456789`), from an FNV-1a hash of `seed`.
    private static func suffix(for seed: String) -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in seed.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var text = ""
        for _ in 0..<5 {
            text.append(alphabet[Int(hash % UInt64(alphabet.count))])
            hash /= UInt64(alphabet.count)
        }
        return text
    }

    /// `metadata` of a namespaced generator's object: the name, and the namespace only when `-n` was given
    /// (`EnforceNamespace`).
    private static func metadata(_ name: String, _ command: KubectlCommand) -> JSONValue {
        var metadata: JSONValue = ["name": .string(name)]
        if let namespace = command.namespace { metadata["namespace"] = .string(namespace) }
        return metadata
    }

    /// Adds `--from-file`, then `--from-literal`, then `--from-env-file` entries, in kubectl's order and with its errors.
    private static func fill(_ data: inout KeyedData, _ command: KubectlCommand, host: KubectlHost) throws(KubectlError) {
        let files = command.list("from-file")
        let literals = command.list("from-literal")
        let envFiles = command.list("from-env-file")
        if !envFiles.isEmpty && (!files.isEmpty || !literals.isEmpty) {
            throw .plain("from-env-file cannot be combined with from-file or from-literal")
        }
        for source in files {
            let (key, path) = try fileSource(source)
            switch Result(catching: { () throws(KubectlFileError) in try host.listDirectory(path) }) {
            case .success(let entries?):
                if source.contains("=") { throw .plain("cannot give a key name for a directory path") }
                for entry in entries.sorted() {
                    let itemPath = path.hasSuffix("/") ? path + entry : path + "/" + entry
                    if (try? host.listDirectory(itemPath)) ?? nil != nil || host.isSymbolicLink(itemPath) { continue }
                    try data.add(entry, try read(itemPath, host: host))
                }
            case .success(nil):
                try data.add(key, try read(path, host: host))
            case .failure:
                throw .plain("error reading \(path): no such file or directory")
            }
        }
        for literal in literals {
            guard let equals = literal.firstIndex(of: "="), equals != literal.startIndex else {
                throw .plain("invalid literal source \(literal), expected key=value")
            }
            try data.add(String(literal[..<equals]), String(literal[literal.index(after: equals)...]))
        }
        for path in envFiles {
            if (try? host.listDirectory(path)) ?? nil != nil { throw .plain("env config file cannot be a directory") }
            let text = try read(path, host: host)
            for (key, value) in try EnvFile.entries(text) { try data.add(key, value) }
        }
    }

    /// `ParseFileSource`: `path` (key = its base name) or `key=path`.
    private static func fileSource(_ source: String) throws(KubectlError) -> (key: String, path: String) {
        guard let equals = source.firstIndex(of: "=") else {
            let base = source.split(separator: "/").last.map(String.init) ?? source
            return (base, source)
        }
        let key = String(source[..<equals])
        let path = String(source[source.index(after: equals)...])
        if path.contains("=") { throw .plain("key names or file paths cannot contain '='") }
        if key.isEmpty { throw .plain("key name for file path \(path) missing") }
        if path.isEmpty { throw .plain("file path for key name \(key) missing") }
        return (key, path)
    }

    private static func read(_ path: String, host: KubectlHost) throws(KubectlError) -> String {
        do {
            return try host.readFile(path)
        } catch {
            switch error {
            case .notFound: throw .plain("error reading \(path): no such file or directory")
            case .unreadable(_, let reason): throw .plain("error reading \(path): \(reason)")
            }
        }
    }
}

/// The keys a generator collects, refused as `validateNewConfigMap` / `validateNewSecret` refuse them.
struct KeyedData {
    /// `ConfigMap` or `Secret`, for the messages.
    let owner: String
    /// The object's name, for the messages.
    let name: String
    /// The keys and values so far.
    var entries: [String: String] = [:]

    mutating func add(_ key: String, _ value: String) throws(KubectlError) {
        let problems = Validation.configKeyProblems(key)
        if !problems.isEmpty {
            throw .plain("\(GoQuote.quoted(key)) is not a valid key name for a \(owner): \(problems.joined(separator: ","))")
        }
        if entries[key] != nil {
            throw .plain("cannot add key \(GoQuote.quoted(key)), another key by that name already exists in Data for \(owner) \(GoQuote.quoted(name))")
        }
        entries[key] = value
    }
}
