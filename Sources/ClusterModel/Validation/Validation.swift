/// Admission validation with the API server's field paths and messages.
public enum Validation {
    typealias Cause = APIError.Cause

    static func metadata(_ object: JSONValue, type: ResourceType) -> [Cause] {
        var causes: [Cause] = []
        let meta = object["metadata"]
        if let name = meta["name"].string, !name.isEmpty {
            let problems: [String]
            switch type {
            case .services: problems = NameValidation.dns1035Problems(name)
            case .namespaces: problems = NameValidation.labelProblems(name)
            default: problems = NameValidation.subdomainProblems(name)
            }
            for problem in problems { causes.append(.invalid("metadata.name", .string(name), problem)) }
        } else if meta["generateName"].string == nil {
            causes.append(.required("metadata.name", "name or generateName is required"))
        }
        for (key, value) in meta["labels"].stringMap.sorted(by: { $0.key < $1.key }) {
            if let problem = NameValidation.qualifiedNameProblem(key) {
                causes.append(.invalid("metadata.labels", .string(key), problem))
            }
            for problem in NameValidation.labelValueProblems(value) {
                causes.append(.invalid("metadata.labels", .string(value), problem))
            }
        }
        return causes
    }

    static func podSpec(_ spec: JSONValue, path: String) -> [Cause] {
        var causes: [Cause] = []
        let containers = spec["containers"].array ?? []
        if containers.isEmpty { causes.append(.required(path + ".containers")) }
        var names: Set<String> = []
        for (index, container) in containers.enumerated() {
            let at = "\(path).containers[\(index)]"
            if let name = container["name"].string, !name.isEmpty {
                for problem in NameValidation.labelProblems(name) { causes.append(.invalid(at + ".name", .string(name), problem)) }
                if !names.insert(name).inserted { causes.append(.duplicate(at + ".name", .string(name))) }
            } else {
                causes.append(.required(at + ".name"))
            }
            if (container["image"].string ?? "").isEmpty { causes.append(.required(at + ".image")) }
            for (portIndex, port) in (container["ports"].array ?? []).enumerated() {
                if let number = port["containerPort"].int {
                    if !(1...65535).contains(number) {
                        causes.append(.invalid("\(at).ports[\(portIndex)].containerPort", .int(number), "must be between 1 and 65535, inclusive"))
                    }
                } else {
                    causes.append(.required("\(at).ports[\(portIndex)].containerPort"))
                }
                if let proto = port["protocol"].string, !["TCP", "UDP", "SCTP"].contains(proto) {
                    causes.append(.notSupported("\(at).ports[\(portIndex)].protocol", .string(proto), supported: ["SCTP", "TCP", "UDP"]))
                }
            }
            if let policy = container["imagePullPolicy"].string, !["Always", "IfNotPresent", "Never"].contains(policy) {
                causes.append(.notSupported(at + ".imagePullPolicy", .string(policy), supported: ["Always", "IfNotPresent", "Never"]))
            }
        }
        if let grace = spec["terminationGracePeriodSeconds"].int, grace < 0 {
            causes.append(.invalid(path + ".terminationGracePeriodSeconds", .int(grace), "must be greater than or equal to 0"))
        }
        if let policy = spec["restartPolicy"].string, !["Always", "OnFailure", "Never"].contains(policy) {
            causes.append(.notSupported(path + ".restartPolicy", .string(policy), supported: ["Always", "OnFailure", "Never"]))
        }
        return causes
    }

    /// Deployment and ReplicaSet spec rules: replicas ≥ 0, selector required and non-empty, selector matches
    /// the template labels, template valid.
    static func workloadSpec(_ spec: JSONValue, kind: String) -> [Cause] {
        var causes: [Cause] = []
        if let replicas = spec["replicas"].int, replicas < 0 {
            causes.append(.invalid("spec.replicas", .int(replicas), "must be greater than or equal to 0"))
        }
        if let replicas = spec["replicas"].int, replicas > Validation.maximumReplicas {
            causes.append(.invalid("spec.replicas", .int(replicas), Validation.replicasLimitDetail))
        }
        let selectorJSON = spec["selector"]
        let templateLabels = spec["template"]["metadata"]["labels"]
        if selectorJSON.isNull {
            causes.append(.required("spec.selector"))
            // `LabelSelectorAsSelector(nil)` is `labels.Nothing()`, which no template matches.
            causes.append(.invalid("spec.template.metadata.labels", templateLabels.isNull ? .emptyObject : templateLabels, "`selector` does not match template `labels`"))
        } else {
            let selector = LabelSelector(json: selectorJSON)
            if selector.isEmpty {
                causes.append(.invalid("spec.selector", selectorJSON, "empty selector is invalid for \(kind)"))
            } else if !selector.matches(templateLabels.stringMap) {
                causes.append(.invalid("spec.template.metadata.labels", templateLabels.isNull ? .emptyObject : templateLabels, "`selector` does not match template `labels`"))
            }
        }
        causes += podSpec(spec["template"]["spec"], path: "spec.template.spec")
        causes += templateRestartPolicy(spec)
        if kind == "deployment" {
            causes += deploymentStrategy(spec["strategy"])
            causes += deploymentCounts(spec)
        } else if let value = spec["minReadySeconds"].int, value < 0 {
            causes.append(.invalid("spec.minReadySeconds", .int(value), "must be greater than or equal to 0"))
        }
        return causes
    }

    /// The most replicas one Deployment or ReplicaSet may ask for in the simulated cluster (not a Kubernetes rule: a
    /// limit that keeps the shell responsive; 100,000 Pods still fit).
    static let maximumReplicas = SimulationLimits.maximumReplicas

    /// The detail of the error for more replicas than `maximumReplicas`.
    static let replicasLimitDetail = "must be less than or equal to \(maximumReplicas) (the most replicas k8s-tutor's simulated cluster runs per workload)"

    static func serviceSpec(_ spec: JSONValue) -> [Cause] {
        var causes: [Cause] = []
        let type = spec["type"].string ?? "ClusterIP"
        let supported = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]
        if !supported.contains(type) { causes.append(.notSupported("spec.type", .string(type), supported: supported)) }
        let ports = spec["ports"].array ?? []
        if ports.isEmpty, type != "ExternalName", spec["clusterIP"].string != "None" { causes.append(.required("spec.ports")) }
        for (index, port) in ports.enumerated() {
            let at = "spec.ports[\(index)]"
            if ports.count > 1, (port["name"].string ?? "").isEmpty { causes.append(.required(at + ".name")) }
            if let number = port["port"].int {
                if !(1...65535).contains(number) { causes.append(.invalid(at + ".port", .int(number), "must be between 1 and 65535, inclusive")) }
            } else {
                causes.append(.required(at + ".port"))
            }
            if let proto = port["protocol"].string, !["TCP", "UDP", "SCTP"].contains(proto) {
                causes.append(.notSupported(at + ".protocol", .string(proto), supported: ["SCTP", "TCP", "UDP"]))
            }
            // ValidatePortNumOrName: a numeric targetPort is a port number.
            if let target = port["targetPort"].int, !(1...65535).contains(target) {
                causes.append(.invalid(at + ".targetPort", .int(target), "must be between 1 and 65535, inclusive"))
            }
        }
        return causes
    }
}
