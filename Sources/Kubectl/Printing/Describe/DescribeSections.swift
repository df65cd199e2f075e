import ClusterModel

/// The helpers of kubectl's `pkg/describe/describe.go` shared by several describers.
enum DescribeSections {
    /// `getPodStatusForController`'s line: the phases of the pods the controller's selector picks and it controls.
    static func podsStatus(_ w: inout PrefixWriter, of controller: JSONValue, related: some RelatedObjects) {
        let uid = controller.text("metadata.uid")
        let pods = related.list(kind: "Pod", namespace: controller.objectNamespace, labelSelector: controller["spec"]["selector"]["matchLabels"].stringMap)
            .filter { pod in pod.list("metadata.ownerReferences").contains { $0["controller"].bool == true && $0.text("uid") == uid } }
        func count(_ phase: String) -> Int { pods.filter { $0.text("status.phase") == phase }.count }
        w.write(0, "Pods Status:\t\(count("Running")) Running / \(count("Pending")) Waiting / \(count("Succeeded")) Succeeded / \(count("Failed")) Failed\n")
    }

    /// `printLabelsMultilineWithIndent`: `Labels:\tk=v` then `\tk2=v2` continuation lines; `<none>` if empty.
    static func labels(_ w: inout PrefixWriter, _ title: String, _ labels: [String: String], initialIndent: String = "") {
        w.write(0, "\(initialIndent)\(title):\t")
        if labels.isEmpty {
            w.writeLine("<none>")
            return
        }
        for (index, key) in labels.keys.sorted().enumerated() {
            if index != 0 { w.write(0, "\(initialIndent)\t") }
            w.write(0, "\(key)=\(labels[key]!)\n")
        }
    }

