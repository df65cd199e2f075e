/// The objects a fresh cluster has: system namespaces, nodes, the `kubernetes` Service and its endpoints.
extension Cluster {
    mutating func bootstrap() {
        api.feed.retention = max(1000, configuration.changeFeedRetention)
        for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
            insert(.namespaces, ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]])
        }
        for (index, node) in configuration.nodes.enumerated() { insert(.nodes, nodeObject(node, index: index)) }
        let apiServerIP = Cluster.nodeIP(configuration.nodes.firstIndex { $0.controlPlane } ?? 0)
        api.clusterIPs.insert("10.96.0.1")
        let service = insert(
            .services,
            [
                "apiVersion": "v1", "kind": "Service",
                "metadata": ["name": "kubernetes", "namespace": "default", "labels": ["component": "apiserver", "provider": "kubernetes"]],
                "spec": Defaults.serviceSpec([
                    "clusterIP": "10.96.0.1", "ports": [["name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443]],
                ]),
            ])
        var meta = ObjectMeta(
            name: "kubernetes", namespace: "default", uid: random.uuid(), creationTimestamp: now, labels: ["kubernetes.io/service-name": "kubernetes"])
        meta.generation = 1
        let slice = SliceRecord(
            meta: meta, ports: [["name": "https", "port": 6443, "protocol": "TCP"]],
            endpoints: [EndpointRecord(address: apiServerIP, ready: true)])
        putSlice(slice, .added)
        _ = service
        insert(
            .endpoints,
            [
                "apiVersion": "v1", "kind": "Endpoints",
                "metadata": [
                    "name": "kubernetes", "namespace": "default",
                    "labels": ["endpointslice.kubernetes.io/skip-mirror": "true"],
                ],
                "subsets": [["addresses": [["ip": .string(apiServerIP)]], "ports": [["name": "https", "port": 6443, "protocol": "TCP"]]]],
            ])
        // The controller manager's first syncs: a `default` ServiceAccount and the root CA ConfigMap per namespace.
        // Their uids come from a stream of their own, so that the system objects move no Pod name or timing that
        // lessons and transcripts show.
        var main = random
        var probe = random
        random = SeededRandom(seed: probe.next() ^ 0x7379_7374_656D)
        reconcile()
        swap(&main, &random)
    }

    /// The kernel of every node (kind's nodes share the host's); a container's `uname -r` reports it too.
    static let nodeKernelVersion = "6.1.0-28-amd64"

    /// A kind-like Node object.
    mutating func nodeObject(_ node: ClusterConfiguration.NodeSpec, index: Int) -> JSONValue {
        var labels: [String: String] = [
            "beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
            "kubernetes.io/hostname": node.name, "kubernetes.io/os": "linux",
        ]
        if node.controlPlane {
            labels["node-role.kubernetes.io/control-plane"] = ""
            labels["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
        }
        if let zone = node.zone {
            labels["topology.kubernetes.io/zone"] = zone
            labels["failure-domain.beta.kubernetes.io/zone"] = zone
        }
        let time = JSONValue.string(now.rfc3339)
        func condition(_ type: String, _ status: String, _ reason: String, _ message: String) -> JSONValue {
            [
                "type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
                "lastHeartbeatTime": time, "lastTransitionTime": time,
            ]
        }
        let resources: JSONValue = ["cpu": "8", "ephemeral-storage": "102626232Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0", "memory": "16331428Ki", "pods": "110"]
        var spec: JSONValue = [
            "podCIDR": .string("10.244.\(index).0/24"), "podCIDRs": [.string("10.244.\(index).0/24")],
            "providerID": .string("kind://docker/kind/\(node.name)"),
        ]
        if node.controlPlane { spec["taints"] = [["effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"]] }
        return [
            "apiVersion": "v1", "kind": "Node",
            "metadata": [
                "name": .string(node.name), "labels": JSONValue(stringMap: labels),
                "annotations": [
                    "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///run/containerd/containerd.sock", "node.alpha.kubernetes.io/ttl": "0",
                    "volumes.kubernetes.io/controller-managed-attach-detach": "true",
                ],
            ],
            "spec": spec,
            "status": [
                "addresses": [["address": .string(Cluster.nodeIP(index)), "type": "InternalIP"], ["address": .string(node.name), "type": "Hostname"]],
                "allocatable": resources, "capacity": resources,
                "conditions": [
                    condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                    condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                    condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                    condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
                ],
                "daemonEndpoints": ["kubeletEndpoint": ["Port": 10250]],
                "nodeInfo": [
                    "architecture": "amd64", "bootID": .string(random.uuid()), "containerRuntimeVersion": "containerd://2.1.3",
                    "kernelVersion": .string(Cluster.nodeKernelVersion), "kubeProxyVersion": .string(configuration.kubernetesVersion),
                    "kubeletVersion": .string(configuration.kubernetesVersion), "machineID": .string(random.hexString(32)), "operatingSystem": "linux",
                    "osImage": "Debian GNU/Linux 12 (bookworm)", "systemUUID": .string(random.uuid()),
                ],
            ],
        ]
    }
}
