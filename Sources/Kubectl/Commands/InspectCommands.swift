import ClusterModel

/// `kubectl top pod|node` (`pkg/cmd/top`) and `kubectl auth can-i|whoami` (`pkg/cmd/auth`), answered as a kind
/// cluster answers them: kind installs no metrics-server, and its kubeconfig user is kubeadm's cluster admin.
enum InspectCommands {
    // MARK: top

    /// `TopPodOptions`/`TopNodeOptions`: `Complete`, `Validate`, then the discovery check that fails on a cluster
    /// without the `metrics.k8s.io` API group (`SupportedMetricsAPIVersionAvailable`).
    static func top(_ context: CommandContext, pods: Bool) throws(KubectlError) -> Int32 {
        let command = context.command
        let use = pods ? "pod [NAME | -l label]" : "node [NAME | -l label]"
        if command.arguments.count > 1 { throw .usage(use, commandPath: command.commandPath) }
        if let sortBy = command.flags["sort-by"], !sortBy.isEmpty, sortBy != "cpu", sortBy != "memory" {
            throw .plain("--sort-by accepts only cpu or memory")
        }
        if !command.arguments.isEmpty {
            if pods && (command.selector != nil || command.flags["field-selector"] != nil) {
                throw .plain("only one of NAME or selector can be provided")
            }
            if !pods && command.selector != nil { throw .plain("only one of NAME or --selector can be provided") }
        }
        _ = try TargetResolution.parseSelector(command.selector)
        if pods, let fieldSelector = command.flags["field-selector"] {
            do {
                _ = try FieldSelector(parsing: fieldSelector)
            } catch {
                throw .plain(error.message)
            }
        }
        throw .plain("Metrics API not available")
    }

    // MARK: auth

    /// kind's kubeconfig user (kubeadm's `admin.conf` since v1.29) and its groups.
    static let userName = "kubernetes-admin"
    static let groups = ["kubeadm:cluster-admins", "system:authenticated"]

    /// `kubectl auth whoami`: the `SelfSubjectReview` of the kubeconfig user, as a table (`printTableSelfSubjectAccessReview`)
    /// or as the object with `-o`.
    static func whoami(_ context: CommandContext) throws(KubectlError) -> Int32 {
        let review: JSONValue = [
            "apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview",
            // The server encodes the review's zero creation time as Go does for a `metav1.Time`: null.
            "metadata": .object(["creationTimestamp": .null]),
            "status": ["userInfo": ["username": .string(userName), "groups": .array(groups.map { .string($0) })]],
        ]
        if let output = context.command.output {
            switch try OutputSupport.format(output) {
            case .json: context.out(ObjectPrinter.json([review], single: true)); return 0
            case .yaml: context.out(ObjectPrinter.yaml([review], single: true)); return 0
            case .jsonpath(let template): context.outUnescaped(try OutputSupport.jsonPath(template, on: review)); return 0
            default: break
            }
        }
        var writer = TabWriter.table()
        context.out(writer.format("ATTRIBUTE\tVALUE\nUsername\t\(userName)\nGroups\t[\(groups.joined(separator: " "))]\n"))
        return 0
    }

    /// `kubectl auth can-i VERB RESOURCE|URL` and `--list` (`CanIOptions`): the cluster admin may do everything.
    static func canI(_ context: CommandContext) throws(KubectlError) -> Int32 {
        let command = context.command
        let list = command.bool("list")
        let quiet = command.bool("quiet")
        let allNamespaces = command.bool("all-namespaces")
        let subresource = command.flags["subresource"] ?? ""
        // `Complete`.
        var verb = ""
        var nonResourceURL = ""
        var resource: (name: String, group: String, known: ResourceType?)?
        var resourceName = ""
        var warnings: [String] = []
        if list {
            if !command.arguments.isEmpty { throw .plain("list option must be specified with no arguments") }
        } else {
            guard command.arguments.count == 2 else {
                throw .plain("you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.")
            }
            verb = command.arguments[0]
            let target = command.arguments[1]
            if target.hasPrefix("/") {
                nonResourceURL = target
            } else {
                let tokens = target.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let typeText = tokens[0].lowercased()
                if typeText == "*" {
                    resource = ("*", "", nil)
                } else if let type = ResourceType.lookup(typeText) {
                    resource = (type.plural, type.group, type)
                } else {
                    // `resourceFor`: an unknown type is still asked about, after a warning.
                    let dot = typeText.firstIndex(of: ".")
                    let plain = dot.map { String(typeText[..<$0]) } ?? typeText
                    let group = dot.map { String(typeText[typeText.index(after: $0)...]) } ?? ""
                    if !["users", "groups"].contains(typeText) {
                        warnings.append(group.isEmpty
                            ? "the server doesn't have a resource type '\(plain)'"
                            : "the server doesn't have a resource type '\(plain)' in group '\(group)'")
                    }
                    resource = (tokens[0], "", nil)
                }
                if tokens.count > 1 { resourceName = tokens[1] }
            }
        }
        // `Validate`.
        if list {
            if quiet || allNamespaces || !subresource.isEmpty {
                throw .plain("list option can't be specified with neither quiet, all-namespaces nor subresource options")
            }
        } else if !nonResourceURL.isEmpty {
            if !subresource.isEmpty { throw .plain("--subresource can not be used with NonResourceURL") }
            if !resourceName.isEmpty { throw .plain("NonResourceURL and ResourceName can not specified together") }
            if !nonResourceVerbs.contains(verb) { warnings.append("verb '\(verb)' is not a known verb") }
        } else if let resource, !allNamespaces {
            if let type = resource.known, !type.namespaced {
                warnings.append(type.group.isEmpty
                    ? "resource '\(type.plural)' is not namespace scoped"
                    : "resource '\(type.plural)' is not namespace scoped in group '\(type.group)'")
            }
            if !resourceVerbs.contains(verb) { warnings.append("verb '\(verb)' is not a known verb") }
        }
        warnings.forEach(context.warning)
        if command.bool("no-headers") && !list { throw .plain("--no-headers cannot be set without --list specified") }
        if list {
            context.out(accessList(noHeaders: command.bool("no-headers")))
            return 0
        }
        if !quiet { context.out("yes\n") }
        return 0
    }

