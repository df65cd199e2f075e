/// The watches: every write the API server stores is delivered, as shared informers deliver watch events, to the
/// handlers of the components that watch its kind (each component's `…+Handlers.swift`). The storage functions in
/// `Cluster+Store.swift` and the API verbs call these; no other code changes a component's state from outside it.
extension Cluster {
    /// A pod was created or changed (`previousLabels` is given for changes by clients).
    mutating func podStored(
        _ key: ObjectKey, _ snapshot: Snapshot<PodRecord>, previous: Snapshot<PodRecord>?, change: ChangeEvent.EventType,
        previousLabels: [String: String]?
    ) {
        if change != .added, let previousLabels, previousLabels != snapshot.value.meta.labels {
            // Services that selected the old labels drop the pod's endpoint.
            endpointSliceController.markServices(for: key, labels: previousLabels, now: now)
        }
        if let owner = snapshot.value.meta.controllerKey {
            var delta = ReplicaSetCounts.of(snapshot.value)
            if change != .added, let previous, previous.value.meta.controllerKey == owner { delta.add(.of(previous.value), sign: -1) }
            replicaSetController.podWritten(key, owner: owner, delta: delta, isNew: change == .added)
        }
        // Most writes (scheduling, image pulls, status bookkeeping) leave the pod's endpoint as it was: only the others
        // queue the Services for a sync. An update from a client (`previousLabels` given) always does.
        let endpointMayChange: Bool
        if let previous {
            endpointMayChange = previousLabels != nil || Cluster.endpointInputsDiffer(previous, snapshot)
        } else {
            endpointMayChange = change != .added || snapshot.value.podIP != nil
        }
        if endpointMayChange { endpointSliceController.markServices(for: key, labels: snapshot.value.meta.labels, now: now) }
    }

    /// A pod was removed for good.
    mutating func podRemoved(_ key: ObjectKey, _ snapshot: Snapshot<PodRecord>) {
        if let owner = snapshot.value.meta.controllerKey {
            replicaSetController.podRemoved(key, owner: owner, counts: .of(snapshot.value))
            if garbageCollector.isWaiting(owner.uid) { queue.schedule(.dependentsGone(ownerUID: owner.uid), at: now) }
        }
        if let node = snapshot.value.nodeName, let index = nodeIndex(node) { scheduler.podRemoved(fromNodeAt: index) }
        kubelet.podRemoved(key)
        if Cluster.mayHaveEndpoint(snapshot.value) { endpointSliceController.markServices(for: key, labels: snapshot.value.meta.labels, now: now) }
    }

    /// A Deployment, ReplicaSet or Service was created.
    mutating func objectAdded(_ type: ResourceType, _ key: ObjectKey, _ object: JSONValue) {
        let uid = object["metadata"]["uid"].string ?? ""
        switch type {
        case .deployments:
            deploymentController.deploymentAdded(key, uid: uid)
        case .replicaSets:
            replicaSetController.replicaSetAdded(key, uid: uid)
            deploymentController.replicaSetAdded(key, owner: Cluster.controllerUID(object))
        case .services:
            endpointSliceController.serviceStored(key, object, now: now)
        default: break
        }
    }

    /// A Deployment, ReplicaSet or Service was changed by a client (spec, labels, annotations).
    mutating func objectUpdated(_ type: ResourceType, _ key: ObjectKey, _ object: JSONValue) {
        switch type {
        case .deployments: deploymentController.deploymentUpdated(key)
        case .replicaSets: replicaSetController.replicaSetUpdated(key, uid: object["metadata"]["uid"].string ?? "")
        case .services: endpointSliceController.serviceStored(key, object, now: now)
        default: break
        }
    }

    /// A Deployment, ReplicaSet or Service was deleted (its last state is `object`).
    mutating func objectDeleted(_ type: ResourceType, _ key: ObjectKey, _ object: JSONValue) {
        let uid = object["metadata"]["uid"].string ?? ""
        switch type {
        case .deployments:
            deploymentController.deploymentDeleted(uid: uid)
        case .replicaSets:
            replicaSetController.replicaSetDeleted(uid: uid)
            deploymentController.replicaSetDeleted(key, owner: Cluster.controllerUID(object))
            if let owner = Cluster.controllerUID(object), garbageCollector.isWaiting(owner) { queue.schedule(.dependentsGone(ownerUID: owner), at: now) }
        case .services:
            endpointSliceController.serviceDeleted(key)
            endpointsController.serviceDeleted(key)
        default: break
        }
    }
}
