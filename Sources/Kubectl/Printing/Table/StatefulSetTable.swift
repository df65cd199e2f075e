import ClusterModel

/// The StatefulSet table (`printStatefulSet`): `NAME READY AGE`, READY being `readyReplicas/spec.replicas`; wide
/// adds `CONTAINERS IMAGES`.
enum StatefulSetTable {
    static let definition = TableDefinition(
        columns: ["NAME", "READY", "AGE"], wideColumns: ["NAME", "READY", "AGE", "CONTAINERS", "IMAGES"]
    ) { set, now, wide in
        var row = [set.objectName, "\(set.number("status.readyReplicas"))/\(set["spec"]["replicas"].int ?? 1)", TableDefinition.age(set, now)]
        if wide {
            let (names, images) = TableDefinition.containerCells(set["spec"]["template"]["spec"])
            row += [names, images]
        }
        return row
    }
}
