import ClusterModel

/// `describeNamespace`: status and conditions, then the (always empty) resource quotas and limit ranges; no events.
enum NamespaceDescriber {
    static func describe(_ namespace: JSONValue, into w: inout PrefixWriter) {
        w.write(0, "Name:\t\(namespace.objectName)\n")
        DescribeSections.labels(&w, "Labels", namespace["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", namespace["metadata"]["annotations"].stringMap)
        w.write(0, "Status:\t\(namespace.text("status.phase"))\n")
        let conditions = namespace.list("status.conditions")
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n")
            w.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n")
            w.write(1, "----\t------\t------------------\t------\t-------\n")
            for condition in conditions {
                let time = DescribeSections.rfc1123(condition["lastTransitionTime"])
                w.write(1, "\(condition.text("type"))\t\(condition.text("status"))\t\(time)\t\(condition.text("reason"))\t\(condition.text("message"))\n")
            }
        }
        // The simulated cluster serves no ResourceQuotas or LimitRanges: both lists are empty.
        w.write(0, "\nNo resource quota.\n")
        w.write(0, "\nNo LimitRange resource.\n")
    }
}