    /// `printAnnotationsMultilineWithIndent`: `key: value`, long or multi-line values on their own indented
    /// lines; the last-applied-configuration annotation is skipped.
    static func annotations(_ w: inout PrefixWriter, _ title: String, _ annotations: [String: String], initialIndent: String = "") {
        w.write(0, "\(initialIndent)\(title):\t")
        let keys = annotations.keys.filter { $0 != "kubectl.kubernetes.io/last-applied-configuration" }.sorted()
        if keys.isEmpty {
            w.writeLine("<none>")
            return
        }
        let indent = initialIndent + "\t"
        for (index, key) in keys.enumerated() {
            if index != 0 { w.write(0, indent) }
            var value = annotations[key]!
            if value.hasSuffix("\n") { value.removeLast() }
            if value.utf8.count + key.utf8.count + 2 > 140 || value.contains("\n") {
                w.write(0, "\(key):\n")
                for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
                    w.write(0, "\(indent)  \(shorten(String(line), 138))\n")
                }
            } else {
                w.write(0, "\(key): \(value)\n")
            }
        }
    }

    private static func shorten(_ text: String, _ maxLength: Int) -> String {
        text.utf8.count > maxLength ? String(decoding: text.utf8.prefix(maxLength), as: UTF8.self) + "..." : text
    }

    /// `printTolerationsMultilineWithIndent`.
    static func tolerations(_ w: inout PrefixWriter, _ title: String, _ tolerations: [JSONValue], initialIndent: String = "") {
        w.write(0, "\(initialIndent)\(title):\t")
        if tolerations.isEmpty {
            w.writeLine("<none>")
            return
        }
        let sorted = tolerations.enumerated().sorted { lhs, rhs in
            lhs.element.text("key") == rhs.element.text("key") ? lhs.offset < rhs.offset : lhs.element.text("key") < rhs.element.text("key")
        }.map(\.element)
        for (index, toleration) in sorted.enumerated() {
            if index != 0 { w.write(0, "\(initialIndent)\t") }
            var line = toleration.text("key")
            if !toleration.text("value").isEmpty { line += "=" + toleration.text("value") }
            if !toleration.text("effect").isEmpty { line += ":" + toleration.text("effect") }
            if toleration.text("operator") == "Exists" && toleration.text("value").isEmpty {
                line += toleration.text("key").isEmpty && toleration.text("effect").isEmpty ? "op=Exists" : " op=Exists"
            }
            if let seconds = toleration["tolerationSeconds"].int { line += " for \(seconds)s" }
            w.write(0, line + "\n")
        }
    }

    /// `DescribeEvents`: `Events:\t<none>` or the Type/Reason/Age/From/Message table.
    static func events(_ w: inout PrefixWriter, _ events: [JSONValue], now: Timestamp) {
        if events.isEmpty {
            w.write(0, "Events:\t<none>\n")
            return
        }
        func sortKey(_ event: JSONValue) -> Int64 {
            (event.time("lastTimestamp") ?? event.time("eventTime") ?? event.time("firstTimestamp"))?.milliseconds ?? 0
        }
        let sorted = events.enumerated().sorted { lhs, rhs in
            let a = sortKey(lhs.element), b = sortKey(rhs.element)
            return a == b ? lhs.offset < rhs.offset : a < b
        }.map(\.element)
        w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
        w.write(1, "----\t------\t----\t----\t-------\n")
        for event in sorted {
            let interval = interval(event, now: now)
            let source = event.text("source.component").isEmpty ? event.text("reportingComponent") : event.text("source.component")
            var message = event.text("message").trimmingWhitespace()
            let fieldPath = event.text("involvedObject.fieldPath")
            if !fieldPath.isEmpty { message = "\(fieldPath): \(message)" }
            w.write(1, "\(event.text("type"))\t\(event.text("reason"))\t\(interval)\t\(source)\t\(message)\n")
        }
    }

    /// The age of an event as `DescribeEvents` and `kubectl events` (`getInterval`) print it: the first time, or
    /// `39s (x3 over 49s)` for an event seen more than once.
    static func interval(_ event: JSONValue, now: Timestamp) -> String {
        var first = HumanDuration.since(rfc3339: event["eventTime"].string, now: now)
        if event["eventTime"].string == nil { first = HumanDuration.since(rfc3339: event["firstTimestamp"].string, now: now) }
        if !event["series"].isNull {
            return "\(HumanDuration.since(rfc3339: event["series"]["lastObservedTime"].string, now: now)) (x\(event.number("series.count")) over \(first))"
        }
        if event.number("count") > 1 {
            return "\(HumanDuration.since(rfc3339: event["lastTimestamp"].string, now: now)) (x\(event.number("count")) over \(first))"
        }
        return first
    }

    /// `printController`: `Kind/name` of the controller owner reference, or nil.
    static func controller(_ object: JSONValue) -> String? {
        guard let owner = object.list("metadata.ownerReferences").first(where: { $0["controller"].bool == true }) else { return nil }
        return "\(owner.text("kind"))/\(owner.text("name"))"
    }

    /// An RFC 3339 field as RFC 1123Z (`Mon, 02 Jan 2006 15:04:05 +0000`); Go's zero time when absent.
    static func rfc1123(_ value: JSONValue) -> String {
        guard let text = value.string, let time = Timestamp(rfc3339: text) else { return "Mon, 01 Jan 0001 00:00:00 +0000" }
        return time.rfc1123Z
    }

    /// `describeContainers` for a pod (`statuses` given) or a pod template (`statuses` nil, `space` = `"  "`).
    static func containers(
        _ w: inout PrefixWriter, _ label: String, _ containers: [JSONValue], statuses: [JSONValue]?, space: String, pod: JSONValue? = nil
    ) {
        var byName: [String: JSONValue] = [:]
        for status in statuses ?? [] { byName[status.text("name")] = status }
        w.write(0, "\(space)\(label):\(containers.isEmpty ? " <none>" : "")\n")
        for container in containers {
            let status = byName[container.text("name")]
            let nameIndent = space.isEmpty ? "" : " "
            w.write(1, "\(nameIndent)\(container.text("name")):\n")
            if let status { w.write(2, "Container ID:\t\(status.text("containerID"))\n") }
            w.write(2, "Image:\t\(container.text("image"))\n")
            if let status { w.write(2, "Image ID:\t\(status.text("imageID"))\n") }
            let ports = container.list("ports")
            // `describeContainerPorts`, `describeContainerHostPorts`: `80/TCP (http), 443/TCP`.
            func named(_ port: JSONValue, _ number: Int) -> String {
                let text = "\(number)/\(port.text("protocol"))"
                return port.text("name").isEmpty ? text : "\(text) (\(port.text("name")))"
            }
            let portText = ports.map { named($0, $0.number("containerPort")) }.joined(separator: ", ")
            if portText.contains(",") { w.write(2, "Ports:\t\(portText)\n") } else { w.write(2, "Port:\t\(portText.isEmpty ? "<none>" : portText)\n") }
            let hostText = ports.map { named($0, $0.number("hostPort")) }.joined(separator: ", ")
            if hostText.contains(",") { w.write(2, "Host Ports:\t\(hostText)\n") } else { w.write(2, "Host Port:\t\(hostText.isEmpty ? "<none>" : hostText)\n") }
            for (title, key) in [("Command", "command"), ("Args", "args")] {
                let lines = container.list(key).compactMap(\.string)
                if lines.isEmpty { continue }
                w.write(2, "\(title):\n")
                for line in lines {
                    for (index, piece) in line.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        w.write(index == 0 ? 3 : 4, "\(piece)\n")
                    }
                }
            }
            if let status {
                state(&w, "State", status["state"])
                if !status["lastState"]["terminated"].isNull { state(&w, "Last State", status["lastState"]) }
                w.write(2, "Ready:\t\(status["ready"].bool == true ? "True" : "False")\n")
                w.write(2, "Restart Count:\t\(status.number("restartCount"))\n")
            }
            for (title, key) in [("Limits", "limits"), ("Requests", "requests")] {
                let resources = container["resources"][key].object ?? [:]
                if resources.isEmpty { continue }
                w.write(2, "\(title):\n")
                for name in resources.keys.sorted() { w.write(3, "\(name):\t\(quantity(resources[name]!))\n") }
            }
            for (title, key) in [("Liveness", "livenessProbe"), ("Readiness", "readinessProbe"), ("Startup", "startupProbe")] {
                let probe = container[key]
                if probe.isNull { continue }
                w.write(2, "\(title):\t\(probeText(probe))\n")
            }
            // `describeContainerEnvFrom`, only when the container has sources.
            let sources = container.list("envFrom")
            if !sources.isEmpty {
                w.write(2, "Environment Variables from:\n")
                for source in sources {
                    let isConfigMap = !source["configMapRef"].isNull
                    let reference = isConfigMap ? source["configMapRef"] : source["secretRef"]
                    let kind = isConfigMap ? "ConfigMap" : source["secretRef"].isNull ? "" : "Secret"
                    let prefix = source.text("prefix")
                    let from = prefix.isEmpty ? kind : "\(kind) with prefix '\(prefix)'"
                    w.write(3, "\(reference.text("name"))\t\(from)\tOptional: \(reference["optional"].bool ?? false)\n")
                }
            }
            let env = container.list("env")
            w.write(2, "Environment:\(env.isEmpty ? "\t<none>" : "")\n")
            for variable in env {
                let name = variable.text("name")
                let from = variable["valueFrom"]
                if from.isNull {
                    for (index, line) in variable.text("value").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        w.write(3, index == 0 ? "\(name):\t\(line)\n" : "\t\(line)\n")
                    }
                } else if !from["fieldRef"].isNull {
                    // `EnvValueRetriever`: the field's value in this pod.
                    let value = pod.map { FieldPathValue.extract(from.text("fieldRef.fieldPath"), pod: $0) } ?? ""
                    w.write(3, "\(name):\t\(value) (\(from.text("fieldRef.apiVersion")):\(from.text("fieldRef.fieldPath")))\n")
                } else if !from["secretKeyRef"].isNull {
                    w.write(3, "\(name):\t<set to the key '\(from.text("secretKeyRef.key"))' in secret '\(from.text("secretKeyRef.name"))'>\tOptional: \(from["secretKeyRef"]["optional"].bool ?? false)\n")
                } else if !from["configMapKeyRef"].isNull {
                    w.write(3, "\(name):\t<set to the key '\(from.text("configMapKeyRef.key"))' of config map '\(from.text("configMapKeyRef.name"))'>\tOptional: \(from["configMapKeyRef"]["optional"].bool ?? false)\n")
                } else {
                    w.write(3, "\(name):\t<unknown>\n")
                }
            }
            let mounts = container.list("volumeMounts").sorted { $0.text("mountPath") < $1.text("mountPath") }
            w.write(2, "Mounts:\(mounts.isEmpty ? "\t<none>" : "")\n")
            for mount in mounts {
                var flags = [mount["readOnly"].bool == true ? "ro" : "rw"]
                if !mount.text("subPath").isEmpty { flags.append("path=\(GoFormat.quoted(mount.text("subPath")))") }
                w.write(3, "\(mount.text("mountPath")) from \(mount.text("name")) (\(flags.joined(separator: ",")))\n")
            }
        }
    }

    /// A resource quantity as the API server normalizes it (strings stay, numbers print plainly).
    static func quantity(_ value: JSONValue) -> String { value.string ?? GoFormat.value(value) }

    /// `DescribeProbe`: `http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3`.
    static func probeText(_ probe: JSONValue) -> String {
        let attributes = "delay=\(probe.number("initialDelaySeconds"))s timeout=\(probe["timeoutSeconds"].int ?? 1)s period=\(probe["periodSeconds"].int ?? 10)s #success=\(probe["successThreshold"].int ?? 1) #failure=\(probe["failureThreshold"].int ?? 3)"
        if !probe["exec"].isNull {
            return "exec [\(probe.list("exec.command").compactMap(\.string).joined(separator: " "))] \(attributes)"
        }
        if !probe["httpGet"].isNull {
            let get = probe["httpGet"]
            let scheme = get.text("scheme").isEmpty ? "http" : get.text("scheme").lowercased()
            let port = get["port"].int.map(String.init) ?? get.text("port")
            return "http-get \(scheme)://\(get.text("host")):\(port)\(get.text("path")) \(attributes)"
        }
        if !probe["tcpSocket"].isNull {
            let port = probe["tcpSocket"]["port"].int.map(String.init) ?? probe.text("tcpSocket.port")
            return "tcp-socket \(probe.text("tcpSocket.host")):\(port) \(attributes)"
        }
        if !probe["grpc"].isNull {
            return "grpc <pod>:\(probe.number("grpc.port")) \(probe.text("grpc.service")) \(attributes)"
        }
        return "unknown \(attributes)"
    }

    /// `describeStatus`.
    static func state(_ w: inout PrefixWriter, _ name: String, _ state: JSONValue) {
        if !state["running"].isNull {
            w.write(2, "\(name):\tRunning\n")
            w.write(3, "Started:\t\(rfc1123(state["running"]["startedAt"]))\n")
        } else if !state["waiting"].isNull {
            w.write(2, "\(name):\tWaiting\n")
            if !state.text("waiting.reason").isEmpty { w.write(3, "Reason:\t\(state.text("waiting.reason"))\n") }
        } else if !state["terminated"].isNull {
            let terminated = state["terminated"]
            w.write(2, "\(name):\tTerminated\n")
            if !terminated.text("reason").isEmpty { w.write(3, "Reason:\t\(terminated.text("reason"))\n") }
            if !terminated.text("message").isEmpty { w.write(3, "Message:\t\(terminated.text("message"))\n") }
            w.write(3, "Exit Code:\t\(terminated.number("exitCode"))\n")
            if terminated.number("signal") > 0 { w.write(3, "Signal:\t\(terminated.number("signal"))\n") }
            w.write(3, "Started:\t\(rfc1123(terminated["startedAt"]))\n")
            w.write(3, "Finished:\t\(rfc1123(terminated["finishedAt"]))\n")
        } else {
            w.write(2, "\(name):\tWaiting\n")
        }
    }

    /// `describeVolumes`.
    static func volumes(_ w: inout PrefixWriter, _ volumes: [JSONValue], space: String) {
        if volumes.isEmpty {
            w.write(0, "\(space)Volumes:\t<none>\n")
            return
        }
        w.write(0, "\(space)Volumes:\n")
        for volume in volumes {
            w.write(1, "\(space.isEmpty ? "" : " ")\(volume.text("name")):\n")
            if !volume["projected"].isNull {
                w.write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n")
                for source in volume.list("projected.sources") {
                    if !source["secret"].isNull {
                        w.write(2, "SecretName:\t\(source.text("secret.name"))\n    Optional:\t\(source["secret"]["optional"].bool ?? false)\n")
                    } else if !source["downwardAPI"].isNull {
                        w.write(2, "DownwardAPI:\ttrue\n")
                    } else if !source["configMap"].isNull {
                        w.write(2, "ConfigMapName:\t\(source.text("configMap.name"))\n    Optional:\t\(source["configMap"]["optional"].bool ?? false)\n")
                    } else if !source["serviceAccountToken"].isNull {
                        w.write(2, "TokenExpirationSeconds:\t\(source["serviceAccountToken"]["expirationSeconds"].int ?? 3600)\n")
                    }
                }
            } else if !volume["emptyDir"].isNull {
                w.write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n")
                w.write(2, "Medium:\t\(volume.text("emptyDir.medium"))\n")
                let limit = volume["emptyDir"]["sizeLimit"]
                w.write(2, "SizeLimit:\t\(limit.isNull ? "<unset>" : quantity(limit))\n")
            } else if !volume["configMap"].isNull {
                w.write(2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n")
                w.write(2, "Name:\t\(volume.text("configMap.name"))\n")
                w.write(2, "Optional:\t\(volume["configMap"]["optional"].bool ?? false)\n")
            } else if !volume["secret"].isNull {
                w.write(2, "Type:\tSecret (a volume populated by a Secret)\n")
                w.write(2, "SecretName:\t\(volume.text("secret.secretName"))\n")
                w.write(2, "Optional:\t\(volume["secret"]["optional"].bool ?? false)\n")
            } else if !volume["hostPath"].isNull {
                w.write(2, "Type:\tHostPath (bare host directory volume)\n")
                w.write(2, "Path:\t\(volume.text("hostPath.path"))\n")
                w.write(2, "HostPathType:\t\(volume.text("hostPath.type"))\n")
            } else if !volume["persistentVolumeClaim"].isNull {
                w.write(2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n")
                w.write(2, "ClaimName:\t\(volume.text("persistentVolumeClaim.claimName"))\n")
                w.write(2, "ReadOnly:\t\(volume["persistentVolumeClaim"]["readOnly"].bool ?? false)\n")
            } else {
                w.write(1, "<unknown>\n")
            }
        }
    }

    /// `DescribePodTemplate` (Deployments and ReplicaSets).
    static func podTemplate(_ w: inout PrefixWriter, _ template: JSONValue) {
        w.write(0, "Pod Template:\n")
        // kubectl puts the indent into the titles (`"  Labels"`), so continuation lines start with a bare tab; the
        // describe tabwriter hides the difference, `rollout history --revision` (no tabwriter) shows it.
        labels(&w, "  Labels", template["metadata"]["labels"].stringMap)
        let templateAnnotations = template["metadata"]["annotations"].stringMap
        if !templateAnnotations.isEmpty { annotations(&w, "  Annotations", templateAnnotations) }
        let spec = template["spec"]
        if !spec.text("serviceAccountName").isEmpty { w.write(1, "Service Account:\t\(spec.text("serviceAccountName"))\n") }
        let initContainers = spec.list("initContainers")
        if !initContainers.isEmpty { containers(&w, "Init Containers", initContainers, statuses: nil, space: "  ") }
        containers(&w, "Containers", spec.list("containers"), statuses: nil, space: "  ")
        volumes(&w, spec.list("volumes"), space: "  ")
        if !spec.text("priorityClassName").isEmpty { w.write(1, "Priority Class Name:\t\(spec.text("priorityClassName"))\n") }
        labels(&w, "  Node-Selectors", spec["nodeSelector"].stringMap)
        tolerations(&w, "  Tolerations", spec.list("tolerations"))
    }
}
