import ClusterModel

/// `PodDisruptionBudgetDescriber` (`describePodDisruptionBudgetV1`).
enum PodDisruptionBudgetDescriber {
    static func describe(_ budget: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = budget["spec"]
        w.write(0, "Name:\t\(budget.objectName)\n")
        w.write(0, "Namespace:\t\(budget.objectNamespace)\n")
        if !spec["minAvailable"].isNull {
            w.write(0, "Min available:\t\(spec["minAvailable"].int.map(String.init) ?? spec["minAvailable"].string ?? "")\n")
        } else if !spec["maxUnavailable"].isNull {
            w.write(0, "Max unavailable:\t\(spec["maxUnavailable"].int.map(String.init) ?? spec["maxUnavailable"].string ?? "")\n")
        }
        w.write(0, "Selector:\t\(spec["selector"].isNull ? "<unset>" : LabelFormatting.formatLabelSelector(spec["selector"]))\n")
        w.write(0, "Status:\n")
        w.write(2, "Allowed disruptions:\t\(budget.number("status.disruptionsAllowed"))\n")
        w.write(2, "Current:\t\(budget.number("status.currentHealthy"))\n")
        w.write(2, "Desired:\t\(budget.number("status.desiredHealthy"))\n")
        w.write(2, "Total:\t\(budget.number("status.expectedPods"))\n")
        DescribeSections.events(&w, related.events(for: budget), now: now)
    }
}
