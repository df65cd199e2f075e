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
}
