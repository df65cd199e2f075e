/// What every pod of one ReplicaSet shares, derived once from the ReplicaSet and its pod template.
///
/// Creating thousands of pods then copies shared (copy-on-write) labels, annotations and owner references
/// instead of re-reading and rebuilding them from JSON for every pod.
struct PodTemplate: Sendable {
    var namespace: String
    var replicaSetUID: String
    /// `generateName` of the pods: `<replicaset>-`, cut to 58 characters.
    var generateName: String
    var labels: [String: String]
    var annotations: [String: String]
    /// Template metadata fields other than the ones a pod sets itself.
    var extra: [String: JSONValue]
    /// The controller reference to the ReplicaSet.
    var ownerReferences: [JSONValue]
    /// The ReplicaSet's uid as the controllers' owner key.
    var owner: OwnerKey
    /// The initial state of each container.
    var containers: [ContainerRecord]
    /// The record parts every pod of the template shares: the defaulted spec, what the kubelet reads from it, the
    /// QoS class.
    let podConstants: PodRecord.Constants

    /// The template of `rs`, whose pods get `spec`.
    init(replicaSet rs: JSONValue, spec: JSONValue) {
        let metadata = rs["metadata"]
        replicaSetUID = metadata["uid"].string ?? ""
        owner = OwnerKey(replicaSetUID)
        let name = metadata["name"].string ?? ""
        namespace = metadata["namespace"].string ?? "default"
        generateName = String((name + "-").prefix(58))
        let templateMetadata = rs["spec"]["template"]["metadata"]
        var extra = templateMetadata.object ?? [:]
        for known in ["labels", "annotations", "name", "namespace", "creationTimestamp", "generateName"] { extra[known] = nil }
        self.extra = extra
        labels = templateMetadata["labels"].stringMap
        annotations = templateMetadata["annotations"].stringMap
        ownerReferences = [
            [
                "apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "ReplicaSet", "name": .string(name),
                "uid": .string(replicaSetUID),
            ]
        ]
        containers = (spec["containers"].array ?? []).map { ContainerRecord(name: $0["name"].string ?? "", image: $0["image"].string ?? "") }
        podConstants = PodRecord.Constants(spec: spec, facts: PodSpecFacts(spec: spec), extraTopLevel: [:], qosClass: Cluster.qosClass(spec))
    }
}
