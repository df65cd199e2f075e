/// Deleting objects: graceful pod deletion, cascades, namespaces.
extension Cluster {
    /// DELETE: returns the object as the API returned it. A graceful pod delete returns the pod with
    /// `deletionTimestamp` (now + grace) and `deletionGracePeriodSeconds`; the pod stays until its containers
    /// stop. Grace 0 (force), unscheduled pods and terminal pods are removed at once. A second delete may only
    /// shorten the grace period. Deployments/ReplicaSets/Services go at once; their dependents are removed by
    /// the garbage collector (background), first (foreground), or kept without the owner reference (orphan).
    public mutating func delete(_ type: ResourceType, namespace: String?, name: String, options: DeleteOptions = .init()) throws(APIError)
        -> JSONValue
    {
        let key = ObjectKey(namespace: type.namespaced ? (namespace ?? "default") : "", name: name)
        switch type {
        case .pods:
            guard let before = api.pods[key]?.value else { throw APIError.notFound(type, name: name) }
            deletePod(key, gracePeriod: options.gracePeriodSeconds)
            let result = api.pods[key]?.value.render() ?? before.render()
            reconcile()
            return result
        case .endpointSlices:
            guard let slice = api.slices[key] else { throw APIError.notFound(type, name: name) }
            removeSlice(key)
            reconcile()
            return slice.render()
        case .events:
            guard let eventKey = EventKey(namespace: key.namespace, name: name), let position = api.events.position(of: eventKey),
                let event = api.events.remove(at: position)
            else {
                throw APIError.notFound(type, name: name)
            }
            record(.deleted, .events, .event(event))
            return event.value.render()
        case .namespaces:
            guard let value = api.objects[type]?[key] else { throw APIError.notFound(type, name: name) }
            if ["default", "kube-system", "kube-public", "kube-node-lease"].contains(name) {
                throw APIError(
                    reason: .forbidden, code: 403, message: "namespaces \"\(name)\" is forbidden: this namespace may not be deleted", kind: "namespaces",
                    name: name)
            }
            if !value["metadata"]["deletionTimestamp"].isNull, !(value["spec"]["finalizers"].array ?? []).isEmpty {
                // The namespace REST `Delete`: only the finalized namespace may go.
                throw APIError(
                    reason: .conflict, code: 409,
                    message: "Operation cannot be fulfilled on namespaces \"\(name)\": The system is ensuring all content is removed from this "
                        + "namespace.  Upon completion, this namespace will automatically be purged by the system.",
                    kind: "namespaces", name: name)
            }
            return markNamespaceForDeletion(name, value)
        default:
            guard let value = api.objects[type]?[key] else { throw APIError.notFound(type, name: name) }
            let result = deleteStoredObject(type, key, value, propagation: options.propagation)
            reconcile()
            return result
        }
    }

    /// DELETE on a collection (`kubectl delete pods -l app=nginx`, `--all`): deletes every object of `type` in
    /// `namespace` matching `selector` with the same options, then lets the controllers react once. Returns the
    /// deleted objects' names, sorted, as the individual deletes would have been issued.
    public mutating func deleteCollection(_ type: ResourceType, namespace: String?, selector: LabelSelector? = nil, options: DeleteOptions = .init())
        throws(APIError) -> [String]
    {
        let wanted = type.namespaced ? (namespace ?? "default") : ""
        if type == .pods {
            var keys: [ObjectKey] = []
            for (key, pod) in api.pods where key.namespace == wanted && (selector?.matches(pod.value.meta.labels) ?? true) { keys.append(key) }
            keys = ObjectKey.sorted(keys)
            for key in keys { deletePod(key, gracePeriod: options.gracePeriodSeconds) }
            reconcile()
            return keys.map(\.name)
        }
        var names: [String] = []
        for object in list(type, namespace: namespace, selector: selector) {
            guard let name = object["metadata"]["name"].string else { continue }
            _ = try delete(type, namespace: namespace, name: name, options: options)
            names.append(name)
        }
        return names
    }

    /// DELETE of a JSON-stored object: an object with finalizers (or deleted in the foreground while it has
    /// dependents) only gets its `deletionTimestamp` and stays until the finalizers are removed; the others go at
    /// once. Deleting an object that is already being deleted changes nothing. Returns the object as answered.
    mutating func deleteStoredObject(_ type: ResourceType, _ key: ObjectKey, _ value: JSONValue, propagation: DeleteOptions.Propagation) -> JSONValue {
        if !value["metadata"]["deletionTimestamp"].isNull { return value }
        let uid = value["metadata"]["uid"].string ?? ""
        if propagation == .foreground && indexes.hasDependents(uid) { return deleteInForeground(type, key, value) }
        if value["metadata"]["finalizers"].array?.isEmpty == false {
            var marked = value
            marked["metadata"]["deletionTimestamp"] = .string(now.rfc3339)
            marked["metadata"]["deletionGracePeriodSeconds"] = .int(0)
            return putJSON(type, marked, .modified)
        }
        removeOwner(type, key, value, propagation: propagation)
        return value
    }

