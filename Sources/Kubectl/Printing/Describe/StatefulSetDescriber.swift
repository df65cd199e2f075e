import ClusterModel

/// `StatefulSetDescriber` (`describeStatefulSet`): service name, pod management policy, replicas, update strategy,
/// claim retention policy, the pods' phases (`getPodStatusForController`), the pod template, the volume claim
/// templates (`describeVolumeClaimTemplates`) and events.
enum StatefulSetDescriber {
    static func describe(_ set: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = set["spec"]
        w.write(0, "Name:\t\(set.objectName)\n")
        w.write(0, "Namespace:\t\(set.objectNamespace)\n")
        w.write(0, "CreationTimestamp:\t\(DescribeSections.rfc1123(set["metadata"]["creationTimestamp"]))\n")
        w.write(0, "Selector:\t\(LabelFormatting.selectorString(spec["selector"]) ?? "<invalid>")\n")
        DescribeSections.labels(&w, "Labels", set["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", set["metadata"]["annotations"].stringMap)
        if let service = spec["serviceName"].string, !service.isEmpty { w.write(0, "Service Name:\t\(service)\n") }
        if let policy = spec["podManagementPolicy"].string, !policy.isEmpty { w.write(0, "Pod Management Policy:\t\(policy)\n") }
        w.write(0, "Replicas:\t\(spec["replicas"].int ?? 1) desired | \(set.number("status.replicas")) total\n")
        w.write(0, "Update Strategy:\t\(spec.text("updateStrategy.type"))\n")
        let rolling = spec["updateStrategy"]["rollingUpdate"]
        if let partition = rolling["partition"].int {
            w.write(1, "Partition:\t\(partition)\n")
            if !rolling["maxUnavailable"].isNull { w.write(1, "MaxUnavailable:\t\(rolling["maxUnavailable"].string ?? GoFormat.value(rolling["maxUnavailable"]))\n") }
        }
        let retention = spec["persistentVolumeClaimRetentionPolicy"]
        if !retention.isNull {
            w.write(0, "Persistent Volume Claim Retention Policy:\n")
            w.write(1, "WhenDeleted:\t\(retention.text("whenDeleted"))\n")
            w.write(1, "WhenScaled:\t\(retention.text("whenScaled"))\n")
        }
        DescribeSections.podsStatus(&w, of: set, related: related)
        DescribeSections.podTemplate(&w, spec["template"])
        volumeClaimTemplates(&w, spec.list("volumeClaimTemplates"))
        DescribeSections.events(&w, related.events(for: set), now: now)
    }

    /// `describeVolumeClaimTemplates`: name, class (`GetPersistentVolumeClaimClass`: the beta annotation, else
    /// `storageClassName`), labels, annotations, requested storage and access modes (a Go slice, `[ReadWriteOnce]`).
    private static func volumeClaimTemplates(_ w: inout PrefixWriter, _ claims: [JSONValue]) {
        guard !claims.isEmpty else {
            w.write(0, "Volume Claims:\t<none>\n")
            return
        }
        w.write(0, "Volume Claims:\n")
        for claim in claims {
            w.write(1, "Name:\t\(claim.text("metadata.name"))\n")
            let storageClass = claim["metadata"]["annotations"]["volume.beta.kubernetes.io/storage-class"].string ?? claim["spec"]["storageClassName"].string ?? ""
            w.write(1, "StorageClass:\t\(storageClass)\n")
            DescribeSections.labels(&w, "Labels", claim["metadata"]["labels"].stringMap, initialIndent: "  ")
            // The claim annotations are printed as labels are (`printLabelsMultilineWithIndent`).
            DescribeSections.labels(&w, "Annotations", claim["metadata"]["annotations"].stringMap, initialIndent: "  ")
            let storage = claim["spec"]["resources"]["requests"]["storage"]
            w.write(1, "Capacity:\t\(storage.isNull ? "<default>" : DescribeSections.quantity(storage))\n")
            w.write(1, "Access Modes:\t[\(claim.list("spec.accessModes").map { $0.string ?? "" }.joined(separator: " "))]\n")
        }
    }
}
