import ClusterModel

/// `kubectl expose TYPE NAME` (`pkg/cmd/expose`): a Service selecting what the object selects, on `--port` or the
/// ports the object declares, with the object's labels, created on the server (or printed for a client dry run).
enum ExposeCommand {
    static func run(_ context: CommandContext, cluster: inout some ClusterClient) throws(KubectlError) -> Int32 {
        let command = context.command
        let targets = try TargetResolution.targets(context, cluster: cluster, allowAll: false)
        let dryRun = try DryRunStrategy(command.string("dry-run"))
        let format = try OutputSupport.format(command.output)
        if command.flags["overrides"] != nil { throw .plain(TutorLimits.runOptionUnsupported(context.host.language, "--overrides")) }
        var errors: [String] = []
        for (type, namespace, name) in targets {
            guard let object = cluster.object(type, namespace: namespace, name: name) else {
                errors.append(APIError.notFound(type, name: name).kubectlMessage)
                continue
            }
            guard [ResourceType.pods, .services, .deployments, .replicaSets].contains(type) else {
                errors.append("error: cannot expose a \(object.text("kind")).\(type.group)")
                continue
            }
            do {
                var service = try build(from: object, type: type, command)
                // The namespace is sent, and printed in a client dry run only when -n named it (`EnforceNamespace`).
                if dryRun != .client {
                    service["metadata"]["namespace"] = .string(namespace ?? context.namespace)
                } else if let given = command.namespace {
                    service["metadata"]["namespace"] = .string(given)
                }
                _ = try GeneratedObject.send(service, type: .services, operation: "exposed", format: format, dryRun: dryRun, context, &cluster)
            } catch {
                errors.append(error.message(in: context.host.language))
            }
        }
        for error in errors { context.err(error.hasSuffix("\n") ? error : error + "\n") }
        return errors.isEmpty ? 0 : 1
    }

    /// `createService` with what `MapBasedSelectorForObject`, `PortsForObject` and `ProtocolsForObject` read from the
    /// object.
    static func build(from object: JSONValue, type: ResourceType, _ command: KubectlCommand) throws(KubectlError) -> JSONValue {
        var selector: [String: String]
        if let text = command.flags["selector"], !text.isEmpty {
            selector = try pairs(text)
        } else {
            switch type {
            case .pods:
                selector = object["metadata"]["labels"].stringMap
                if selector.isEmpty { throw .plain("couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed") }
            case .services:
                selector = object["spec"]["selector"].stringMap
                if selector.isEmpty { throw .plain("couldn't retrieve selectors via --selector flag or introspection: the service has no pod selector set") }
            default:
                if !(object["spec"]["selector"]["matchExpressions"].array ?? []).isEmpty {
                    throw .plain("couldn't retrieve selectors via --selector flag or introspection: couldn't convert expressions - \"\(LabelFormatting.formatLabelSelector(object["spec"]["selector"]))\" to map-based selector format")
                }
                selector = object["spec"]["selector"]["matchLabels"].stringMap
            }
        }
        // The object's ports: a pod's or template's container ports, or a Service's ports.
        let containers = type == .pods ? object.list("spec.containers") : object.list("spec.template.spec.containers")
        var declared: [(port: Int, protocol: String)] = []
        if type == .services {
            declared = object.list("spec.ports").map { ($0["port"].int ?? 0, $0["protocol"].string ?? "TCP") }
        } else {
            for container in containers {
                for port in container.list("ports") { declared.append((port["containerPort"].int ?? 0, port["protocol"].string ?? "TCP")) }
            }
        }
        var portList: [Int]
        if let text = command.flags["port"], !text.isEmpty {
            guard let port = Int(text) else { throw .plain("strconv.Atoi: parsing \(GoQuote.quoted(text)): invalid syntax") }
            portList = [port]
        } else {
            portList = declared.map(\.port)
            if portList.isEmpty && command.flags["cluster-ip"] != "None" { throw .plain("couldn't find port via --port flag or introspection") }
        }
        let protocolFlag = command.flags["protocol"] ?? ""
        var ports: [JSONValue] = []
        for (index, port) in portList.enumerated() {
            var entry: JSONValue = ["port": .int(port)]
            if portList.count > 1 { entry["name"] = .string("port-\(index + 1)") } else if let name = command.flags["port-name"] { entry["name"] = .string(name) }
            entry["protocol"] = .string(protocolFlag.isEmpty ? (declared.first { $0.port == port }?.protocol ?? "TCP") : protocolFlag)
            if let target = command.flags["target-port"], !target.isEmpty {
                entry["targetPort"] = Int(target).map { .int($0) } ?? .string(target)
            } else {
                entry["targetPort"] = .int(port)
            }
            ports.append(entry)
        }
        var labels = object["metadata"]["labels"].stringMap
        if let text = command.flags["labels"], !text.isEmpty { labels = try pairs(text) }
        let name = command.flags["name"].flatMap { $0.isEmpty ? nil : $0 } ?? String(object.objectName.prefix(63))
        var spec: JSONValue = ["ports": .array(ports), "selector": JSONValue(stringMap: selector)]
        if let serviceType = command.flags["type"], !serviceType.isEmpty { spec["type"] = .string(serviceType) }
        if let ip = command.flags["cluster-ip"], !ip.isEmpty { spec["clusterIP"] = .string(ip) }
        if let ip = command.flags["external-ip"], !ip.isEmpty { spec["externalIPs"] = [.string(ip)] }
        if let affinity = command.flags["session-affinity"], !affinity.isEmpty {
            guard affinity == "None" || affinity == "ClientIP" else { throw .plain("unknown session affinity: \(affinity)") }
            spec["sessionAffinity"] = .string(affinity)
        }
        var metadata: JSONValue = ["name": .string(name), "creationTimestamp": .null]
        if !labels.isEmpty { metadata["labels"] = JSONValue(stringMap: labels) }
        return ["apiVersion": "v1", "kind": "Service", "metadata": metadata, "spec": spec, "status": ["loadBalancer": .emptyObject]]
    }

    /// `parseLabels` of expose: `k=v,k=v`.
    private static func pairs(_ text: String) throws(KubectlError) -> [String: String] {
        var result: [String: String] = [:]
        for spec in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = spec.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw .plain("unexpected label spec: \(spec)") }
            guard !parts[0].isEmpty else { throw .plain("unexpected empty label key") }
            result[String(parts[0])] = String(parts[1])
        }
        return result
    }
}
