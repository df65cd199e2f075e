/// The objects a fresh cluster has: system namespaces, nodes, the `kubernetes` Service and its endpoints.
extension Cluster {
    /// How long before the session the cluster was created: `kind create cluster` takes about a minute, and the
    /// system pods are running when the learner starts.
    static let clusterAge = 75.0

    /// Creates the cluster as `kind create cluster` leaves it, so that the session starts at
    /// `configuration.startTime` with everything running: the control plane (API server objects, static pods),
    /// kubeadm's and kind's add-ons, then the workers joining. Without a control-plane node (or with
    /// `systemComponents` off) only namespaces, nodes and the `kubernetes` Service exist.
    ///
    /// The system's names and uids come from a stream of their own, and the session's stream is advanced as the
    /// cluster before the system components drew from it, so that a seed names the same workload pods as before.
    mutating func bootstrap() {
        api.feed.retention = max(1000, configuration.changeFeedRetention)
        var main = random
        Cluster.drawLegacyBootstrap(&main, nodes: configuration.nodes.count)
        var probe = random
        random = SeededRandom(seed: probe.next() ^ 0x7379_7374_656D)
        let sessionStart = now
        let controlPlane = configuration.nodes.firstIndex { $0.controlPlane }
        guard configuration.systemComponents, let controlPlane else {
            createControlPlaneObjects(apiServerIP: Cluster.nodeIP(controlPlane ?? 0))
            for (index, node) in configuration.nodes.enumerated() { insert(.nodes, nodeObject(node, index: index)) }
            reconcile()
            random = main
            return
        }
        now = sessionStart.adding(seconds: -Cluster.clusterAge)
        let apiServerIP = Cluster.nodeIP(controlPlane)
        createControlPlaneObjects(apiServerIP: apiServerIP)
        for object in KindSystem.priorityClasses { insert(.priorityClasses, object) }
        // Every kind node has the system images preloaded.
        for node in configuration.nodes {
            for image in KindSystem.preloadedImages(version: configuration.kubernetesVersion) {
                kubelet.pulledImages.insert(NodeImage(node: node.name, image: image))
            }
        }
        insert(.nodes, nodeObject(configuration.nodes[controlPlane], index: controlPlane))
        createNodeLease(configuration.nodes[controlPlane].name)
        reconcile()
        // The control-plane kubelet runs the static pods and registers their mirror pods.
        advance(by: 3)
        createMirrorPods(KindSystem.staticPods(ip: apiServerIP, version: configuration.kubernetesVersion), node: configuration.nodes[controlPlane].name)
        reconcile()
        // `kubeadm init` uploads its configuration and applies the add-ons; kind installs its CNI and storage.
        advance(by: 5)
        for object in KindSystem.kubeadmConfigMaps(apiServer: apiServerIP, version: configuration.kubernetesVersion) { insert(.configMaps, object) }
        for object in KindSystem.addOns(version: configuration.kubernetesVersion) { createSystemObject(object) }
        // The workers join (`kubeadm join`), one after the other.
        advance(by: 14)
        for (index, node) in configuration.nodes.enumerated() where index != controlPlane {
            insert(.nodes, nodeObject(node, index: index))
            createNodeLease(node.name)
            reconcile()
            advance(by: 2)
        }
        run(until: sessionStart)
        now = sessionStart
        random = main
    }

    /// The API server's own objects: the system namespaces and the `kubernetes` Service with its endpoints.
    private mutating func createControlPlaneObjects(apiServerIP: String) {
        for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
            insert(.namespaces, ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]])
        }
        api.clusterIPs.insert("10.96.0.1")
        api.clusterIPs.insert(KindSystem.dnsIP)
        insert(
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
    }

    /// Draws from `random` what the bootstrap of a cluster without system components drew (namespace, node,
    /// Service, EndpointSlice and Endpoints uids; each node's boot, machine and system ids), so that seeds keep
    /// naming the same pods and IPs in lessons and transcripts.
    private static func drawLegacyBootstrap(_ random: inout SeededRandom, nodes: Int) {
        for _ in 0..<4 { _ = random.uuid() }
        for _ in 0..<nodes {
            _ = random.uuid()
            _ = random.hexString(32)
            _ = random.uuid()
            _ = random.uuid()
        }
        for _ in 0..<3 { _ = random.uuid() }
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
