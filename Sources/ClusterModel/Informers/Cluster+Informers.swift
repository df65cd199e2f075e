/// The watches: every write the API server stores is delivered, as shared informers deliver watch events, to the
/// shared indexes (`InformerIndexes`) and to the handlers of the components that watch its kind (each component's
/// `…+Handlers.swift`). The storage functions in `Cluster+Store.swift` and the API verbs call these; no other code
/// changes a component's state from outside it, and no component calls another.
///
/// Delivery is synchronous (a watch without latency): handlers only update indexes and queue work, which
/// `reconcile()` and the timers run afterwards.
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
        let owner = snapshot.value.meta.controllerKey
        let previousOwner = change == .added ? nil : previous?.value.meta.controllerKey
        indexes.podStored(key, oldOwner: previousOwner, newOwner: owner)
        if let previousOwner, previousOwner != owner, let previous {
            // Released (or re-owned): the old owner stops counting the pod.
            replicaSetController.podRemoved(key, owner: previousOwner, counts: .of(previous.value))
        }
        if let owner, change != .added, let previousLabels, previousLabels != snapshot.value.meta.labels {
            replicaSetController.podRelabeled(key, owner: owner)
        }
        if let owner, !daemonSetController.keysByUID.isEmpty { daemonSetController.podChanged(owner: owner.uid) }
        if let owner, !jobController.keysByUID.isEmpty { jobController.podChanged(owner: owner.uid) }
        if let owner, !statefulSetController.keysByUID.isEmpty { statefulSetController.podChanged(owner: owner.uid) }
        if !disruptionController.budgetsByNamespace.isEmpty { disruptionController.podChanged(namespace: key.namespace) }
        if let owner {
            var delta = ReplicaSetCounts.of(snapshot.value)
            if change != .added, let previous, previous.value.meta.controllerKey == owner { delta.add(.of(previous.value), sign: -1) }
            replicaSetController.podWritten(key, owner: owner, delta: delta)
        }
        // The scheduler watches for new pods; the kubelet of a node for pods bound to it and for their deletion.
        if change == .added {
            if let node = snapshot.value.nodeName {
                // Bound by its author: the node's kubelet takes it at once, and the scheduler's cache counts it.
                if let index = nodeIndex(node) { scheduler.podArrivedBound(toNodeAt: index) }
                queue.schedule(.kubeletStart(key, uid: snapshot.value.meta.uid), at: now)
            } else {
                queue.schedule(.schedule(key, uid: snapshot.value.meta.uid), at: now)
            }
        } else if let previous {
            if previous.value.nodeName == nil, snapshot.value.nodeName != nil {
                queue.schedule(.kubeletStart(key, uid: snapshot.value.meta.uid), at: now)
            }
            if let deadline = snapshot.value.meta.deletionTimestamp {
                let uid = snapshot.value.meta.uid
                let token = snapshot.value.terminationToken
                if let before = previous.value.meta.deletionTimestamp {
                    if deadline < before { kubeletNoticedShorterGracePeriod(key, uid: uid, token: token, deadline: deadline) }
                } else {
                    kubeletNoticedDeletion(key, uid: uid, token: token)
                }
            }
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
        indexes.podStored(key, oldOwner: snapshot.value.meta.controllerKey, newOwner: nil)
        if let owner = snapshot.value.meta.controllerKey {
            replicaSetController.podRemoved(key, owner: owner, counts: .of(snapshot.value))
            daemonSetController.podChanged(owner: owner.uid)
            jobController.podChanged(owner: owner.uid)
            statefulSetController.podChanged(owner: owner.uid)
            if garbageCollector.isWaiting(owner.uid) { queue.schedule(.dependentsGone(ownerUID: owner.uid), at: now) }
        }
        scheduler.podRemoved(key, fromNodeAt: snapshot.value.nodeName.flatMap(nodeIndex))
        kubelet.podRemoved(key)
        if !disruptionController.budgetsByNamespace.isEmpty { disruptionController.podChanged(namespace: key.namespace) }
        if !jobController.counted.isEmpty { jobController.podRemoved(uid: snapshot.value.meta.uid) }
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
        case .services:
            endpointSliceController.serviceStored(key, object, now: now)
        case .namespaces:
            serviceAccountController.namespaceAdded(key.name)
            rootCACertPublisher.namespaceAdded(key.name)
        default: break
        }
    }

    /// A JSON-stored object was written (`old` is the version it replaced, nil for a new one): the indexes follow,
    /// and the controllers that watch what changed are queued (a ReplicaSet's status → its Deployment; a scaled
    /// ReplicaSet or Deployment → its own controller).
    mutating func objectStored(_ type: ResourceType, _ key: ObjectKey, old: JSONValue?, new: JSONValue) {
        // A deletion mark or a finalizer change reaches the object's own controller as any client change does, and
        // the garbage collector takes over an owner deleted in the foreground.
        if let old, old["metadata"]["deletionTimestamp"] != new["metadata"]["deletionTimestamp"] || old["metadata"]["finalizers"] != new["metadata"]["finalizers"] {
            objectUpdated(type, key, new)
            let foreground = JSONValue.string(GarbageCollector.foregroundFinalizer)
            if new["metadata"]["finalizers"].array?.contains(foreground) == true, old["metadata"]["finalizers"].array?.contains(foreground) != true {
                deleteDependentsInForeground(type, key, uid: new["metadata"]["uid"].string ?? "")
            }
        }
        switch type {
        case .replicaSets:
            let owner = Cluster.controllerUID(new)
            indexes.replicaSetStored(key, oldOwner: old.flatMap(Cluster.controllerUID), newOwner: owner)
            guard let old else { return }
            if old["status"] != new["status"] { deploymentController.replicaSetStatusChanged(owner: owner) }
            if old["spec"]["replicas"] != new["spec"]["replicas"] { replicaSetController.replicaSetScaled(key) }
        case .deployments:
            if let old, old["spec"] != new["spec"] { deploymentController.deploymentUpdated(key) }
        case .configMaps:
            if old != nil { rootCACertPublisher.configMapChanged(key) }
        case .jobs:
            if old?["spec"] != new["spec"] { jobController.jobChanged(key, uid: new["metadata"]["uid"].string ?? "") }
            if old?["status"] != new["status"] { cronJobController.jobChanged(owner: Cluster.controllerUID(new)) }
        case .cronJobs:
            if old?["spec"] != new["spec"] { cronJobController.cronJobChanged(key, uid: new["metadata"]["uid"].string ?? "") }
        case .podDisruptionBudgets:
            if old?["spec"] != new["spec"] { disruptionController.budgetChanged(key) }
        case .namespaces:
            namespaceController.namespaceStored(key.name, new)
        case .nodes:
            schedulerNodeChanged(key.name, new)
            daemonSetController.nodeChanged()
        case .statefulSets:
            if old?["spec"] != new["spec"] || old?["metadata"]["deletionTimestamp"] != new["metadata"]["deletionTimestamp"] {
                statefulSetController.statefulSetChanged(key, uid: new["metadata"]["uid"].string ?? "")
            }
        case .daemonSets:
            if old?["spec"] != new["spec"] || old?["metadata"]["deletionTimestamp"] != new["metadata"]["deletionTimestamp"] {
                daemonSetController.daemonSetChanged(key, uid: new["metadata"]["uid"].string ?? "")
            }
        default: break
        }
    }

    /// An owner was deleted with `propagation`: the garbage collector deletes its dependents later (background), has
    /// done so already (foreground: the owner waited for them), or removes their owner references now (orphan).
    mutating func ownerDeleted(uid: String, namespace: String, propagation: DeleteOptions.Propagation) {
        switch propagation {
        case .background: queue.schedule(.collectGarbage(ownerUID: uid, namespace: namespace), at: now)
        case .foreground: collectGarbage(ownerUID: uid, namespace: namespace)
        case .orphan: orphanDependents(ownerUID: uid, namespace: namespace)
        }
    }

    /// A JSON-stored object was removed for good (its last state is `old`).
    mutating func objectRemoved(_ type: ResourceType, _ key: ObjectKey, old: JSONValue) {
        switch type {
        case .replicaSets: indexes.replicaSetStored(key, oldOwner: Cluster.controllerUID(old), newOwner: nil)
        case .namespaces: endpointSliceController.namespaceDeleted(key.name)
        case .endpoints: endpointsController.endpointsRemoved(key, now: now)
        case .serviceAccounts: serviceAccountController.serviceAccountRemoved(key)
        case .configMaps: rootCACertPublisher.configMapChanged(key)
        case .nodes:
            schedulerNodeChanged(key.name, nil)
            daemonSetController.nodeChanged()
            podGCNodeRemoved()
        default: break
        }
    }

    /// An EndpointSlice was stored (`added`: it is new).
    mutating func sliceStored(_ slice: SliceRecord, added: Bool) {
        guard let name = slice.meta.labels["kubernetes.io/service-name"] else { return }
        let service = ObjectKey(namespace: slice.meta.key.namespace, name: name)
        if added { indexes.sliceStored(slice.meta.key, service: service, stored: true) }
        proxySliceChanged(service)
        if slice.meta.labels["endpointslice.kubernetes.io/managed-by"] == "endpointslice-controller.k8s.io",
            let trigger = slice.meta.annotations["endpoints.kubernetes.io/last-change-trigger-time"]
        {
            endpointsController.sliceWritten(service: service, trigger: trigger)
        }
    }

    /// An EndpointSlice was removed for good.
    mutating func sliceRemoved(_ slice: SliceRecord) {
        guard let name = slice.meta.labels["kubernetes.io/service-name"] else { return }
        let service = ObjectKey(namespace: slice.meta.key.namespace, name: name)
        indexes.sliceStored(slice.meta.key, service: service, stored: false)
        proxySliceChanged(service)
        endpointSliceController.sliceDeleted(slice.meta.key, service: service)
    }

    /// A Deployment, ReplicaSet or Service was changed by a client (spec, labels, annotations), or marked for deletion.
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
            kubeProxy.serviceDeleted(key, at: now.adding(seconds: configuration.proxyPropagationSeconds), now: now)
        case .daemonSets:
            daemonSetController.daemonSetDeleted(uid: uid)
        case .statefulSets:
            statefulSetController.statefulSetDeleted(uid: uid)
        case .jobs:
            jobController.jobDeleted(uid: uid)
            cronJobController.jobChanged(owner: Cluster.controllerUID(object))
        case .cronJobs:
            cronJobController.cronJobDeleted(uid: uid)
        case .podDisruptionBudgets:
            disruptionController.budgetDeleted(key)
        default: break
        }
    }
}
