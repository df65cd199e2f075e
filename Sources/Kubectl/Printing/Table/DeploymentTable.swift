import ClusterModel

/// The Deployment table: `NAME READY UP-TO-DATE AVAILABLE AGE`, wide `CONTAINERS IMAGES SELECTOR`.
enum DeploymentTable {
    static let definition = TableDefinition(
        columns: ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"],
        wideColumns: ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"]
    ) { deployment, now, wide in
        var row = [
            deployment.objectName,
            "\(deployment.number("status.readyReplicas"))/\(deployment.number("spec.replicas"))",
            String(deployment.number("status.updatedReplicas")),
            String(deployment.number("status.availableReplicas")),
            TableDefinition.age(deployment, now),
        ]
        if wide {
            let (names, images) = TableDefinition.containerCells(deployment["spec"]["template"]["spec"])
            let selector = LabelFormatting.selectorString(deployment["spec"]["selector"]) ?? "<invalid>"
            row += [names, images, selector]
        }
        return row
    }
}
