import ClusterModel

/// `DaemonSetDescriber` (`describeDaemonSet`): the counts of nodes scheduled, up to date and available, the pods'
/// phases (`getPodStatusForController`: the selected pods the DaemonSet controls), the pod template and events.
enum DaemonSetDescriber {
    static func describe(_ daemonSet: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = daemonSet["spec"]
        w.write(0, "Name:\t\(daemonSet.objectName)\n")
        w.write(0, "Namespace:\t\(daemonSet.objectNamespace)\n")
        w.write(0, "Selector:\t\(LabelFormatting.formatLabelSelector(spec["selector"]))\n")
        let nodeSelector = spec["template"]["spec"]["nodeSelector"].stringMap
        let formatted = nodeSelector.keys.sorted().map { $0 + "=" + nodeSelector[$0]! }.joined(separator: ",")
        w.write(0, "Node-Selector:\t\(formatted.isEmpty ? "<none>" : formatted)\n")
        DescribeSections.labels(&w, "Labels", daemonSet["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", daemonSet["metadata"]["annotations"].stringMap)
        w.write(0, "Desired Number of Nodes Scheduled: \(daemonSet.number("status.desiredNumberScheduled"))\n")
        w.write(0, "Current Number of Nodes Scheduled: \(daemonSet.number("status.currentNumberScheduled"))\n")
        w.write(0, "Number of Nodes Scheduled with Up-to-date Pods: \(daemonSet.number("status.updatedNumberScheduled"))\n")
        w.write(0, "Number of Nodes Scheduled with Available Pods: \(daemonSet.number("status.numberAvailable"))\n")
        w.write(0, "Number of Nodes Misscheduled: \(daemonSet.number("status.numberMisscheduled"))\n")
        DescribeSections.podsStatus(&w, of: daemonSet, related: related)
        DescribeSections.podTemplate(&w, spec["template"])
        DescribeSections.events(&w, related.events(for: daemonSet), now: now)
    }
}
