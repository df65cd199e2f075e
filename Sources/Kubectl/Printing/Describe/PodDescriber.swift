import ClusterModel

/// `describePod`.
enum PodDescriber {
    static func describe(_ pod: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = pod["spec"], status = pod["status"]
        w.write(0, "Name:\t\(pod.objectName)\n")
        w.write(0, "Namespace:\t\(pod.objectNamespace)\n")
        if let priority = spec["priority"].int { w.write(0, "Priority:\t\(priority)\n") }
        if !spec.text("priorityClassName").isEmpty { w.write(0, "Priority Class Name:\t\(spec.text("priorityClassName"))\n") }
        if !spec.text("runtimeClassName").isEmpty { w.write(0, "Runtime Class Name:\t\(spec.text("runtimeClassName"))\n") }
        if !spec.text("serviceAccountName").isEmpty { w.write(0, "Service Account:\t\(spec.text("serviceAccountName"))\n") }
        if spec.text("nodeName").isEmpty {
            w.write(0, "Node:\t<none>\n")
        } else {
            w.write(0, "Node:\t\(spec.text("nodeName"))/\(status.text("hostIP"))\n")
        }
        if !status["startTime"].isNull { w.write(0, "Start Time:\t\(DescribeSections.rfc1123(status["startTime"]))\n") }
        DescribeSections.labels(&w, "Labels", pod["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", pod["metadata"]["annotations"].stringMap)
        let phase = status.text("phase")
        if let deletion = pod["metadata"]["deletionTimestamp"].string, phase != "Failed", phase != "Succeeded" {
            w.write(0, "Status:\tTerminating (lasts \(HumanDuration.since(rfc3339: deletion, now: now)))\n")
            w.write(0, "Termination Grace Period:\t\(pod.number("metadata.deletionGracePeriodSeconds"))s\n")
        } else {
            w.write(0, "Status:\t\(phase)\n")
        }
        if !status.text("reason").isEmpty { w.write(0, "Reason:\t\(status.text("reason"))\n") }
        if !status.text("message").isEmpty { w.write(0, "Message:\t\(status.text("message"))\n") }
        if !spec["securityContext"]["seccompProfile"].isNull {
            w.write(0, "SeccompProfile:\t\(spec.text("securityContext.seccompProfile.type"))\n")
        }
        w.write(0, "IP:\t\(status.text("podIP"))\n")
        let podIPs = status.list("podIPs")
        if podIPs.isEmpty {
            w.write(0, "IPs:\t<none>\n")
        } else {
            w.write(0, "IPs:\n")
            for ip in podIPs { w.write(1, "IP:\t\(ip.text("ip"))\n") }
        }
        if let controller = DescribeSections.controller(pod) { w.write(0, "Controlled By:\t\(controller)\n") }
        if !status.text("nominatedNodeName").isEmpty { w.write(0, "NominatedNodeName:\t\(status.text("nominatedNodeName"))\n") }
        let initContainers = spec.list("initContainers")
        if !initContainers.isEmpty {
            DescribeSections.containers(&w, "Init Containers", initContainers, statuses: status.list("initContainerStatuses"), space: "", pod: pod)
        }
        DescribeSections.containers(&w, "Containers", spec.list("containers"), statuses: status.list("containerStatuses"), space: "", pod: pod)
        let gates = spec.list("readinessGates")
        if !gates.isEmpty {
            w.write(0, "Readiness Gates:\n  Type\tStatus\n")
            for gate in gates {
                let type = gate.text("conditionType")
                let condition = status.list("conditions").first { $0.text("type") == type }
                w.write(1, "\(type) \t\(condition?.text("status") ?? "<none>") \n")
            }
        }
        let conditions = status.list("conditions")
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\n")
            for condition in conditions { w.write(1, "\(condition.text("type")) \t\(condition.text("status")) \n") }
        }
        DescribeSections.volumes(&w, spec.list("volumes"), space: "")
        w.write(0, "QoS Class:\t\(status.text("qosClass").isEmpty ? qosClass(spec) : status.text("qosClass"))\n")
        DescribeSections.labels(&w, "Node-Selectors", spec["nodeSelector"].stringMap)
        DescribeSections.tolerations(&w, "Tolerations", spec.list("tolerations"))
        DescribeSections.events(&w, related.events(for: pod), now: now)
    }

    /// `GetPodQOS`, simplified: BestEffort without requests/limits, Guaranteed when every container's cpu and
    /// memory limits equal its requests, else Burstable.
    static func qosClass(_ spec: JSONValue) -> String {
        let containers = spec.list("containers") + spec.list("initContainers")
        let anySet = containers.contains { !($0["resources"]["requests"].object ?? [:]).isEmpty || !($0["resources"]["limits"].object ?? [:]).isEmpty }
        if !anySet { return "BestEffort" }
        let guaranteed = containers.allSatisfy { container in
            let limits = container["resources"]["limits"], requests = container["resources"]["requests"]
            return ["cpu", "memory"].allSatisfy { !limits[$0].isNull && (requests[$0].isNull || requests[$0] == limits[$0]) }
        }
        return guaranteed ? "Guaranteed" : "Burstable"
    }
}
