/// What a controller stamps a pod out of (a DaemonSet's, Job's or StatefulSet's template): the spec with admission's
/// defaults, the labels, annotations and controller reference, and the name when the controller chooses it.
struct ControlledPod {
    var namespace: String
    /// `<owner>-`, cut to 58 characters.
    var generateName: String
    var spec: JSONValue
    var labels: [String: String]
    var annotations: [String: String]
    var ownerReferences: [JSONValue]
    /// The pod's name when the controller chooses it (a StatefulSet's `<set>-<ordinal>`); nil lets the API server
    /// generate one from `generateName`.
    var name: String? = nil

    /// The pod to create under the API server's `name`, `uid` and token volume suffix, at `now`.
    func record(name: String, uid: String, tokenVolumeSuffix: String, now: Timestamp) -> PodRecord {
        let meta = ObjectMeta(
            name: name, namespace: namespace, uid: uid, generation: 1, creationTimestamp: now, generateName: generateName, labels: labels,
            annotations: annotations, ownerReferences: ownerReferences)
        let containers = (spec["containers"].array ?? []).map { ContainerRecord(name: $0["name"].string ?? "", image: $0["image"].string ?? "") }
        return PodRecord(meta: meta, spec: spec, tokenVolumeSuffix: tokenVolumeSuffix, qosClass: Cluster.qosClass(spec), containers: containers)
    }

    /// `generateName` for the pods of the owner named `owner`.
    static func generateName(for owner: String) -> String { String((owner + "-").prefix(58)) }
}

extension Cluster {
    /// `POST pods` of a controller's pod; returns its name (the API server's choice from `generateName`, or the
    /// controller's), or an empty string when a pod of the controller's chosen name already exists.
    @discardableResult
    mutating func createPod(_ pod: ControlledPod) -> String {
        let now = now
        if let name = pod.name {
            let created = createNamedPod(name, namespace: pod.namespace) { uid, suffix in
                pod.record(name: name, uid: uid, tokenVolumeSuffix: suffix, now: now)
            }
            return created ? name : ""
        }
        return createPod(generateName: pod.generateName, namespace: pod.namespace) { name, uid, suffix in
            pod.record(name: name, uid: uid, tokenVolumeSuffix: suffix, now: now)
        }
    }
}
