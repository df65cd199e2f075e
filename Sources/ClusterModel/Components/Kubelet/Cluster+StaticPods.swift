/// The kubelet's static pods (`pkg/kubelet/config` file source, `pkg/kubelet/pod/mirror_client.go`): pods the
/// kubelet runs from manifest files on its node, shown in the API as mirror pods it creates.
extension Cluster {
    /// Creates the mirror pods of the static pod `manifests` on `node`: named `<name>-<node>`, owned by the Node,
    /// bound to it, with the `kubernetes.io/config.*` annotations, no service account, and the NoExecute
    /// toleration the kubelet gives static pods. The kubelet then starts them as any pod bound to it.
    mutating func createMirrorPods(_ manifests: [JSONValue], node: String) {
        let nodeUID = stored(.nodes, ObjectKey(namespace: "", name: node))?["metadata"]["uid"].string ?? ""
        for manifest in manifests {
            let name = (manifest["metadata"]["name"].string ?? "") + "-" + node
            let hash = Cluster.manifestHash(manifest)
            var annotations = manifest["metadata"]["annotations"].stringMap
            annotations["kubernetes.io/config.hash"] = hash
            annotations["kubernetes.io/config.mirror"] = hash
            annotations["kubernetes.io/config.seen"] = Cluster.rfc3339Nano(now, nanoseconds: Int(hash.prefix(7), radix: 16).map { $0 % 1_000_000_000 } ?? 0)
            annotations["kubernetes.io/config.source"] = "file"
            var spec = Defaults.podSpec(manifest["spec"])
            spec["enableServiceLinks"] = true
            spec["preemptionPolicy"] = "PreemptLowerPriority"
            spec["tolerations"] = [["effect": "NoExecute", "operator": "Exists"]]
            let labels = manifest["metadata"]["labels"].stringMap
            let containers = (spec["containers"].array ?? []).map { ContainerRecord(name: $0["name"].string ?? "", image: $0["image"].string ?? "") }
            let now = now
            createMirrorPod(name: name, namespace: "kube-system") { uid, tokenVolumeSuffix in
                let meta = ObjectMeta(
                    name: name, namespace: "kube-system", uid: uid, generation: 1, creationTimestamp: now, labels: labels, annotations: annotations,
                    ownerReferences: [["apiVersion": "v1", "controller": true, "kind": "Node", "name": .string(node), "uid": .string(nodeUID)]])
                var pod = PodRecord(meta: meta, spec: spec, tokenVolumeSuffix: tokenVolumeSuffix, qosClass: Cluster.qosClass(spec), containers: containers)
                pod.nodeName = node
                return pod
            }
        }
    }

    /// Go's `time.RFC3339Nano` of `time` plus `nanoseconds` (trailing zeros of the fraction dropped).
    static func rfc3339Nano(_ time: Timestamp, nanoseconds: Int) -> String {
        var fraction = String(nanoseconds)
        fraction = String(repeating: "0", count: max(0, 9 - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let base = String(time.rfc3339.dropLast())
        return fraction.isEmpty ? base + "Z" : base + "." + fraction + "Z"
    }

    /// The kubelet's `config.hash` of a static pod: a hash of what makes the manifest differ (its name, images and
    /// commands), as 32 hex digits (two FNV-1a 64-bit hashes standing in for the kubelet's MD5 of the whole pod).
    static func manifestHash(_ manifest: JSONValue) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        var text = manifest["metadata"]["name"].string ?? ""
        for container in manifest["spec"]["containers"].array ?? [] {
            text += "\n" + (container["image"].string ?? "")
            for word in container["command"].array ?? [] { text += " " + (word.string ?? "") }
        }
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 1
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(first) + hex(second)
    }
}
