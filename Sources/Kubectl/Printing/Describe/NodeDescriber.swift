import ClusterModel

/// `NodeDescriber` (without the Lease and resource-percentage arithmetic of the real one; see the report).
enum NodeDescriber {
    static func describe(_ node: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let status = node["status"]
        w.write(0, "Name:\t\(node.objectName)\n")
        let roles = NodeTable.roles(node)
        w.write(0, "Roles:\t\(roles.isEmpty ? "<none>" : roles.joined(separator: ","))\n")
        DescribeSections.labels(&w, "Labels", node["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", node["metadata"]["annotations"].stringMap)
        w.write(0, "CreationTimestamp:\t\(DescribeSections.rfc1123(node["metadata"]["creationTimestamp"]))\n")
        let taints = node.list("spec.taints")
        if taints.isEmpty {
            w.write(0, "Taints:\t<none>\n")
        } else {
            for (index, taint) in taints.enumerated() {
                let value = taint.text("value").isEmpty ? "" : "=" + taint.text("value")
                w.write(0, "\(index == 0 ? "Taints:" : "")\t\(taint.text("key"))\(value):\(taint.text("effect"))\n")
            }
        }
        w.write(0, "Unschedulable:\t\(node["spec"]["unschedulable"].bool ?? false)\n")
        let conditions = status.list("conditions")
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n")
            w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n")
            for condition in conditions {
                w.write(1, "\(condition.text("type")) \t\(condition.text("status")) \t\(DescribeSections.rfc1123(condition["lastHeartbeatTime"])) \t\(DescribeSections.rfc1123(condition["lastTransitionTime"])) \t\(condition.text("reason")) \t\(condition.text("message"))\n")
            }
        }
        w.write(0, "Addresses:\n")
        for address in status.list("addresses") { w.write(1, "\(address.text("type")):\t\(address.text("address"))\n") }
        for (title, key) in [("Capacity", "capacity"), ("Allocatable", "allocatable")] {
            let resources = status[key].object ?? [:]
            if resources.isEmpty { continue }
            w.write(0, "\(title):\n")
            for name in resources.keys.sorted() { w.write(1, "\(name):\t\(DescribeSections.quantity(resources[name]!))\n") }
        }
        let info = status["nodeInfo"]
        w.write(0, "System Info:\n")
        for (title, key) in [
            ("Machine ID", "machineID"), ("System UUID", "systemUUID"), ("Boot ID", "bootID"), ("Kernel Version", "kernelVersion"),
            ("OS Image", "osImage"), ("Operating System", "operatingSystem"), ("Architecture", "architecture"),
            ("Container Runtime Version", "containerRuntimeVersion"), ("Kubelet Version", "kubeletVersion"),
        ] {
            w.write(1, "\(title):\t\(info.text(key))\n")
        }
        if !node.text("spec.podCIDR").isEmpty { w.write(0, "PodCIDR:\t\(node.text("spec.podCIDR"))\n") }
        let cidrs = node.list("spec.podCIDRs").compactMap(\.string)
        if !cidrs.isEmpty { w.write(0, "PodCIDRs:\t\(cidrs.joined(separator: ","))\n") }
        if !node.text("spec.providerID").isEmpty { w.write(0, "ProviderID:\t\(node.text("spec.providerID"))\n") }
        let pods = related.list(kind: "Pod", namespace: nil, labelSelector: nil).filter {
            $0.text("spec.nodeName") == node.objectName && $0.text("status.phase") != "Succeeded" && $0.text("status.phase") != "Failed"
        }
        w.write(0, "Non-terminated Pods:\t(\(pods.count) in total)\n")
        w.write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n")
        w.write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n")
        for pod in pods {
            func sum(_ kind: String, _ resource: String) -> String {
                let values = pod.list("spec.containers").compactMap { $0["resources"][kind][resource].string }
                return values.isEmpty ? "0 (0%)" : values.joined(separator: "+") + " (0%)"
            }
            w.write(1, "\(pod.objectNamespace)\t\(pod.objectName)\t\t\(sum("requests", "cpu"))\t\(sum("limits", "cpu"))\t\(sum("requests", "memory"))\t\(sum("limits", "memory"))\t\(TableDefinition.age(pod, now))\n")
        }
        DescribeSections.events(&w, related.events(for: node), now: now)
    }
}