    /// `resourceVerbs` and `nonResourceURLVerbs` of cani.go.
    static let resourceVerbs: Set<String> = [
        "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "use", "bind", "impersonate", "*",
        "approve", "sign", "escalate", "attest",
    ]
    static let nonResourceVerbs: Set<String> = ["get", "put", "post", "head", "options", "delete", "patch", "*"]

    /// One RBAC rule: verbs, API groups, resources and non-resource URLs.
    struct Rule {
        var verbs: [String]
        var groups: [String] = []
        var resources: [String] = []
        var urls: [String] = []

        /// The generated `PolicyRule.String()`, by which `SortableRuleSlice` orders the rules.
        var sortKey: String {
            func list(_ items: [String]) -> String { "[" + items.joined(separator: " ") + "]" }
            return "&PolicyRule{Verbs:\(list(verbs)),APIGroups:\(list(groups)),Resources:\(list(resources)),ResourceNames:[],NonResourceURLs:\(list(urls)),}"
        }
    }

    /// The rules the `SelfSubjectRulesReview` returns for kind's admin: the `cluster-admin` ClusterRole (bound to
    /// `kubeadm:cluster-admins`) and what `system:authenticated` gets from the bootstrap roles `system:basic-user`,
    /// `system:discovery` and `system:public-info-viewer`.
    static let adminRules: [Rule] = [
        Rule(verbs: ["*"], groups: ["*"], resources: ["*"]),
        Rule(verbs: ["*"], urls: ["*"]),
        Rule(verbs: ["create"], groups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]),
        Rule(verbs: ["create"], groups: ["authentication.k8s.io"], resources: ["selfsubjectreviews"]),
        Rule(verbs: ["get"], urls: ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"]),
        Rule(verbs: ["get"], urls: ["/healthz", "/livez", "/readyz", "/version", "/version/"]),
    ]

    /// `printStatus`: the rules broken down (`BreakdownRule`), resource rules merged (`CompactRules`; non-resource
    /// rules stay as they are, duplicates included), sorted, and written as a table.
    static func accessList(noHeaders: Bool) -> String {
        var resourceRules: [String: Rule] = [:]
        var order: [String] = []
        var other: [Rule] = []
        for rule in adminRules {
            for group in rule.groups {
                for resource in rule.resources {
                    for verb in rule.verbs {
                        let key = group + "\u{0}" + resource
                        if resourceRules[key] == nil {
                            resourceRules[key] = Rule(verbs: [verb], groups: [group], resources: [resource])
                            order.append(key)
                        } else if !(resourceRules[key]?.verbs.contains(verb) ?? true) {
                            resourceRules[key]?.verbs.append(verb)
                        }
                    }
                }
            }
            for url in rule.urls {
                for verb in rule.verbs { other.append(Rule(verbs: [verb], urls: [url])) }
            }
        }
        let rules = (other + order.compactMap { resourceRules[$0] }).enumerated()
            .sorted { $0.element.sortKey != $1.element.sortKey ? $0.element.sortKey < $1.element.sortKey : $0.offset < $1.offset }
            .map(\.element)
        var text = noHeaders ? "" : "Resources\tNon-Resource URLs\tResource Names\tVerbs\n"
        for rule in rules {
            // `describe.CombineResourceGroup`.
            var combined = ""
            if let resource = rule.resources.first {
                let parts = resource.split(separator: "/", maxSplits: 1).map(String.init)
                combined = parts[0]
                if let group = rule.groups.first, !group.isEmpty { combined += "." + group }
                if parts.count == 2 { combined += "/" + parts[1] }
            }
            text += "\(combined)\t[\(rule.urls.joined(separator: " "))]\t[]\t[\(rule.verbs.joined(separator: " "))]\n"
        }
        var writer = TabWriter.table()
        return writer.format(text)
    }
}
