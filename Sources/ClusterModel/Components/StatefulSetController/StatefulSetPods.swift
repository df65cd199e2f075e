/// What a StatefulSet's pods are called and look like (`pkg/controller/statefulset/stateful_set_utils.go`).
enum StatefulSetPods {
    /// The first ordinal (`getStartOrdinal`: `spec.ordinals.start`, 0 by default).
    static func startOrdinal(_ set: JSONValue) -> Int { max(0, set["spec"]["ordinals"]["start"].int ?? 0) }

    /// `getPodName`: `<set>-<ordinal>`.
    static func podName(_ set: String, _ ordinal: Int) -> String { set + "-" + String(ordinal) }

    /// `getParentNameAndOrdinal`: the ordinal of a pod named `<set>-<digits>`, or nil when the name has another form
    /// or another parent.
    static func ordinal(of pod: String, in set: String) -> Int? {
        guard pod.count > set.count + 1, pod.hasPrefix(set + "-") else { return nil }
        let digits = pod.dropFirst(set.count + 1)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// `getPersistentVolumeClaimName`: `<claim template>-<set>-<ordinal>`.
    static func claimName(_ claim: String, set: String, ordinal: Int) -> String { claim + "-" + set + "-" + String(ordinal) }

    /// The controller reference a StatefulSet puts on its pods and revisions.
    static func ownerReference(_ set: JSONValue) -> JSONValue {
        [
            "apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "StatefulSet", "name": set["metadata"]["name"],
            "uid": set["metadata"]["uid"],
        ]
    }

    /// The revision data (`getPatch`): the template, marked to replace the whole template when applied.
    static func revisionData(_ set: JSONValue) -> JSONValue {
        var template = set["spec"]["template"]
        template["$patch"] = "replace"
        return ["spec": ["template": template]]
    }

    /// `HashControllerRevision`: FNV-32a over the revision data and the collision count, in the alphabet of
    /// generated names.
    static func revisionHash(_ data: JSONValue, collisionCount: Int) -> String {
        Cluster.podTemplateHash(data, collisionCount: collisionCount == 0 ? nil : collisionCount)
    }

    /// `newStatefulSetPod` with `initIdentity` and `updateStorage`: the template as a pod named for `ordinal`, with
    /// `hostname` and `subdomain` (the governing Service), the identity labels (`statefulset.kubernetes.io/pod-name`,
    /// `apps.kubernetes.io/pod-index`), the revision label, and a volume per claim template.
    static func pod(_ set: JSONValue, template: JSONValue, ordinal: Int, revision: String) -> ControlledPod {
        let setName = set["metadata"]["name"].string ?? ""
        let name = podName(setName, ordinal)
        var spec = template["spec"]
        spec["hostname"] = .string(name)
        if let service = set["spec"]["serviceName"].string, !service.isEmpty { spec["subdomain"] = .string(service) }
        let claims = set["spec"]["volumeClaimTemplates"].array ?? []
        if !claims.isEmpty {
            let claimNames = Set(claims.compactMap { $0["metadata"]["name"].string })
            var volumes: [JSONValue] = claims.compactMap { claim in
                guard let claimName = claim["metadata"]["name"].string else { return nil }
                return [
                    "name": .string(claimName),
                    "persistentVolumeClaim": ["claimName": .string(StatefulSetPods.claimName(claimName, set: setName, ordinal: ordinal))],
                ]
            }
            volumes += (spec["volumes"].array ?? []).filter { !claimNames.contains($0["name"].string ?? "") }
            spec["volumes"] = .array(volumes)
        }
        var labels = template["metadata"]["labels"].stringMap
        labels["statefulset.kubernetes.io/pod-name"] = name
        labels["apps.kubernetes.io/pod-index"] = String(ordinal)
        labels["controller-revision-hash"] = revision
        return ControlledPod(
            namespace: set["metadata"]["namespace"].string ?? "default", generateName: ControlledPod.generateName(for: setName),
            spec: Defaults.podOwnSpec(spec), labels: labels, annotations: template["metadata"]["annotations"].stringMap,
            ownerReferences: [ownerReference(set)], name: name)
    }
}
