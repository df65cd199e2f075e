/// The EndpointSlice controller's watch handlers: what it queues when Services, pods and slices change.
extension EndpointSliceController {
    /// The queued Services in key order with the pods that changed (nil: a full resync), the queue emptied; nil when
    /// it is empty.
    mutating func takeWork() -> [(service: ObjectKey, pods: [ObjectKey]?)]? {
        queue.isEmpty ? nil : queue.takeAll()
    }

    /// A Service was stored: index its selector (none for ExternalName) and queue a full endpoint sync.
    mutating func serviceStored(_ key: ObjectKey, _ service: JSONValue, now: Timestamp) {
        serviceRemoved(key)
        let selector = service["spec"]["selector"].stringMap
        guard !selector.isEmpty, service["spec"]["type"].string != "ExternalName" else { return }
        serviceSelectors[key] = selector
        selectorsGeneration += 1
        for (label, value) in selector {
            servicesByLabel[Self.labelKey(key.namespace, label, value), default: []].insert(key)
        }
        queue.resyncFully(key)
        if triggerTime[key] == nil { triggerTime[key] = now }
    }

    /// A Service's selector is gone (the Service was deleted or changed): drop it from the index.
    mutating func serviceRemoved(_ key: ObjectKey) {
        guard let selector = serviceSelectors.removeValue(forKey: key) else { return }
        selectorsGeneration += 1
        for (label, value) in selector {
            servicesByLabel[Self.labelKey(key.namespace, label, value)]?.remove(key)
        }
    }

    /// A Service was deleted: forget it and any pending sync.
    mutating func serviceDeleted(_ key: ObjectKey) {
        serviceRemoved(key)
        queue.remove(key)
        triggerTime[key] = nil
    }

    /// Queues every Service whose selector matches `labels` for an endpoint sync of `pod`.
    mutating func markServices(for pod: ObjectKey, labels: [String: String], now: Timestamp) {
        if let memo = serviceMatchMemo, memo.generation == selectorsGeneration, memo.namespace == pod.namespace, memo.labels == labels {
            for service in memo.services { queueEndpointSync(service, pod: pod, now: now) }
            return
        }
        var matched: [ObjectKey] = []
        if serviceSelectors.count <= Self.serviceScanLimit {
            // Few services (the usual case): checking each selector costs less than hashing every label of the pod
            // into the index. Same result: a matching selector always shares a label with the pod.
            for (service, selector) in serviceSelectors where service.namespace == pod.namespace {
                if labels.includesAll(selector) { matched.append(service) }
            }
        } else {
            for (label, value) in labels {
                guard let candidates = servicesByLabel[Self.labelKey(pod.namespace, label, value)] else { continue }
                for service in candidates {
                    guard let selector = serviceSelectors[service], labels.includesAll(selector) else { continue }
                    matched.append(service)
                }
            }
        }
        for service in matched { queueEndpointSync(service, pod: pod, now: now) }
        serviceMatchMemo = ServiceMatchMemo(namespace: pod.namespace, labels: labels, generation: selectorsGeneration, services: matched)
    }

    /// Queues an endpoint sync of `service` for `pod`.
    private mutating func queueEndpointSync(_ service: ObjectKey, pod: ObjectKey, now: Timestamp) {
        // Absent: start a set with this pod; a pending full resync (nil) stays as it is.
        queue.add(pod, to: service)
        if triggerTime[service] == nil { triggerTime[service] = now }
    }

    /// The controller is about to delete `slice` itself: its own deletion is not news to it (client-go's
    /// EndpointSliceTracker: a deletion the controller expects does not trigger a resync).
    mutating func expectDeletion(_ slice: ObjectKey) { expectedDeletions.insert(slice) }

    /// One of a Service's slices was deleted: by the controller itself (expected: nothing to do), by a client
    /// (forget where it held endpoints and resync the Service), or by the garbage collector after the Service went
    /// (forget the slice; the Service's bookkeeping goes with its last slice).
    mutating func sliceDeleted(_ slice: ObjectKey, service: ObjectKey) {
        if expectedDeletions.remove(slice) != nil { return }
        if serviceSelectors[service] != nil {
            slicesOfService[service]?.remove(slice)
            sliceOfPod[service] = sliceOfPod[service]?.filter { $0.value.slice != slice }
            queue.resyncFully(service)
            return
        }
        guard let position = slicesOfService.index(forKey: service) else { return }
        slicesOfService.values[position].remove(slice)
        if slicesOfService.values[position].isEmpty {
            slicesOfService.remove(at: position)
            sliceOfPod[service] = nil
        }
    }

    /// A namespace was deleted with everything in it.
    mutating func namespaceDeleted(_ name: String) {
        slicesOfService = slicesOfService.filter { $0.key.namespace != name }
        sliceOfPod = sliceOfPod.filter { $0.key.namespace != name }
    }
}
