import ClusterModel

/// Turns kubectl arguments into a canonical `KubectlCommand`, with kubectl's errors for bad input.
enum CommandLineParser {
    /// What the arguments ask for before resource resolution: a command, or a help page to print.
    static func parse(_ arguments: [String]) throws(KubectlError) -> KubectlCommand {
        // Find the command path the way cobra does: skip flags (and the values of global flags that take one).
        var verbPath: [String] = []
        var rest: [String] = []
        var index = 0
        var sawDoubleDash = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if sawDoubleDash {
                rest.append(token)
                continue
            }
            if token == "--" {
                sawDoubleDash = true
                rest.append(token)
                continue
            }
            if token.hasPrefix("-"), token.count > 1 {
                rest.append(token)
                if let flag = globalFlag(token), !flag.takesNoValue, !token.contains("="),
                   !(token.hasPrefix("-") && !token.hasPrefix("--") && token.count > 2), index < arguments.count {
                    rest.append(arguments[index])
                    index += 1
                }
                continue
            }
            if verbPath == ["create"], let generator = VerbCatalog.generatorAliases[token] {
                // `create` runs with -f itself; only a generator's name (or alias) is a sub-command.
                verbPath.append(generator)
            } else if verbPath.isEmpty || (verbPath.count == 1 && hasSubcommands(verbPath)) {
                verbPath.append(token)
            } else {
                rest.append(token)
            }
        }
        if verbPath.count == 2, let aliased = VerbCatalog.spec(for: verbPath), aliased.path != verbPath {
            verbPath = aliased.path
        }
        if verbPath.isEmpty {
            let parsed = try FlagParser.parse(rest, spec: VerbSpec(path: [], summary: "", long: "", usage: ""))
            if !parsed.positionals.isEmpty { throw CommandSuggestions.unknownCommandError(parsed.positionals[0]) }
            return KubectlCommand(verb: "", wantsHelp: true)
        }
        let verb = verbPath[0]
        guard let verbSpec = VerbCatalog.spec(for: [verb]) else { throw CommandSuggestions.unknownCommandError(verb) }
        if verb == "help" {
            return KubectlCommand(verb: "help", arguments: Array(verbPath.dropFirst()) + rest.filter { !$0.hasPrefix("-") }, wantsHelp: true)
        }
        var spec = verbSpec
        if verbPath.count > 1 {
            guard let sub = VerbCatalog.spec(for: Array(verbPath.prefix(2))) else {
                // cobra runs the parent with the extra word as an argument: kubectl prints an error for it.
                throw KubectlError(message: "error: unknown command \"\(verbPath[1])\" for \"kubectl \(verb)\"" + subSuggestions(verbPath[1], spec: verbSpec))
            }
            spec = sub
        }
        if !spec.supported, rest.contains("--help") || rest.contains("-h") {
            return KubectlCommand(verb: verb, subverb: verbPath.count > 1 ? verbPath[1] : nil, wantsHelp: true)
        }
        if !spec.supported {
            let reason: TutorLimits.UnsupportedReason
            switch spec.path.first {
            case "config": reason = .fixedKubeconfig
            case "attach", "cp", "debug", "port-forward", "proxy": reason = .noRealMachines
            default: reason = .notImplemented
            }
            throw TutorLimits.unsupportedCommand(spec.commandPath, reason: reason)
        }
        if verb == "create", let sub = rest.first(where: { !$0.hasPrefix("-") }), createSubcommands.contains(sub) {
            throw .tutor(
                "\"kubectl create \(sub)\" is not supported by this simulated cluster; write a manifest and use kubectl apply -f or kubectl create -f",
                "k8s-tutor 的模拟集群暂不支持 \"kubectl create \(sub)\"；请编写清单文件，再用 kubectl apply -f 或 kubectl create -f 创建")
        }
        let parsed = try FlagParser.parse(rest, spec: spec)
        var command = KubectlCommand(verb: verb, subverb: verbPath.count > 1 ? verbPath[1] : nil)
        command.argsLenAtDash = parsed.argsLenAtDash
        command.wantsHelp = parsed.wantsHelp || (!spec.subcommands.isEmpty && spec.path != ["create"])
        try fillCanonicalFlags(&command, parsed: parsed, spec: spec)
        if command.wantsHelp { return command }
        try resolvePositionals(&command, positionals: parsed.positionals)
        return command
    }

    /// Whether the verb's next word names a sub-command. `create` runs itself (`create -f`); only its generators'
    /// names are sub-commands, matched before this is asked.
    private static func hasSubcommands(_ path: [String]) -> Bool {
        guard path.count == 1, path != ["create"], let spec = VerbCatalog.spec(for: path) else { return false }
        return !spec.subcommands.isEmpty
    }

    private static func globalFlag(_ token: String) -> FlagSpec? {
        if token.hasPrefix("--") {
            let name = token.dropFirst(2).split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return VerbCatalog.globalFlags.first { $0.name == name }
        }
        guard let character = token.dropFirst().first else { return nil }
        return VerbCatalog.globalFlags.first { $0.shorthand == character }
    }

    private static func subSuggestions(_ typed: String, spec: VerbSpec) -> String {
        let found = CommandSuggestions.suggestions(for: typed, among: spec.subcommands.map(\.0))
        return found.isEmpty ? "" : "\n\nDid you mean this?\n" + found.map { "\t\($0)\n" }.joined()
    }

    /// Moves the well-known flags into their fields and normalizes the rest.
    private static func fillCanonicalFlags(_ command: inout KubectlCommand, parsed: FlagParser, spec: VerbSpec) throws(KubectlError) {
        for (name, values) in parsed.values {
            guard let flag = spec.flag(named: name), let last = values.last else { continue }
            switch name {
            case "namespace":
                command.namespace = last == "default" || last.isEmpty ? nil : last
            case "all-namespaces" where spec.path == ["get"] || spec.path == ["describe"] || spec.path == ["delete"] || spec.path == ["wait"]:
                command.allNamespaces = last == "true"
            case "selector":
                command.selector = canonicalSelector(last)
            case "output":
                if last != flag.defaultValue { command.output = last }
            case "filename" where flag.kind == .stringArray:
                command.filenames = values
            default:
                if flag.kind == .stringArray { command.lists[name] = values }
                let value = flag.kind == .stringArray ? values.joined(separator: ",") : last
                if value != flag.defaultValue || keptAtDefault.contains(name) { command.flags[name] = value }
            }
        }
    }

    /// Flags whose presence matters even at their default value (`scale --replicas=0`, `api-resources --namespaced=true`).
    static let keptAtDefault: Set<String> = ["replicas", "namespaced"]

    /// Sorts and trims the comma-separated requirements of a label selector (commas inside `( )` kept).
    static func canonicalSelector(_ text: String) -> String {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            .filter { !$0.isEmpty }.sorted().joined(separator: ",")
    }

    /// kubectl's `create` generators (not simulated).
    static let createSubcommands: Set<String> = [
        "clusterrole", "clusterrolebinding", "configmap", "cm", "cronjob", "cj", "deployment", "deploy", "ingress", "ing", "job",
        "namespace", "ns", "poddisruptionbudget", "pdb", "priorityclass", "pc", "quota", "resourcequota", "role", "rolebinding",
        "secret", "service", "svc", "serviceaccount", "sa", "token",
    ]

    /// Verbs whose positionals are `TYPE NAME…` or `TYPE/NAME…`.
    static let resourceVerbs: Set<[String]> = [
        ["get"], ["describe"], ["delete"], ["scale"], ["wait"], ["label"], ["annotate"], ["expose"], ["set", "image"], ["patch"],
        ["set", "env"], ["set", "resources"],
        ["rollout", "status"], ["rollout", "restart"], ["rollout", "undo"], ["rollout", "history"], ["rollout", "pause"], ["rollout", "resume"],
        ["edit"],
    ]

    /// Resolves positionals into types, names and references, or keeps them as arguments.
    private static func resolvePositionals(_ command: inout KubectlCommand, positionals: [String]) throws(KubectlError) {
        if command.path == ["logs"] {
            if positionals.isEmpty && command.selector != nil { return }
            guard let first = positionals.first else {
                throw .usage("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command", commandPath: command.commandPath)
            }
            if first.contains("/") {
                let (type, name) = try splitSlash(first)
                command.resources = [type]
                command.names = [name]
                command.objects = [ObjectReference(resource: type, name: name)]
            } else {
                command.resources = [.pods]
                command.names = [first]
                command.objects = [ObjectReference(resource: .pods, name: first)]
            }
            command.arguments = Array(positionals.dropFirst())
            return
        }
        guard resourceVerbs.contains(command.path) else {
            command.arguments = positionals
            return
        }
        var positionals = positionals
        if command.path == ["set", "env"] {
            // `SplitEnvironmentFromResources`: `NAME=VALUE` or `NAME-` ends the resources.
            var resources: [String] = []
            var pairs: [String] = []
            for argument in positionals {
                let isEnv = (argument.firstIndex(of: "=").map { $0 != argument.startIndex } ?? false) || argument.hasSuffix("-")
                if isEnv {
                    pairs.append(argument)
                } else if !pairs.isEmpty {
                    throw .plain("all resources must be specified before environment changes: \(positionals.joined(separator: " "))")
                } else {
                    resources.append(argument)
                }
            }
            positionals = resources
            command.arguments = pairs
        }
        if command.path == ["label"] || command.path == ["annotate"] || command.path == ["set", "image"] {
            // `GetResourcesAndPairs`: the resources, then the `KEY=VALUE` / `KEY-` changes (kept in `arguments`).
            let pairType = command.verb == "label" ? "label" : command.verb == "set" ? "image" : "annotation"
            var resources: [String] = []
            var pairs: [String] = []
            for argument in positionals {
                let isPair = (argument.contains("=") && !argument.hasPrefix("=")) || (argument.hasSuffix("-") && argument != "-")
                if isPair {
                    pairs.append(argument)
                } else if !pairs.isEmpty {
                    throw .plain("all resources must be specified before \(pairType) changes: \(argument)")
                } else {
                    resources.append(argument)
                }
            }
            positionals = resources
            command.arguments = pairs
        }
        guard !positionals.isEmpty else { return }
        if positionals.contains(where: { $0.contains("/") }) {
            guard positionals.allSatisfy({ $0.contains("/") }) else {
                throw .plain("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. '\(command.commandPath) resource/<resource_name>' instead of '\(command.commandPath) resource resource/<resource_name>'")
            }
            for argument in positionals {
                let (type, name) = try splitSlash(argument)
                if !command.resources.contains(type) { command.resources.append(type) }
                command.names.append(name)
                command.objects.append(ObjectReference(resource: type, name: name))
            }
            return
        }
        command.resources = try resolveTypes(positionals[0])
        command.names = Array(positionals.dropFirst())
        for type in command.resources {
            for name in command.names { command.objects.append(ObjectReference(resource: type, name: name)) }
        }
    }

    private static func splitSlash(_ argument: String) throws(KubectlError) -> (ResourceType, String) {
        let parts = argument.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains("/") else {
            throw .plain("arguments in resource/name form must have a single resource and name")
        }
        guard let type = ResourceType.lookup(String(parts[0])) else {
            throw .plain("the server doesn't have a resource type \"\(parts[0])\"")
        }
        return (type, String(parts[1]))
    }

    /// `pods,svc` → types; `all` → the `all` category; unknown → kubectl's error.
    static func resolveTypes(_ text: String) throws(KubectlError) -> [ResourceType] {
        var types: [ResourceType] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: true) {
            let name = String(piece)
            let resolved: [ResourceType]
            if name.lowercased() == "all" {
                resolved = [.pods, .services, .daemonSets, .deployments, .replicaSets, .statefulSets, .cronJobs, .jobs]
            } else if let type = ResourceType.lookup(name) {
                resolved = [type]
            } else {
                throw .plain("the server doesn't have a resource type \"\(name)\"")
            }
            for type in resolved where !types.contains(type) { types.append(type) }
        }
        return types
    }
}
