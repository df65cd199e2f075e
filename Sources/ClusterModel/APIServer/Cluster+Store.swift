/// Low-level storage: resourceVersions, the change feed, and index maintenance.
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
        api.objects[type, default: [:]][key] = stored
        record(change, type, .json(stored))
        return stored
    }

    /// Removes a JSON object and records DELETED with its last state.
    mutating func removeJSON(_ type: ResourceType, _ key: ObjectKey) {
        guard var value = api.objects[type]?.removeValue(forKey: key) else { return }
        value["metadata"]["resourceVersion"] = .string(String(nextResourceVersion()))
        record(.deleted, type, .json(value))
    }

    // MARK: Pods

    /// Stores a new or changed pod, keeps the indexes, and queues the controllers that watch it.
    /// The pod is taken `consuming`: callers that are done with it hand it over without a copy.
    mutating func putPod(_ pod: consuming PodRecord, _ change: ChangeEvent.EventType, previousLabels: [String: String]? = nil) {
        var stored = pod
        stored.meta.resourceVersion = nextResourceVersion()
        let key = stored.key
        let labels = stored.meta.labels
        let owner = stored.meta.controllerKey
        if change != .added, let previousLabels, previousLabels != stored.meta.labels {
            // Services that selected the old labels drop the pod's endpoint.
            markServices(for: stored.key, labels: previousLabels)
        }
        let counts = ReplicaSetCounts.of(stored)
        // One snapshot, shared by the store and the change feed.
        let snapshot = Snapshot(consume stored)
        let previous = api.pods.updateValue(snapshot, forKey: key)
        // One lookup of the owner's entry for the pod set, the counts and the ReplicaSet to queue.
        var ownerReplicaSet: ObjectKey? = nil
        if let owner {
            var delta = counts
            if change != .added, let previous, previous.value.meta.controllerKey == owner { delta.add(.of(previous.value), sign: -1) }
            let isNew = change == .added
            Cluster.update(&replicaSetController.podsByOwner, owner) { entry in
                if isNew { entry.pods.insert(key) }
                entry.counts.add(delta, sign: 1)
                ownerReplicaSet = entry.replicaSet
            }
        }
        record(change, .pods, .pod(snapshot))
        // Most writes (scheduling, image pulls, status bookkeeping) leave the pod's endpoint as it was: only the others
        // queue the Services for a sync. An update from a client (`previousLabels` given) always does.
        let endpointMayChange: Bool
        if let previous {
            endpointMayChange = previousLabels != nil || Cluster.endpointInputsDiffer(previous, snapshot)
        } else {
            endpointMayChange = change != .added || snapshot.value.podIP != nil
        }
        if endpointMayChange { markServices(for: key, labels: labels) }
        if let ownerReplicaSet { queueReplicaSetSync(ownerReplicaSet) }
    }

    /// Runs `change` on the entry of `owner` (created empty when missing). Goes through the entry's position: a
    /// dictionary's `default:` subscript allocates an accessor frame on every call.
    private static func update(_ owners: inout [OwnerKey: OwnedPods], _ owner: OwnerKey, _ change: (inout OwnedPods) -> Void) {
        if let index = owners.index(forKey: owner) {
            change(&owners.values[index])
        } else {
            var entry = OwnedPods()
            change(&entry)
            owners[owner] = entry
        }
    }

    /// Queues a sync of the ReplicaSet `key` after a write of one of its pods.
    private mutating func queueReplicaSetSync(_ key: ObjectKey) {
        guard replicaSetController.lastQueued != key else { return }
        replicaSetController.queue.insert(key)
        replicaSetController.lastQueued = key
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

    /// Removes a pod for good (DELETED event) and queues its watchers.
    mutating func removePod(_ key: ObjectKey) {
        guard var pod = api.pods.removeValue(forKey: key)?.value else { return }
        pod.meta.resourceVersion = nextResourceVersion()
        let labels = pod.meta.labels
        let owner = pod.meta.controllerKey
        let counts = ReplicaSetCounts.of(pod)
        let node = pod.nodeName
        let hadEndpoint = Cluster.mayHaveEndpoint(pod)
        record(.deleted, .pods, .pod(Snapshot(consume pod)))
        if let owner, let index = replicaSetController.podsByOwner.index(forKey: owner) {
            replicaSetController.podsByOwner.values[index].counts.add(counts, sign: -1)
            replicaSetController.podsByOwner.values[index].pods.remove(key)
            if let rs = replicaSetController.podsByOwner.values[index].replicaSet { queueReplicaSetSync(rs) }
        }
        if let node, let index = nodeIndex(node) { scheduler.podsPerNode[index] -= 1 }
        kubelet.podTermination[key] = nil
        if hadEndpoint { markServices(for: key, labels: labels) }
    }

    /// Queues every Service whose selector matches `labels` for an endpoint sync of this pod.
    mutating func markServices(for pod: ObjectKey, labels: [String: String]) {
        if let memo = endpointSliceController.serviceMatchMemo, memo.generation == endpointSliceController.selectorsGeneration, memo.namespace == pod.namespace,
            memo.labels == labels
        {
            for service in memo.services { queueEndpointSync(service, pod: pod) }
            return
        }
        var matched: [ObjectKey] = []
        if endpointSliceController.serviceSelectors.count <= EndpointSliceController.serviceScanLimit {
            // Few services (the usual case): checking each selector costs less than hashing every label of the pod
            // into the index. Same result: a matching selector always shares a label with the pod.
            for (service, selector) in endpointSliceController.serviceSelectors where service.namespace == pod.namespace {
                if labels.includesAll(selector) { matched.append(service) }
            }
        } else {
            for (label, value) in labels {
                guard let candidates = endpointSliceController.servicesByLabel[EndpointSliceController.labelKey(pod.namespace, label, value)] else { continue }
                for service in candidates {
                    guard let selector = endpointSliceController.serviceSelectors[service], labels.includesAll(selector) else { continue }
                    matched.append(service)
                }
            }
        }
        for service in matched { queueEndpointSync(service, pod: pod) }
        endpointSliceController.serviceMatchMemo = ServiceMatchMemo(
            namespace: pod.namespace, labels: labels, generation: endpointSliceController.selectorsGeneration, services: matched)
    }

    /// Queues an endpoint sync of `service` for `pod`.
    private mutating func queueEndpointSync(_ service: ObjectKey, pod: ObjectKey) {
        // Absent: start a set with this pod; a pending full resync (nil) stays as it is.
        endpointSliceController.queue.add(pod, to: service)
        if endpointSliceController.triggerTime[service] == nil { endpointSliceController.triggerTime[service] = now }
    }

    // MARK: Slices and events

    mutating func putSlice(_ slice: SliceRecord, _ change: ChangeEvent.EventType) {
        var stored = slice
        stored.meta.resourceVersion = nextResourceVersion()
        api.slices[stored.meta.key] = stored
        record(change, .endpointSlices, .slice(Snapshot(stored)))
    }

    mutating func removeSlice(_ key: ObjectKey) {
        guard var slice = api.slices.removeValue(forKey: key) else { return }
        slice.meta.resourceVersion = nextResourceVersion()
        record(.deleted, .endpointSlices, .slice(Snapshot(slice)))
    }
}
