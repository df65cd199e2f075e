/// How a new simulated cluster is set up: its start time, nodes and timing.
public struct ClusterConfiguration: Sendable, Equatable {
    /// One node of the cluster.
    public struct NodeSpec: Sendable, Equatable {
        /// The node name, e.g. `kind-worker`.
        public var name: String
        /// The `topology.kubernetes.io/zone` label, or nil (kind has none, so endpoints have no `zone`).
        public var zone: String?
        /// Whether this is a control-plane node (tainted `NoSchedule`: ordinary pods are not scheduled there).
        public var controlPlane: Bool

        /// Creates a node description.
        public init(name: String, zone: String? = nil, controlPlane: Bool = false) {
            self.name = name
            self.zone = zone
            self.controlPlane = controlPlane
        }
    }

    /// The virtual time at which the cluster starts (and its system objects were created).
    public var startTime: Timestamp
    /// The nodes. Node i gets InternalIP `172.18.0.(i+2)` and pod CIDR `10.244.i.0/24`.
    public var nodes: [NodeSpec]
    /// The Kubernetes version the nodes report.
    public var kubernetesVersion: String
    /// Shortest simulated image pull, in seconds.
    public var minimumPullSeconds: Double
    /// Longest simulated image pull, in seconds.
    public var maximumPullSeconds: Double
    /// Maximum number of change-feed entries kept (older ones are compacted away, like etcd compaction).
    public var changeFeedRetention: Int
    /// Whether the cluster has kind's system components (static control-plane pods, CoreDNS, kube-proxy, kindnet,
    /// local-path-provisioner), created before `startTime` so that they are running when the session starts.
    public var systemComponents: Bool
    /// Seconds between an EndpointSlice change and kube-proxy's rules following it (the watch and the proxy's
    /// `minSyncPeriod`, 1 s by default): the window in which connections still go to a removed endpoint.
    public var proxyPropagationSeconds: Double

    /// A kind-like cluster: `kind-control-plane` (control plane, not schedulable for workloads) plus
    /// `kind-worker` and `kind-worker2`, no zone labels, starting at 2026-11-28T12:00:00Z.
    public init(
        startTime: Timestamp = Timestamp(rfc3339: "2026-11-28T12:00:00Z")!,
        nodes: [NodeSpec] = [
            NodeSpec(name: "kind-control-plane", controlPlane: true),
            NodeSpec(name: "kind-worker"),
            NodeSpec(name: "kind-worker2"),
        ],
        kubernetesVersion: String = "v1.35.2",
        minimumPullSeconds: Double = 1,
        maximumPullSeconds: Double = 3,
        changeFeedRetention: Int = 100_000,
        systemComponents: Bool = true,
        proxyPropagationSeconds: Double = 1
    ) {
        self.startTime = startTime
        self.nodes = nodes
        self.kubernetesVersion = kubernetesVersion
        self.minimumPullSeconds = minimumPullSeconds
        self.maximumPullSeconds = maximumPullSeconds
        self.changeFeedRetention = changeFeedRetention
        self.systemComponents = systemComponents
        self.proxyPropagationSeconds = proxyPropagationSeconds
    }
}
