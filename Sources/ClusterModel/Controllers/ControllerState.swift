/// Indexes and work queues the controllers use, so that each change touches only what it affects.
struct ControllerState: Sendable {
    /// Owner uid → the pods it controls, their counts, and the owner's key.
    var owners: [OwnerKey: OwnedPods] = [:]
    /// Deployment uid → its key.
    var deploymentKeysByUID: [String: ObjectKey] = [:]
    /// ReplicaSet uid → its key.
    var replicaSetKeysByUID: [String: ObjectKey] = [:]
    /// Owner (Deployment) uid → ReplicaSets it controls.
    var replicaSetsByOwner: [String: Set<ObjectKey>] = [:]
    /// A label within a namespace → services whose selector requires that label.
    var servicesByLabel: [LabelIndexKey: Set<ObjectKey>] = [:]
    /// Services with a non-empty selector, and the selector.
    var serviceSelectors: [ObjectKey: [String: String]] = [:]
    /// Bumped whenever `serviceSelectors` changes (invalidates `serviceMatchMemo`).
    var selectorsGeneration = 0
    /// The Services matched by the last label set `markServices` looked at.
    var serviceMatchMemo: ServiceMatchMemo? = nil
    /// Per service: which slice holds each pod's endpoint.
    var sliceOfPod: [ObjectKey: [ObjectKey: EndpointLocation]] = [:]
    /// Per service: its slices.
    var slicesOfService: [ObjectKey: Set<ObjectKey>] = [:]
    /// Services to sync, with the pods that changed or a pending full resync.
    var dirtyServices = DirtyServices()
    /// ReplicaSets to sync.
    var dirtyReplicaSets: Set<ObjectKey> = []
    /// The ReplicaSet a pod write queued last (it is in `dirtyReplicaSets` until the next reconcile): thousands of
    /// writes in a row queue the same one.
    var lastQueuedReplicaSet: ObjectKey? = nil
    /// Deployments to sync.
    var dirtyDeployments: Set<ObjectKey> = []
    /// Next host number per node for pod IPs (host-local IPAM hands them out in order).
    /// (Indexed by the node's position in `ClusterConfiguration.nodes`.)
    var nextPodHost: [Int] = []
    /// Cluster IPs in use.
    var usedClusterIPs: Set<String> = []
    /// Pods per node (for the scheduler's spreading).
    /// (Indexed by the node's position in `ClusterConfiguration.nodes`.)
    var podsPerNode: [Int] = []
    /// Positions of the nodes the scheduler picks from: the workers, or every node when there are none.
    var schedulableNodes: [Int] = []
    /// Images already pulled, per node.
    var pulledImages: Set<NodeImage> = []
    /// Pull duration of pods whose images are being pulled.
    var pullSeconds: [ObjectKey: Double] = [:]
    /// Termination bookkeeping of the pods being deleted.
    var podTermination: [ObjectKey: PodTermination] = [:]
    /// Consecutive readiness-probe failures per pod.
    var probeFailures: [ObjectKey: Int] = [:]
    /// Events that are counted up instead of repeated (`uid/reason/container` → position in the event log).
    var repeatedEvents: [String: Int] = [:]
    /// Events recorded so far (keeps generated event names unique within one millisecond).
    var eventCounter = 0
    /// Pod spec (with admission defaults) per ReplicaSet uid, shared by its pods.
    var podSpecOfReplicaSet: [String: JSONValue] = [:]
    /// Shared parts of the pods per ReplicaSet uid (dropped when the ReplicaSet is updated or deleted).
    var podTemplateOfReplicaSet: [String: PodTemplate] = [:]
    /// Per Service: the address JSON of each endpoint (by pod key hash) in its last Endpoints build, for reuse.
    var endpointAddresses: [ObjectKey: [UInt64: (endpoint: EndpointRecord, json: JSONValue)]] = [:]
    /// What each Service's Endpoints object was last built with (see `syncEndpoints`).
    var endpointsContents: [ObjectKey: EndpointsContent] = [:]
    /// The latest trigger time of pending endpoint changes per service.
    var triggerTime: [ObjectKey: Timestamp] = [:]

    /// Up to this many selecting Services, `markServices` checks every selector instead of using the Services' label index.
    static let serviceScanLimit = 16

    static func labelKey(_ namespace: String, _ key: String, _ value: String) -> LabelIndexKey {
        LabelIndexKey(namespace: namespace, key: key, value: value)
    }
}
