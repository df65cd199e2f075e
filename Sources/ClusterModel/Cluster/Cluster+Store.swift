/// Low-level storage: resourceVersions, the change feed, and index maintenance.
extension Cluster {
    /// The next cluster-wide resourceVersion.
    mutating func nextResourceVersion() -> Int {
        resourceVersionCounter += 1
        return resourceVersionCounter
    }

    mutating func record(_ type: ChangeEvent.EventType, _ resource: ResourceType, _ payload: ChangeFeed.Payload) {
        feed.append(ChangeFeed.Entry(type: type, resource: resource, payload: payload, time: now))
    }

    /// Stores a JSON object (setting its resourceVersion) and records the change.
    @discardableResult
    mutating func putJSON(_ type: ResourceType, _ value: JSONValue, _ change: ChangeEvent.EventType) -> JSONValue {
        var stored = value
        stored["metadata"]["resourceVersion"] = .string(String(nextResourceVersion()))
        let key = ObjectKey(namespace: stored["metadata"]["namespace"].string ?? "", name: stored["metadata"]["name"].string ?? "")
        objects[type, default: [:]][key] = stored
        record(change, type, .json(stored))
        return stored
    }

    /// Removes a JSON object and records DELETED with its last state.
    mutating func removeJSON(_ type: ResourceType, _ key: ObjectKey) {
        guard var value = objects[type]?.removeValue(forKey: key) else { return }
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
        let previous = pods.updateValue(snapshot, forKey: key)
        // One lookup of the owner's entry for the pod set, the counts and the ReplicaSet to queue.
        var ownerReplicaSet: ObjectKey? = nil
        if let owner {
            var delta = counts
            if change != .added, let previous, previous.value.meta.controllerKey == owner { delta.add(.of(previous.value), sign: -1) }
            let isNew = change == .added
            Cluster.update(&controllers.owners, owner) { entry in
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
        guard controllers.lastQueuedReplicaSet != key else { return }
        controllers.dirtyReplicaSets.insert(key)
        controllers.lastQueuedReplicaSet = key
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
        guard var pod = pods.removeValue(forKey: key)?.value else { return }
        pod.meta.resourceVersion = nextResourceVersion()
        let labels = pod.meta.labels
        let owner = pod.meta.controllerKey
        let counts = ReplicaSetCounts.of(pod)
        let node = pod.nodeName
        let hadEndpoint = Cluster.mayHaveEndpoint(pod)
        record(.deleted, .pods, .pod(Snapshot(consume pod)))
        if let owner, let index = controllers.owners.index(forKey: owner) {
            controllers.owners.values[index].counts.add(counts, sign: -1)
            controllers.owners.values[index].pods.remove(key)
            if let rs = controllers.owners.values[index].replicaSet { queueReplicaSetSync(rs) }
        }
        if let node, let index = nodeIndex(node) { controllers.podsPerNode[index] -= 1 }
        controllers.podTermination[key] = nil
        if hadEndpoint { markServices(for: key, labels: labels) }
    }

    /// Queues every Service whose selector matches `labels` for an endpoint sync of this pod.
    mutating func markServices(for pod: ObjectKey, labels: [String: String]) {
        if let memo = controllers.serviceMatchMemo, memo.generation == controllers.selectorsGeneration, memo.namespace == pod.namespace,
            memo.labels == labels
        {
            for service in memo.services { queueEndpointSync(service, pod: pod) }
            return
        }
        var matched: [ObjectKey] = []
        if controllers.serviceSelectors.count <= ControllerState.serviceScanLimit {
            // Few services (the usual case): checking each selector costs less than hashing every label of the pod
            // into the index. Same result: a matching selector always shares a label with the pod.
            for (service, selector) in controllers.serviceSelectors where service.namespace == pod.namespace {
                if labels.includesAll(selector) { matched.append(service) }
            }
        } else {
            for (label, value) in labels {
                guard let candidates = controllers.servicesByLabel[ControllerState.labelKey(pod.namespace, label, value)] else { continue }
                for service in candidates {
                    guard let selector = controllers.serviceSelectors[service], labels.includesAll(selector) else { continue }
                    matched.append(service)
                }
            }
        }
        for service in matched { queueEndpointSync(service, pod: pod) }
        controllers.serviceMatchMemo = ServiceMatchMemo(
            namespace: pod.namespace, labels: labels, generation: controllers.selectorsGeneration, services: matched)
    }

    /// Queues an endpoint sync of `service` for `pod`.
    private mutating func queueEndpointSync(_ service: ObjectKey, pod: ObjectKey) {
        // Absent: start a set with this pod; a pending full resync (nil) stays as it is.
        controllers.dirtyServices.add(pod, to: service)
        if controllers.triggerTime[service] == nil { controllers.triggerTime[service] = now }
    }

    // MARK: Slices and events

    mutating func putSlice(_ slice: SliceRecord, _ change: ChangeEvent.EventType) {
        var stored = slice
        stored.meta.resourceVersion = nextResourceVersion()
        slices[stored.meta.key] = stored
        record(change, .endpointSlices, .slice(Snapshot(stored)))
    }

    mutating func removeSlice(_ key: ObjectKey) {
        guard var slice = slices.removeValue(forKey: key) else { return }
        slice.meta.resourceVersion = nextResourceVersion()
        record(.deleted, .endpointSlices, .slice(Snapshot(slice)))
    }

    /// Records a core/v1 Event about an object (`involvedObject`), as the named component would; returns its
    /// position in the event log.
    @discardableResult
    mutating func emitEvent(
        about involved: InvolvedObject, namespace: String, objectName: String, type: String = "Normal", reason: String, message: EventMessage,
        component: String, host: String? = nil
    ) -> Int {
        // Like client-go's recorder: `<object>.<UnixNano in hex>`, so one object's events sort chronologically.
        controllers.eventCounter += 1
        let nanos = UInt64(max(0, now.milliseconds)) &* 1_000_000 &+ UInt64(controllers.eventCounter % 1_000_000)
        let uid = random.uuidBits()
        var meta = EventMeta(objectName: objectName, nanos: nanos, namespace: namespace, uidHigh: uid.high, uidLow: uid.low, creationTimestamp: now)
        meta.resourceVersion = nextResourceVersion()
        // Built straight into its snapshot: no copy of the record (a dozen reference-counted fields) to release.
        let snapshot = Snapshot(
            EventRecord(
                meta: meta, type: type, reason: reason, messageParts: message, involvedObject: involved, component: component, host: host,
                firstTimestamp: now, lastTimestamp: now))
        record(.added, .events, .event(snapshot))
        return events.append(snapshot)
    }

    /// Records another occurrence of the stored event at `position` (MODIFIED): its count, message and last time.
    mutating func updateEvent(at position: Int, count: Int, message: String) {
        guard var event = events[position]?.value else { return }
        event.count = count
        event.lastTimestamp = now
        event.message = message
        event.meta.resourceVersion = nextResourceVersion()
        let snapshot = Snapshot(event)
        events[position] = snapshot
        record(.modified, .events, .event(snapshot))
    }

    /// `involvedObject` for a pod event (with the container `fieldPath` when given).
    func involvedPod(_ pod: PodRecord, container: String? = nil) -> InvolvedObject { involvedPod(pod.meta, container: container) }

    /// `involvedObject` for an event about the pod with metadata `meta`.
    func involvedPod(_ meta: ObjectMeta, container: String? = nil) -> InvolvedObject {
        InvolvedObject(
            apiVersion: "v1", kind: "Pod", name: meta.name, namespace: meta.namespace, uid: meta.uid, resourceVersion: meta.resourceVersion,
            container: container)
    }

    /// `involvedObject` for an event about a JSON-stored object.
    func involved(_ type: ResourceType, _ object: JSONValue) -> InvolvedObject {
        InvolvedObject(
            apiVersion: type.apiVersion, kind: type.kind, name: object["metadata"]["name"].string ?? "",
            namespace: object["metadata"]["namespace"].string ?? "", uid: object["metadata"]["uid"].string ?? "",
            resourceVersion: object["metadata"]["resourceVersion"].string.flatMap { Int($0) })
    }
}
