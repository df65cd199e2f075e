/// The garbage collector: dependents of a deleted owner (ownerReferences) are deleted (background, foreground) or
/// orphaned.
extension Cluster {
    /// Deletes every dependent of `ownerUID` in `namespace` (ReplicaSets, pods, EndpointSlices), pods gracefully.
    mutating func collectGarbage(ownerUID: String, namespace: String) {
        for rsKey in (deploymentController.replicaSetsByOwner[ownerUID] ?? []).sorted() {
            if let rs = api.objects[.replicaSets]?[rsKey] { removeOwner(.replicaSets, rsKey, rs, propagation: .background) }
        }
        deploymentController.ownerGone(ownerUID)
        for podKey in ObjectKey.sorted(replicaSetController.podsByOwner[OwnerKey(ownerUID)]?.pods ?? []) where api.pods[podKey]?.value.meta.deletionTimestamp == nil {
            deletePod(podKey, gracePeriod: nil)
        }
        let owned = api.slices.filter { $0.key.namespace == namespace && $0.value.meta.controllerUID == ownerUID }.keys.sorted()
        var removed: [(slice: ObjectKey, service: String?)] = []
        for sliceKey in owned {
            removed.append((sliceKey, api.slices[sliceKey]?.meta.labels["kubernetes.io/service-name"]))
            removeSlice(sliceKey)
        }
        let slices = api.slices
        endpointSliceController.slicesRemoved(removed, namespace: namespace) { slices.index(forKey: $0) != nil }
    }

    /// Removes the ownerReferences pointing at `ownerUID` from its dependents (orphan propagation).
    mutating func orphanDependents(ownerUID: String, namespace: String) {
        for rsKey in (deploymentController.replicaSetsByOwner[ownerUID] ?? []).sorted() {
            guard var rs = api.objects[.replicaSets]?[rsKey] else { continue }
            rs["metadata"]["ownerReferences"] = .null
            putJSON(.replicaSets, rs, .modified)
        }
        deploymentController.ownerGone(ownerUID)
        for podKey in ObjectKey.sorted(replicaSetController.podsByOwner[OwnerKey(ownerUID)]?.pods ?? []) {
            guard var pod = api.pods[podKey]?.value else { continue }
            pod.meta.ownerReferences = []
            putPod(consume pod, .modified)
        }
        replicaSetController.podsOrphaned(ownerUID: ownerUID)
    }

    /// Whether anything still names `uid` as its controller (ReplicaSets of a Deployment, pods of a ReplicaSet).
    func hasDependents(_ uid: String) -> Bool {
        deploymentController.replicaSetsByOwner[uid]?.isEmpty == false || replicaSetController.podsByOwner[OwnerKey(uid)]?.pods.isEmpty == false
    }

    /// Foreground deletion of a JSON-stored owner: marks it (`deletionTimestamp`, grace 0, the `foregroundDeletion`
    /// finalizer), then deletes its dependents — ReplicaSets in the foreground themselves, as the collector does for
    /// dependents that have dependents, pods gracefully. Returns the marked owner.
    @discardableResult
    mutating func deleteInForeground(_ type: ResourceType, _ key: ObjectKey, _ value: JSONValue) -> JSONValue {
        let uid = value["metadata"]["uid"].string ?? ""
        var marked = value
        if marked["metadata"]["deletionTimestamp"].isNull {
            marked["metadata"]["deletionTimestamp"] = .string(now.rfc3339)
            marked["metadata"]["deletionGracePeriodSeconds"] = .int(0)
        }
        var finalizers = marked["metadata"]["finalizers"].array ?? []
        if !finalizers.contains(.string(GarbageCollector.foregroundFinalizer)) { finalizers.append(.string(GarbageCollector.foregroundFinalizer)) }
        marked["metadata"]["finalizers"] = .array(finalizers)
        let stored = putJSON(type, marked, .modified)
        objectUpdated(type, key, stored)
        garbageCollector.waitingForDependents[uid] = .init(type: type, key: key)
        for rsKey in (deploymentController.replicaSetsByOwner[uid] ?? []).sorted() {
            if let rs = api.objects[.replicaSets]?[rsKey], rs["metadata"]["deletionTimestamp"].isNull { deleteInForeground(.replicaSets, rsKey, rs) }
        }
        for podKey in ObjectKey.sorted(replicaSetController.podsByOwner[OwnerKey(uid)]?.pods ?? []) where api.pods[podKey]?.value.meta.deletionTimestamp == nil {
            deletePod(podKey, gracePeriod: nil)
        }
        if !hasDependents(uid) { queue.schedule(.dependentsGone(ownerUID: uid), at: now) }
        return stored
    }

    /// A dependent of a waiting owner is gone: when it was the last one, the owner loses its `foregroundDeletion`
    /// finalizer and, without other finalizers, is removed (which may in turn release its own owner).
    mutating func dependentsMayBeGone(ownerUID: String) {
        guard let owner = garbageCollector.waitingForDependents[ownerUID], !hasDependents(ownerUID) else { return }
        garbageCollector.waitingForDependents[ownerUID] = nil
        guard var value = api.objects[owner.type]?[owner.key] else { return }
        let finalizers = (value["metadata"]["finalizers"].array ?? []).filter { $0 != .string(GarbageCollector.foregroundFinalizer) }
        value["metadata"]["finalizers"] = finalizers.isEmpty ? .null : .array(finalizers)
        removeOrKeepFinalized(owner.type, owner.key, value)
    }

    /// Stores an object that is being deleted, or removes it for good once no finalizer is left.
    mutating func removeOrKeepFinalized(_ type: ResourceType, _ key: ObjectKey, _ value: JSONValue) {
        if value["metadata"]["finalizers"].array?.isEmpty ?? true {
            removeOwner(type, key, value, propagation: .background)
        } else {
            let stored = putJSON(type, value, .modified)
            objectUpdated(type, key, stored)
        }
    }
}
