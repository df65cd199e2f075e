import ClusterModel

/// `ReplicaSetDescriber`.
enum ReplicaSetDescriber {
    static func describe(_ replicaSet: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = replicaSet["spec"]
        w.write(0, "Name:\t\(replicaSet.objectName)\n")
        w.write(0, "Namespace:\t\(replicaSet.objectNamespace)\n")
        w.write(0, "Selector:\t\(LabelFormatting.formatLabelSelector(spec["selector"]))\n")
        DescribeSections.labels(&w, "Labels", replicaSet["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", replicaSet["metadata"]["annotations"].stringMap)
        if let controller = DescribeSections.controller(replicaSet) { w.write(0, "Controlled By:\t\(controller)\n") }
        w.write(0, "Replicas:\t\(replicaSet.number("status.replicas")) current / \(spec["replicas"].int ?? 1) desired\n")
        let pods = related.list(kind: "Pod", namespace: replicaSet.objectNamespace, labelSelector: spec["selector"]["matchLabels"].stringMap)
            .filter { pod in
                let uid = replicaSet.text("metadata.uid")
                return pod.list("metadata.ownerReferences").contains {
                    $0["controller"].bool == true && $0.text("kind") == "ReplicaSet" && $0.text("name") == replicaSet.objectName
                        && (uid.isEmpty || $0.text("uid") == uid)
                }
            }
        func count(_ phase: String) -> Int { pods.filter { $0.text("status.phase") == phase }.count }
        w.write(0, "Pods Status:\t")
        w.write(0, "\(count("Running")) Running / \(count("Pending")) Waiting / \(count("Succeeded")) Succeeded / \(count("Failed")) Failed\n")
        DescribeSections.podTemplate(&w, spec["template"])
        let conditions = replicaSet.list("status.conditions")
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\tReason\n")
            w.write(1, "----\t------\t------\n")
            for condition in conditions { w.write(1, "\(condition.text("type")) \t\(condition.text("status"))\t\(condition.text("reason"))\n") }
        }
        DescribeSections.events(&w, related.events(for: replicaSet), now: now)
    }
}
