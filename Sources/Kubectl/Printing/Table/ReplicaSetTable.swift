import ClusterModel

/// The ReplicaSet table: `NAME DESIRED CURRENT READY AGE`, wide `CONTAINERS IMAGES SELECTOR`.
enum ReplicaSetTable {
    static let definition = TableDefinition(
        columns: ["NAME", "DESIRED", "CURRENT", "READY", "AGE"],
        wideColumns: ["NAME", "DESIRED", "CURRENT", "READY", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"]
    ) { replicaSet, now, wide in
        var row = [
            replicaSet.objectName,
            String(replicaSet.number("spec.replicas")),
            String(replicaSet.number("status.replicas")),
            String(replicaSet.number("status.readyReplicas")),
            TableDefinition.age(replicaSet, now),
        ]
        if wide {
            let (names, images) = TableDefinition.containerCells(replicaSet["spec"]["template"]["spec"])
            row += [names, images, LabelFormatting.formatLabelSelector(replicaSet["spec"]["selector"])]
        }
        return row
    }
}
