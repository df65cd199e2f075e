/// The API server's storage: resourceVersions, the stored objects, the change feed; each write notifies the watchers
/// (`Cluster+Informers.swift`).
extension Cluster {
    /// The next cluster-wide resourceVersion.
    mutating func nextResourceVersion() -> Int {
        api.resourceVersionCounter += 1
        return api.resourceVersionCounter
    }

    mutating func record(_ type: ChangeEvent.EventType, _ resource: ResourceType, _ payload: ChangeFeed.Payload) {
        api.feed.append(ChangeFeed.Entry(type: type, resource: resource, payload: payload, time: now))
    }

    /// Stores a JSON object (setting its resourceVersion) and records the change.
    @discardableResult
    mutating func putJSON(_ type: ResourceType, _ value: JSONValue, _ change: ChangeEvent.EventType) -> JSONValue {
        var stored = value
        stored["metadata"]["resourceVersion"] = .string(String(nextResourceVersion()))
        let key = ObjectKey(namespace: stored["metadata"]["namespace"].string ?? "", name: stored["metadata"]["name"].string ?? "")
        let old = api.objects[type, default: [:]].updateValue(stored, forKey: key)
        record(change, type, .json(stored))
        objectStored(type, key, old: old, new: stored)
        return stored
    }

    /// Removes a JSON object and records DELETED with its last state.
    mutating func removeJSON(_ type: ResourceType, _ key: ObjectKey) {
        guard var value = api.objects[type]?.removeValue(forKey: key) else { return }
        value["metadata"]["resourceVersion"] = .string(String(nextResourceVersion()))
        record(.deleted, type, .json(value))
        objectRemoved(type, key, old: value)
    }

    // MARK: Pods

    /// Stores a new or changed pod and notifies its watchers.
    /// The pod is taken `consuming`: callers that are done with it hand it over without a copy.
    mutating func putPod(_ pod: consuming PodRecord, _ change: ChangeEvent.EventType, previousLabels: [String: String]? = nil) {
        var stored = pod
        stored.meta.resourceVersion = nextResourceVersion()
        let key = stored.key
        // One snapshot, shared by the store and the change feed.
        let snapshot = Snapshot(consume stored)
        let previous = api.pods.updateValue(snapshot, forKey: key)
        record(change, .pods, .pod(snapshot))
        podStored(key, snapshot, previous: previous, change: change, previousLabels: previousLabels)
    }

    /// Whether two versions of a pod could have different endpoints: everything `syncService` reads from a pod
    /// (address, readiness, termination, phase, node, labels; the spec's ports cannot change).
    /// Reads the fields through the snapshots (no copy of either record).
    /// A pod without an address, or a terminal one, has no endpoint: writes between such versions (scheduling, a
    /// terminal pod's bookkeeping) change none.
    static func endpointInputsDiffer(_ old: Snapshot<PodRecord>, _ new: Snapshot<PodRecord>) -> Bool {
        if !mayHaveEndpoint(old.value) && !mayHaveEndpoint(new.value) { return false }
        if old.value.podIP != new.value.podIP || old.value.ready != new.value.ready || old.value.phase != new.value.phase { return true }
        if (old.value.meta.deletionTimestamp == nil) != (new.value.meta.deletionTimestamp == nil) { return true }
        return old.value.nodeName != new.value.nodeName || old.value.meta.labels != new.value.meta.labels
    }

    /// Whether the pod can be an endpoint of a Service: it has an address and has not finished.
    static func mayHaveEndpoint(_ pod: borrowing PodRecord) -> Bool { pod.podIP != nil && !pod.phase.isTerminal }

    /// Removes a pod for good (DELETED event) and notifies its watchers.
    mutating func removePod(_ key: ObjectKey) {
        guard var pod = api.pods.removeValue(forKey: key)?.value else { return }
        pod.meta.resourceVersion = nextResourceVersion()
        let snapshot = Snapshot(consume pod)
        record(.deleted, .pods, .pod(snapshot))
        podRemoved(key, snapshot)
    }

    // MARK: Slices and events

    mutating func putSlice(_ slice: SliceRecord, _ change: ChangeEvent.EventType) {
        var stored = slice
        stored.meta.resourceVersion = nextResourceVersion()
        api.slices[stored.meta.key] = stored
        record(change, .endpointSlices, .slice(Snapshot(stored)))
        sliceStored(stored, added: change == .added)
    }

    mutating func removeSlice(_ key: ObjectKey) {
        guard var slice = api.slices.removeValue(forKey: key) else { return }
        slice.meta.resourceVersion = nextResourceVersion()
        record(.deleted, .endpointSlices, .slice(Snapshot(slice)))
        sliceRemoved(slice)
    }
}
