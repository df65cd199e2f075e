import ClusterModel

/// Tables of the kinds a learner lists but rarely changes: ControllerRevisions (`printControllerRevision`), Leases
/// (`printLease`), PriorityClasses (`printPriorityClass`) and StorageClasses (`printStorageClass`).
enum ClusterObjectTables {
    /// `NAME CONTROLLER REVISION AGE`; CONTROLLER is the controller reference as `kind.group/name`.
    static let controllerRevision = TableDefinition(
        columns: ["NAME", "CONTROLLER", "REVISION", "AGE"], wideColumns: ["NAME", "CONTROLLER", "REVISION", "AGE"]
    ) { revision, now, _ in
        let owner = (revision["metadata"]["ownerReferences"].array ?? []).first { $0["controller"].bool == true }
        var controller = "<none>"
        if let owner {
            let group = (owner["apiVersion"].string ?? "").split(separator: "/").dropLast().first.map { "." + $0 } ?? ""
            controller = (owner["kind"].string ?? "").lowercased() + group + "/" + (owner["name"].string ?? "")
        }
        return [revision.objectName, controller, String(revision.number("revision")), TableDefinition.age(revision, now)]
    }

    /// `NAME MIN AVAILABLE MAX UNAVAILABLE ALLOWED DISRUPTIONS AGE` (`printPodDisruptionBudget`: `N/A` when unset).
    static let podDisruptionBudget = TableDefinition(
        columns: ["NAME", "MIN AVAILABLE", "MAX UNAVAILABLE", "ALLOWED DISRUPTIONS", "AGE"],
        wideColumns: ["NAME", "MIN AVAILABLE", "MAX UNAVAILABLE", "ALLOWED DISRUPTIONS", "AGE"]
    ) { budget, now, _ in
        func intOrString(_ value: JSONValue) -> String { value.int.map(String.init) ?? value.string ?? "N/A" }
        return [
            budget.objectName, intOrString(budget["spec"]["minAvailable"]), intOrString(budget["spec"]["maxUnavailable"]),
            String(budget.number("status.disruptionsAllowed")), TableDefinition.age(budget, now),
        ]
    }

    /// `NAME HOLDER AGE`.
    static let lease = TableDefinition(columns: ["NAME", "HOLDER", "AGE"], wideColumns: ["NAME", "HOLDER", "AGE"]) { lease, now, _ in
        [lease.objectName, lease["spec"]["holderIdentity"].string ?? "", TableDefinition.age(lease, now)]
    }

    /// `NAME VALUE GLOBAL-DEFAULT AGE PREEMPTIONPOLICY`.
    static let priorityClass = TableDefinition(
        columns: ["NAME", "VALUE", "GLOBAL-DEFAULT", "AGE", "PREEMPTIONPOLICY"],
        wideColumns: ["NAME", "VALUE", "GLOBAL-DEFAULT", "AGE", "PREEMPTIONPOLICY"]
    ) { priorityClass, now, _ in
        [
            priorityClass.objectName, String(priorityClass.number("value")), String(priorityClass["globalDefault"].bool ?? false),
            TableDefinition.age(priorityClass, now), priorityClass["preemptionPolicy"].string ?? "",
        ]
    }

    /// `NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE`; the default class is marked
    /// ` (default)`; an unset policy or mode prints its default (`Delete`, `Immediate`).
    static let storageClass = TableDefinition(
        columns: ["NAME", "PROVISIONER", "RECLAIMPOLICY", "VOLUMEBINDINGMODE", "ALLOWVOLUMEEXPANSION", "AGE"],
        wideColumns: ["NAME", "PROVISIONER", "RECLAIMPOLICY", "VOLUMEBINDINGMODE", "ALLOWVOLUMEEXPANSION", "AGE"]
    ) { storageClass, now, _ in
        let annotations = storageClass["metadata"]["annotations"]
        let isDefault = annotations["storageclass.kubernetes.io/is-default-class"].string == "true"
            || annotations["storageclass.beta.kubernetes.io/is-default-class"].string == "true"
        return [
            storageClass.objectName + (isDefault ? " (default)" : ""), storageClass["provisioner"].string ?? "",
            storageClass["reclaimPolicy"].string ?? "Delete", storageClass["volumeBindingMode"].string ?? "Immediate",
            String(storageClass["allowVolumeExpansion"].bool ?? false), TableDefinition.age(storageClass, now),
        ]
    }
}