    /// Removes a JSON-stored object and arranges for its dependents.
    mutating func removeOwner(_ type: ResourceType, _ key: ObjectKey, _ value: JSONValue, propagation: DeleteOptions.Propagation) {
        let uid = value["metadata"]["uid"].string ?? ""
        removeJSON(type, key)
        objectDeleted(type, key, value)
        ownerDeleted(uid: uid, namespace: key.namespace, propagation: propagation)
    }

    /// DELETE with `propagationPolicy: Foreground` of an object with dependents: the object is marked
    /// (`deletionTimestamp`, grace 0, the `foregroundDeletion` finalizer) and stays until the garbage collector has
    /// deleted its dependents and removed the finalizer. Returns the marked object.
    @discardableResult
    mutating func deleteInForeground(_ type: ResourceType, _ key: ObjectKey, _ value: JSONValue) -> JSONValue {
        var marked = value
        if marked["metadata"]["deletionTimestamp"].isNull {
            marked["metadata"]["deletionTimestamp"] = .string(now.rfc3339)
            marked["metadata"]["deletionGracePeriodSeconds"] = .int(0)
        }
        var finalizers = marked["metadata"]["finalizers"].array ?? []
        if !finalizers.contains(.string(GarbageCollector.foregroundFinalizer)) { finalizers.append(.string(GarbageCollector.foregroundFinalizer)) }
        marked["metadata"]["finalizers"] = .array(finalizers)
        return putJSON(type, marked, .modified)
    }

    /// Stores an object that is being deleted with its finalizers as given, or removes it for good once none is
    /// left (the registry's rule for an update of a deleting object).
    mutating func removeOrKeepFinalized(_ type: ResourceType, _ key: ObjectKey, _ value: JSONValue) {
        if value["metadata"]["finalizers"].array?.isEmpty ?? true {
            removeOwner(type, key, value, propagation: .background)
        } else {
            putJSON(type, value, .modified)
        }
    }

    /// The pod delete of the API server: grace period choice, deletionTimestamp, immediate removal cases.
    mutating func deletePod(_ key: ObjectKey, gracePeriod requested: Int?) {
        guard var pod = api.pods[key]?.value else { return }
        var grace = requested ?? (pod.facts.terminationGracePeriodSeconds ?? 30)
        if pod.nodeName == nil || pod.isTerminal { grace = 0 }
        if grace <= 0 {
            removePod(key)
            return
        }
        if let deletionTimestamp = pod.meta.deletionTimestamp {
            // A second delete may only shorten the grace period, never move the deadline into the past.
            let newDeadline = now.adding(seconds: Double(grace))
            guard newDeadline < deletionTimestamp else { return }
            pod.meta.deletionTimestamp = newDeadline
            pod.meta.deletionGracePeriodSeconds = grace
            pod.terminationToken += 1
            putPod(pod, .modified)
            return
        }
        pod.meta.deletionTimestamp = now.adding(seconds: Double(grace))
        pod.meta.deletionGracePeriodSeconds = grace
        pod.meta.generation = (pod.meta.generation ?? 1) + 1
        pod.terminationToken += 1
        putPod(consume pod, .modified)
    }

    /// DELETE of a namespace (`namespace` strategy): it keeps its `kubernetes` finalizer, gets its
    /// `deletionTimestamp` and turns `Terminating`; the namespace controller empties it. Deleting a terminating
    /// namespace is refused (Conflict) by the caller. Returns the namespace as answered.
    mutating func markNamespaceForDeletion(_ name: String, _ value: JSONValue) -> JSONValue {
        guard value["metadata"]["deletionTimestamp"].isNull else { return value }
        var marked = value
        marked["metadata"]["deletionTimestamp"] = .string(now.rfc3339)
        marked["status"]["phase"] = "Terminating"
        let stored = putJSON(.namespaces, marked, .modified)
        reconcile()
        return stored
    }

    /// Removes a finalized namespace for good.
    mutating func removeNamespace(_ name: String, last: JSONValue) {
        removeJSON(.namespaces, ObjectKey(namespace: "", name: name))
    }
}
