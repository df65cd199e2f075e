/// The garbage collector: dependents of a deleted owner (ownerReferences) are deleted (background, foreground) or
/// orphaned.
extension Cluster {
    /// Deletes every dependent of `ownerUID` in `namespace` (ReplicaSets, pods, EndpointSlices), pods gracefully.
    mutating func collectGarbage(ownerUID: String, namespace: String) {
        for rsKey in indexes.replicaSets(ownedBy: ownerUID).sorted() {
            if let rs = stored(.replicaSets, rsKey) { deleteObject(.replicaSets, rsKey, rs, propagation: .background) }
        }
        for podKey in ObjectKey.sorted(indexes.pods(ownedBy: OwnerKey(ownerUID))) where storedPod(podKey)?.value.meta.deletionTimestamp == nil {
            deletePod(podKey, gracePeriod: nil)
        }
        let owned = storedSlices.filter { $0.key.namespace == namespace && $0.value.meta.controllerUID == ownerUID }.keys.sorted()
        for sliceKey in owned { deleteEndpointSlice(sliceKey) }
        // The kinds no shared index covers: a DaemonSet's ControllerRevisions, a Node's Lease (a cluster-scoped
        // owner's dependents may live in any namespace).
        for type in [ResourceType.controllerRevisions, .leases] {
            let dependents = listDependents(type, ownerUID: ownerUID, namespace: namespace)
            for (key, object) in dependents { deleteObject(type, key, object, propagation: .background) }
        }
    }

    /// The stored objects of `type` (in `namespace`, or anywhere for a cluster-scoped owner's empty namespace) that
    /// name `ownerUID` among their owner references.
    private func listDependents(_ type: ResourceType, ownerUID: String, namespace: String) -> [(ObjectKey, JSONValue)] {
        list(type, namespace: namespace.isEmpty ? nil : namespace).compactMap { object in
            guard (object["metadata"]["ownerReferences"].array ?? []).contains(where: { $0["uid"].string == ownerUID }) else { return nil }
            return (ObjectKey(namespace: object["metadata"]["namespace"].string ?? "", name: object["metadata"]["name"].string ?? ""), object)
        }
    }

    /// Removes the ownerReferences pointing at `ownerUID` from its dependents (orphan propagation).
    mutating func orphanDependents(ownerUID: String, namespace: String) {
        for rsKey in indexes.replicaSets(ownedBy: ownerUID).sorted() {
            guard var rs = stored(.replicaSets, rsKey) else { continue }
            rs["metadata"]["ownerReferences"] = .null
            update(.replicaSets, rs)
        }
        for podKey in ObjectKey.sorted(indexes.pods(ownedBy: OwnerKey(ownerUID))) {
            guard var pod = storedPod(podKey)?.value else { continue }
            pod.meta.ownerReferences = []
            updatePod(consume pod)
        }
    }

    /// An owner was marked for foreground deletion (the API server added the `foregroundDeletion` finalizer): the
    /// collector waits for its dependents and deletes them — ReplicaSets in the foreground themselves, as it does for
    /// dependents that have dependents, pods gracefully (`processDeletingDependentsItem`).
    mutating func deleteDependentsInForeground(_ type: ResourceType, _ key: ObjectKey, uid: String) {
        garbageCollector.waitingForDependents[uid] = .init(type: type, key: key)
        for rsKey in indexes.replicaSets(ownedBy: uid).sorted() {
            if let rs = stored(.replicaSets, rsKey), rs["metadata"]["deletionTimestamp"].isNull { deleteInForeground(.replicaSets, rsKey, rs) }
        }
        for podKey in ObjectKey.sorted(indexes.pods(ownedBy: OwnerKey(uid))) where storedPod(podKey)?.value.meta.deletionTimestamp == nil {
            deletePod(podKey, gracePeriod: nil)
        }
        if !indexes.hasDependents(uid) { queue.schedule(.dependentsGone(ownerUID: uid), at: now) }
    }

    /// A dependent of a waiting owner is gone: when it was the last one, the owner loses its `foregroundDeletion`
    /// finalizer and, without other finalizers, is removed (which may in turn release its own owner).
    mutating func dependentsMayBeGone(ownerUID: String) {
        guard let owner = garbageCollector.waitingForDependents[ownerUID], !indexes.hasDependents(ownerUID) else { return }
        garbageCollector.waitingForDependents[ownerUID] = nil
        guard var value = stored(owner.type, owner.key) else { return }
        let finalizers = (value["metadata"]["finalizers"].array ?? []).filter { $0 != .string(GarbageCollector.foregroundFinalizer) }
        value["metadata"]["finalizers"] = finalizers.isEmpty ? .null : .array(finalizers)
        updateFinalizers(owner.type, owner.key, value)
    }
}
