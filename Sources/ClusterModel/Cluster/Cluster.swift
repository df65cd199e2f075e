/// The simulated Kubernetes cluster: API server, object store, controllers, scheduler and kubelets on a virtual clock.
///
/// `Cluster` is a value type: copying it takes a snapshot (used for lesson checkpoints). Every read returns
/// objects as `JSONValue`, exactly as a real API server serializes them (all fields, defaults, status; no
/// managedFields). Every write either succeeds completely or throws an `APIError` and changes nothing.
/// Time only moves through `advance(by:)` / `advance(until:limit:)`; the same seed and the same operations
/// always produce the same state and the same change feed.
public struct Cluster: Sendable {
    /// The configuration the cluster was created with.
    public let configuration: ClusterConfiguration
    /// The seeded generator behind every random name, IP and UID.
    var random: SeededRandom
    /// The current virtual time.
    public internal(set) var now: Timestamp
    /// The API server: objects, resourceVersions, the change feed, the ClusterIP allocator.
    var api = APIServer()
    /// The shared informers' indexes (dependents by owner, slices by Service), kept by the watch delivery.
    var indexes = InformerIndexes()
    /// Scheduled transitions, earliest first (the components' timers: kubelet steps, the garbage collector).
    var queue = TransitionQueue()
    /// The scheduler's state.
    var scheduler: Scheduler
    /// The kubelets' state.
    var kubelet: Kubelet
    /// The ReplicaSet controller's state.
    var replicaSetController = ReplicaSetController()
    /// The Deployment controller's state.
    var deploymentController = DeploymentController()
    /// The disruption controller's state.
    var disruptionController = DisruptionController()
    /// The Job controller's state.
    var jobController = JobController()
    /// The CronJob controller's state.
    var cronJobController = CronJobController()
    /// The pod garbage collector's state.
    var podGCController = PodGCController()
    /// The namespace controller's queue.
    var namespaceController = NamespaceController()
    /// The StatefulSet controller's state.
    var statefulSetController = StatefulSetController()
    /// The DaemonSet controller's state.
    var daemonSetController = DaemonSetController()
    /// The EndpointSlice controller's state.
    var endpointSliceController = EndpointSliceController()
    /// The Endpoints controller's state.
    var endpointsController = EndpointsController()
    /// kube-proxy's programmed rules.
    var kubeProxy = KubeProxy()
    /// What the simulated network carried: the requests containers served, the load generator.
    var network = NetworkState()
    /// The random stream of the data path (kube-proxy's endpoint choice), apart from the cluster's, so that traffic
    /// never moves a name or IP the cluster draws later.
    var trafficRandom: SeededRandom
    /// The event recorders' state.
    var eventRecorder = EventRecorder()
    /// The garbage collector's state.
    var garbageCollector = GarbageCollector()
    /// The service account controller's queue.
    var serviceAccountController = ServiceAccountController()
    /// The root CA publisher's CA bundle and queue.
    var rootCACertPublisher: RootCACertPublisher

    /// A new cluster: the `default`, `kube-system`, `kube-public` and `kube-node-lease` namespaces, the
    /// configured nodes, and the `kubernetes` Service with its EndpointSlice and Endpoints, all created at
    /// `configuration.startTime`.
    public init(seed: UInt64, configuration: ClusterConfiguration = .init()) {
        self.configuration = configuration
        self.random = SeededRandom(seed: seed)
        self.now = configuration.startTime
        self.scheduler = Scheduler(nodes: configuration.nodes)
        self.kubelet = Kubelet(nodes: configuration.nodes)
        self.trafficRandom = SeededRandom(seed: seed ^ 0x7472_6166_6669_63)
        // The CA comes from a stream of its own, so that it does not move every uid the cluster draws later.
        var caRandom = SeededRandom(seed: seed ^ 0x6B75_6265_2D63_61)
        self.rootCACertPublisher = RootCACertPublisher(rootCA: RootCACertPublisher.makeRootCA(&caRandom))
        bootstrap()
    }

    /// The object of `type` named `name` (in `namespace` for namespaced types; nil namespace means `default`),
    /// or nil when it does not exist.
    public func object(_ type: ResourceType, namespace: String?, name: String) -> JSONValue? {
        let key = ObjectKey(namespace: type.namespaced ? (namespace ?? "default") : "", name: name)
        switch type {
        case .pods: return api.pods[key]?.value.render()
        case .endpointSlices: return api.slices[key]?.render()
        case .events: return EventKey(namespace: key.namespace, name: name).flatMap { api.events.position(of: $0) }.flatMap { api.events[$0] }?.value.render()
        default: return api.objects[type]?[key]
        }
    }

    /// The objects of `type` in `namespace` (nil = all namespaces) whose labels match `selector`, sorted by
    /// namespace then name, as the API server lists them.
    public func list(_ type: ResourceType, namespace: String?, selector: LabelSelector? = nil) -> [JSONValue] {
        let wanted: String? = type.namespaced ? namespace : nil
        func include(_ key: ObjectKey) -> Bool { wanted == nil || key.namespace == wanted }
        switch type {
        case .pods:
            return ObjectKey.sorted(api.pods.keys.filter(include)).compactMap { key in
                let pod = api.pods[key]!
                if let selector, !selector.matches(pod.value.meta.labels) { return nil }
                return pod.value.render()
            }
        case .endpointSlices:
            return api.slices.keys.filter(include).sorted().compactMap { key in
                let slice = api.slices[key]!
                if let selector, !selector.matches(slice.meta.labels) { return nil }
                return slice.render()
            }
        case .events:
            return sortedEvents(api.events.stored.map(\.event).filter { wanted == nil || $0.value.meta.namespace == wanted }).compactMap { event in
                if let selector, !selector.matches([:]) { return nil }
                return event.value.render()
            }
        default:
            let store = api.objects[type] ?? [:]
            return store.keys.filter(include).sorted().compactMap { key in
                let value = store[key]!
                if let selector, !selector.matches(value["metadata"]["labels"].stringMap) { return nil }
                return value
            }
        }
    }

    /// The names of the objects of `type` in `namespace` (nil = all), sorted; cheap (no JSON is built), for
    /// completion and bulk operations.
    public func names(_ type: ResourceType, namespace: String?) -> [String] {
        let wanted: String? = type.namespaced ? namespace : nil
        let keys: [ObjectKey]
        switch type {
        case .pods: keys = Array(api.pods.keys)
        case .endpointSlices: keys = Array(api.slices.keys)
        case .events: keys = api.events.stored.map(\.event.value.meta.key.objectKey)
        default: keys = Array((api.objects[type] ?? [:]).keys)
        }
        return ObjectKey.sorted(keys.filter { wanted == nil || $0.namespace == wanted }).map(\.name)
    }

    /// Events in the order listings use (namespace, then name), each name built once.
    func sortedEvents(_ stored: [Snapshot<EventRecord>]) -> [Snapshot<EventRecord>] {
        var byObjectKey: [ObjectKey: Snapshot<EventRecord>] = [:]
        for event in stored { byObjectKey[event.value.meta.key.objectKey] = event }
        return ObjectKey.sorted(byObjectKey.keys).map { byObjectKey[$0]! }
    }

    /// The sequence number of the newest change-feed entry (0 before any change).
    public var lastSequence: Int { api.feed.lastSequence }

    /// The change-feed entries after `sequence`, oldest first. Entries older than the retention window
    /// (`ClusterConfiguration.changeFeedRetention`) have been compacted away and are not returned.
    public func changes(since sequence: Int) -> [ChangeEvent] { api.feed.events(since: sequence) }
}
