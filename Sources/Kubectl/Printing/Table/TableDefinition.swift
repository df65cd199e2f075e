import ClusterModel

/// The server-side table of one kind: column names (as kubectl prints them, upper-cased) and the cells of one
/// object, following `pkg/printers/internalversion/printers.go`.
struct TableDefinition: Sendable {
    /// Headers without `-o wide`.
    var columns: [String]
    /// Headers with `-o wide` (the full list in server order).
    var wideColumns: [String]
    /// The index of the column holding the object name (where `kind/` is prefixed), per mode.
    var nameColumn: @Sendable (_ wide: Bool) -> Int? = { _ in 0 }
    /// The cells for an object; as many as the headers of the mode.
    var cells: @Sendable (_ object: JSONValue, _ now: Timestamp, _ wide: Bool) -> [String]

    /// The headers for a mode.
    func headers(wide: Bool) -> [String] { wide ? wideColumns : columns }

    /// The definition for a kind; unknown kinds get the server's default `NAME AGE` table.
    static func forKind(_ kind: String) -> TableDefinition {
        switch kind {
        case "Pod": return PodTable.definition
        case "Deployment": return DeploymentTable.definition
        case "ReplicaSet": return ReplicaSetTable.definition
        case "Service": return ServiceTable.definition
        case "EndpointSlice": return EndpointSliceTable.definition
        case "Endpoints": return EndpointsTable.definition
        case "Node": return NodeTable.definition
        case "Event": return EventTable.definition
        case "Namespace": return NamespaceTable.definition
        case "ConfigMap": return ConfigMapTable.definition
        case "Secret": return SecretTable.definition
        case "ServiceAccount": return ServiceAccountTable.definition
        case "DaemonSet": return DaemonSetTable.definition
        case "StatefulSet": return StatefulSetTable.definition
        case "PodDisruptionBudget": return ClusterObjectTables.podDisruptionBudget
        case "Job": return JobTables.job
        case "CronJob": return JobTables.cronJob
        case "ControllerRevision": return ClusterObjectTables.controllerRevision
        case "Lease": return ClusterObjectTables.lease
        case "PriorityClass": return ClusterObjectTables.priorityClass
        case "StorageClass": return ClusterObjectTables.storageClass
        default:
            return TableDefinition(columns: ["NAME", "AGE"], wideColumns: ["NAME", "AGE"]) { object, now, _ in
                [object.objectName, age(object, now)]
            }
        }
    }

    /// `translateTimestampSince(creationTimestamp)`.
    static func age(_ object: JSONValue, _ now: Timestamp) -> String {
        HumanDuration.since(rfc3339: object["metadata"]["creationTimestamp"].string, now: now)
    }

    /// `layoutContainerCells`: comma-joined container names and images.
    static func containerCells(_ podSpec: JSONValue) -> (names: String, images: String) {
        let containers = podSpec["containers"].array ?? []
        return (containers.map { $0.text("name") }.joined(separator: ","), containers.map { $0.text("image") }.joined(separator: ","))
    }

    /// `listWithMoreString`: at most three entries, then ` + N more...`; `<unset>` when empty.
    static func listWithMore(_ list: [String], total: Int) -> String {
        let shown = list.prefix(3).joined(separator: ",")
        if total > 3 { return "\(shown) + \(total - 3) more..." }
        return shown.isEmpty ? "<unset>" : shown
    }
}
