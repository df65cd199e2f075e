import ClusterModel

/// The DaemonSet table (`printDaemonSet`): `NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE`, wide
/// `CONTAINERS IMAGES SELECTOR`; NODE SELECTOR is the template's `nodeSelector` as `labels.FormatLabels` writes it.
enum DaemonSetTable {
    static let definition = TableDefinition(
        columns: ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"],
        wideColumns: ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"]
    ) { ds, now, wide in
        let selector = ds["spec"]["template"]["spec"]["nodeSelector"].stringMap
        var row = [
            ds.objectName, String(ds.number("status.desiredNumberScheduled")), String(ds.number("status.currentNumberScheduled")),
            String(ds.number("status.numberReady")), String(ds.number("status.updatedNumberScheduled")),
            String(ds.number("status.numberAvailable")),
            selector.isEmpty ? "<none>" : selector.keys.sorted().map { $0 + "=" + selector[$0]! }.joined(separator: ","),
            TableDefinition.age(ds, now),
        ]
        if wide {
            let (names, images) = TableDefinition.containerCells(ds["spec"]["template"]["spec"])
            row += [names, images, LabelFormatting.selectorString(ds["spec"]["selector"]) ?? "<invalid>"]
        }
        return row
    }
}
