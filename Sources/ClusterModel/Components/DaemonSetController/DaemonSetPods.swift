/// What a DaemonSet's pods look like and where they run (`pkg/controller/daemon/util`).
enum DaemonSetPods {
    /// `NodeShouldRunDaemonPod`: the template (with the daemon tolerations) fits the node's taints, nodeSelector and
    /// node affinity; `spec.unschedulable` does not matter (daemon pods tolerate it).
    static func shouldRun(_ fit: NodeFit.Pod, on node: NodeFit.Node) -> Bool {
        var schedulable = node
        schedulable.unschedulable = false
        return NodeFit.rejection(fit, on: schedulable) == nil
    }

    /// What the filters read from the daemon pods of `ds`: the template's spec with the daemon tolerations, and its
    /// own node affinity (without the node-name term each pod gets).
    static func fit(_ ds: JSONValue) -> NodeFit.Pod {
        var fit = NodeFit.Pod(spec: podSpec(ds, node: nil))
        fit.requiredTerms = ds["spec"]["template"]["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"].array
        return fit
    }

    /// The node a daemon pod is for: the one its node affinity names (the scheduler binds it there).
    static func targetNode(_ pod: PodRecord) -> String {
        if let node = pod.nodeName { return node }
        let terms = pod.spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"].array ?? []
        for term in terms {
            for field in term["matchFields"].array ?? [] where field["key"].string == "metadata.name" {
                if let node = field["values"][0].string { return node }
            }
        }
        return ""
    }

    /// The controller reference a DaemonSet puts on its pods and revisions.
    static func ownerReference(_ ds: JSONValue) -> JSONValue {
        [
            "apiVersion": "apps/v1", "blockOwnerDeletion": true, "controller": true, "kind": "DaemonSet", "name": ds["metadata"]["name"],
            "uid": ds["metadata"]["uid"],
        ]
    }

    /// The pod spec for `node` (`NewPod` then `ReplaceDaemonSetPodNodeNameNodeAffinity`): the template's spec, the
    /// daemon tolerations (`AddOrUpdateDaemonPodTolerations`), and a required node affinity on the node's name.
    static func podSpec(_ ds: JSONValue, node: String?) -> JSONValue {
        var spec = ds["spec"]["template"]["spec"]
        var tolerations = spec["tolerations"].array ?? []
        var added: [(String, String)] = [
            ("node.kubernetes.io/not-ready", "NoExecute"), ("node.kubernetes.io/unreachable", "NoExecute"),
            ("node.kubernetes.io/disk-pressure", "NoSchedule"), ("node.kubernetes.io/memory-pressure", "NoSchedule"),
            ("node.kubernetes.io/pid-pressure", "NoSchedule"), ("node.kubernetes.io/unschedulable", "NoSchedule"),
        ]
        if spec["hostNetwork"].bool == true { added.append(("node.kubernetes.io/network-unavailable", "NoSchedule")) }
        for (key, effect) in added {
            let toleration: JSONValue = ["effect": .string(effect), "key": .string(key), "operator": "Exists"]
            // `AddOrUpdateTolerationInPodSpec`: an equal toleration is replaced in place, a new one appended.
            if let index = tolerations.firstIndex(where: { $0["key"] == toleration["key"] && $0["effect"] == toleration["effect"] && $0["operator"] == toleration["operator"] }) {
                tolerations[index] = toleration
            } else {
                tolerations.append(toleration)
            }
        }
        spec["tolerations"] = .array(tolerations)
        guard let node else { return spec }
        let field: JSONValue = ["matchFields": [["key": "metadata.name", "operator": "In", "values": [.string(node)]]]]
        var terms = spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"].array ?? []
        if terms.isEmpty {
            terms = [field]
        } else {
            terms = terms.map { term in
                var copy = term
                copy["matchFields"] = field["matchFields"]
                return copy
            }
        }
        spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"] = ["nodeSelectorTerms": .array(terms)]
        return spec
    }
}
