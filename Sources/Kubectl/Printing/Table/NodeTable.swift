import ClusterModel

/// The Node table: `NAME STATUS ROLES AGE VERSION`, wide `INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME`.
enum NodeTable {
    static let definition = TableDefinition(
        columns: ["NAME", "STATUS", "ROLES", "AGE", "VERSION"],
        wideColumns: ["NAME", "STATUS", "ROLES", "AGE", "VERSION", "INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"]
    ) { node, now, wide in
        let roles = NodeTable.roles(node)
        var row = [node.objectName, status(node), roles.isEmpty ? "<none>" : roles.joined(separator: ","), TableDefinition.age(node, now), node.text("status.nodeInfo.kubeletVersion")]
        if wide {
            func orUnknown(_ text: String) -> String { text.isEmpty ? "<unknown>" : text }
            row += [
                address(node, type: "InternalIP"), address(node, type: "ExternalIP"),
                orUnknown(node.text("status.nodeInfo.osImage")), orUnknown(node.text("status.nodeInfo.kernelVersion")),
                orUnknown(node.text("status.nodeInfo.containerRuntimeVersion")),
            ]
        }
        return row
    }

    /// `Ready`/`NotReady`/`Unknown`, plus `,SchedulingDisabled` when cordoned.
    static func status(_ node: JSONValue) -> String {
        var parts: [String] = []
        if let ready = node.list("status.conditions").last(where: { $0.text("type") == "Ready" }) {
            parts.append(ready.text("status") == "True" ? "Ready" : "NotReady")
        }
        if parts.isEmpty { parts.append("Unknown") }
        if node["spec"]["unschedulable"].bool == true { parts.append("SchedulingDisabled") }
        return parts.joined(separator: ",")
    }

    /// `findNodeRoles`: `node-role.kubernetes.io/<role>` label suffixes and `kubernetes.io/role` values, sorted.
    static func roles(_ node: JSONValue) -> [String] {
        var roles = Set<String>()
        for (key, value) in node["metadata"]["labels"].stringMap {
            if key.hasPrefix("node-role.kubernetes.io/") {
                let role = String(key.dropFirst("node-role.kubernetes.io/".count))
                if !role.isEmpty { roles.insert(role) }
            } else if key == "kubernetes.io/role" && !value.isEmpty {
                roles.insert(value)
            }
        }
        return roles.sorted()
    }

    /// The first address of a type, or `<none>`.
    static func address(_ node: JSONValue, type: String) -> String {
        node.list("status.addresses").first { $0.text("type") == type }?.text("address") ?? "<none>"
    }
}
