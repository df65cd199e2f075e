/// The listers: how components read the cluster, as client-go's listers read an informer's cache.
///
/// Our informers' cache is the API server's store itself (delivery has no latency), so a lister read is a lookup
/// that copies nothing: a pod is read through its shared snapshot. Components read only through these and write
/// only through the verbs in `APIServer/Cluster+ComponentWrites.swift`.
extension Cluster {
    /// The stored pod at `key`.
    func storedPod(_ key: ObjectKey) -> Snapshot<PodRecord>? { api.pods[key] }

    /// Every stored pod (a lister's `List(everything)`; the dictionary is shared, not copied).
    var storedPods: [ObjectKey: Snapshot<PodRecord>] { api.pods }

    /// The stored JSON object of `type` at `key` (Deployments, ReplicaSets, Services, Endpoints, Namespaces, …).
    func stored(_ type: ResourceType, _ key: ObjectKey) -> JSONValue? { api.objects[type]?[key] }

    /// The stored EndpointSlice at `key`.
    func storedSlice(_ key: ObjectKey) -> SliceRecord? { api.slices[key] }

    /// Every stored EndpointSlice.
    var storedSlices: [ObjectKey: SliceRecord] { api.slices }

    /// The stored event at `position` of the event log, if it is still there.
    func storedEvent(at position: Int) -> Snapshot<EventRecord>? { api.events[position] }

    /// Whether an object of `type` exists at `key` (no JSON is built).
    func exists(_ type: ResourceType, _ key: ObjectKey) -> Bool {
        switch type {
        case .pods: return api.pods.index(forKey: key) != nil
        case .endpointSlices: return api.slices.index(forKey: key) != nil
        case .events: return EventKey(namespace: key.namespace, name: key.name).flatMap { api.events.position(of: $0) } != nil
        default: return api.objects[type]?.index(forKey: key) != nil
        }
    }
}

extension Cluster {
    /// The position of the latest stored event that matches `predicate` (an event lister's scan; used only when a
    /// component first needs to count up an event it recorded before it knew the event would repeat).
    func latestEventPosition(where predicate: (EventRecord) -> Bool) -> Int? {
        api.events.stored.last { predicate($0.event.value) }?.position
    }
}
