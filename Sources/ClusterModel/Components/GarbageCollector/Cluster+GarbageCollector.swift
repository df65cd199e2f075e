/// The garbage collector: dependents of a deleted owner (ownerReferences) are deleted (background, foreground) or
/// orphaned.
extension Cluster {
    /// Deletes every dependent of `ownerUID` in `namespace` (ReplicaSets, pods, EndpointSlices), pods gracefully.
    mutating func collectGarbage(ownerUID: String, namespace: String) {
        for rsKey in (deploymentController.replicaSetsByOwner[ownerUID] ?? []).sorted() {
            if let rs = api.objects[.replicaSets]?[rsKey] { removeOwner(.replicaSets, rsKey, rs, propagation: .background) }
        }
        deploymentController.replicaSetsByOwner[ownerUID] = nil
        for podKey in ObjectKey.sorted(replicaSetController.podsByOwner[OwnerKey(ownerUID)]?.pods ?? []) where api.pods[podKey]?.value.meta.deletionTimestamp == nil {
            deletePod(podKey, gracePeriod: nil)
        }
        let owned = api.slices.filter { $0.key.namespace == namespace && $0.value.meta.controllerUID == ownerUID }.keys.sorted()
        for sliceKey in owned {
            if let service = api.slices[sliceKey]?.meta.labels["kubernetes.io/service-name"] {
                endpointSliceController.slicesOfService[ObjectKey(namespace: namespace, name: service)]?.remove(sliceKey)
            }
            removeSlice(sliceKey)
        }
        for (service, sliceKeys) in endpointSliceController.slicesOfService where service.namespace == namespace {
            let remaining = sliceKeys.filter { api.slices.index(forKey: $0) != nil }
            if remaining.isEmpty, endpointSliceController.serviceSelectors[service] == nil {
                endpointSliceController.slicesOfService[service] = nil
                endpointSliceController.sliceOfPod[service] = nil
            } else if remaining.count != sliceKeys.count {
                endpointSliceController.slicesOfService[service] = remaining
            }
        }
    }

    /// Removes the ownerReferences pointing at `ownerUID` from its dependents (orphan propagation).
    mutating func orphanDependents(ownerUID: String, namespace: String) {
        for rsKey in (deploymentController.replicaSetsByOwner[ownerUID] ?? []).sorted() {
            guard var rs = api.objects[.replicaSets]?[rsKey] else { continue }
            rs["metadata"]["ownerReferences"] = .null
            putJSON(.replicaSets, rs, .modified)
        }
        deploymentController.replicaSetsByOwner[ownerUID] = nil
        for podKey in ObjectKey.sorted(replicaSetController.podsByOwner[OwnerKey(ownerUID)]?.pods ?? []) {
            guard var pod = api.pods[podKey]?.value else { continue }
            pod.meta.ownerReferences = []
            putPod(consume pod, .modified)
        }
        replicaSetController.podsByOwner[OwnerKey(ownerUID)]?.pods = []
    }
}
