/// The API server's verbs as the components call them: each is the request a real component sends.
///
/// Components change the cluster only through these (a test holds them to it): the store writes behind them give
/// every change its resourceVersion and deliver it to the watchers (`Informers/Cluster+Informers.swift`), so no
/// component touches another's state. Names and uids are the API server's to hand out (`generateName`), as is
/// the service-account token volume's suffix (admission).
extension Cluster {
    // MARK: Pods

    /// `POST pods` with `generateName` (the ReplicaSet controller): the API server picks a free name, the uid and
    /// the token volume suffix; `build` makes the pod from them. Returns the pod's name.
    mutating func createPod(generateName: String, namespace: String, _ build: (_ name: String, _ uid: String, _ tokenVolumeSuffix: String) -> PodRecord)
        -> String
    {
        var name = random.name(prefix: generateName)
        while exists(.pods, ObjectKey(namespace: namespace, name: name)) { name = random.name(prefix: generateName) }
        let uid = random.uuid()
        putPod(Cluster.boundAtCreation(build(name, uid, random.nameSuffix())), .added)
        return name
    }

    /// A controller's new pod, bound to the node its template's `spec.nodeName` names, if any (such pods are bound
    /// at creation).
    private static func boundAtCreation(_ built: consuming PodRecord) -> PodRecord {
        var pod = built
        if let node = pod.spec["nodeName"].string {
            var spec = pod.spec
            spec["nodeName"] = .null
            pod.spec = spec
            pod.nodeName = node
        }
        return pod
    }

    /// `POST pods` with a name of the controller's choosing (the StatefulSet controller's `<set>-<ordinal>`): the API
    /// server picks the uid and the token volume suffix. False (AlreadyExists) when a pod of that name exists.
    @discardableResult
    mutating func createNamedPod(_ name: String, namespace: String, _ build: (_ uid: String, _ tokenVolumeSuffix: String) -> PodRecord) -> Bool {
        guard !exists(.pods, ObjectKey(namespace: namespace, name: name)) else { return false }
        let uid = random.uuid()
        putPod(Cluster.boundAtCreation(build(uid, random.nameSuffix())), .added)
        return true
    }

    /// `POST pods` of a mirror pod (the kubelet, for a static pod it runs): the pod as the kubelet builds it, bound
    /// to its node, under the name the kubelet chose.
    mutating func createMirrorPod(name: String, namespace: String, _ build: (_ uid: String, _ tokenVolumeSuffix: String) -> PodRecord) {
        let uid = random.uuid()
        putPod(build(uid, random.nameSuffix()), .added)
    }

    /// `POST pods/{name}/binding` (the scheduler): the pod with its `nodeName` set.
    mutating func bindPod(_ pod: consuming PodRecord) { putPod(pod, .modified) }

    /// `PUT pods/{name}/status` (the kubelet's status manager).
    mutating func updatePodStatus(_ pod: consuming PodRecord) { putPod(pod, .modified) }

    /// `PUT pods/{name}` by a controller (the garbage collector dropping an owner reference).
    mutating func updatePod(_ pod: consuming PodRecord) { putPod(pod, .modified) }

    /// `DELETE pods/{name}` with grace period 0 and the pod's uid as precondition (the kubelet, once every container
    /// of a deleted pod has stopped): the pod is removed for good.
    mutating func deleteTerminatedPod(_ key: ObjectKey) { deletePod(key, gracePeriod: 0) }

    // MARK: JSON-stored kinds

    /// `POST` of a controller's object (the Deployment controller's ReplicaSets): admitted and stored as any create.
    @discardableResult
    mutating func create(_ type: ResourceType, _ object: JSONValue) -> JSONValue { insert(type, object) }

    /// `PUT` of a controller's object (spec or metadata: a ReplicaSet scaled or annotated by its Deployment, owner
    /// references dropped, finalizers changed). Returns the stored object.
    @discardableResult
    mutating func update(_ type: ResourceType, _ object: JSONValue) -> JSONValue { putJSON(type, object, .modified) }

    /// `PUT …/status`: only the status of `object` is taken; the rest stays as stored. Returns the stored object,
    /// or nil when the object is gone.
    @discardableResult
    mutating func updateStatus(_ type: ResourceType, _ object: JSONValue) -> JSONValue? {
        let key = ObjectKey(namespace: object["metadata"]["namespace"].string ?? "", name: object["metadata"]["name"].string ?? "")
        guard var current = api.objects[type]?[key] else { return nil }
        current["status"] = object["status"]
        return putJSON(type, current, .modified)
    }

    /// `PUT namespaces/{name}/finalize` (the namespace controller): the namespace's `spec.finalizers` as given; a
    /// namespace being deleted with none left is removed.
    mutating func finalizeNamespace(_ namespace: JSONValue) {
        let name = namespace["metadata"]["name"].string ?? ""
        if (namespace["spec"]["finalizers"].array ?? []).isEmpty, !namespace["metadata"]["deletionTimestamp"].isNull {
            removeNamespace(name, last: namespace)
        } else {
            putJSON(.namespaces, namespace, .modified)
        }
    }

    /// `DELETE events` of a namespace (the namespace controller's deletecollection).
    mutating func deleteEvents(inNamespace namespace: String) {
        var positions: [ObjectKey: Int] = [:]
        for (position, event) in api.events.stored where event.value.meta.namespace == namespace { positions[event.value.meta.key.objectKey] = position }
        for key in ObjectKey.sorted(positions.keys) {
            if let event = api.events.remove(at: positions[key]!) { record(.deleted, .events, .event(event)) }
        }
    }

    /// `PUT` of an object the controller keeps whole (the Endpoints controller's Endpoints), created when `isNew`.
    @discardableResult
    mutating func store(_ type: ResourceType, _ object: JSONValue, isNew: Bool) -> JSONValue {
        putJSON(type, object, isNew ? .added : .modified)
    }

    /// `DELETE` of an object without finalizers (old ReplicaSets beyond the history limit, a collected dependent,
    /// an owner whose last finalizer is gone): removed at once, its dependents handed to the garbage collector.
    mutating func deleteObject(_ type: ResourceType, _ key: ObjectKey, _ object: JSONValue, propagation: DeleteOptions.Propagation) {
        removeOwner(type, key, object, propagation: propagation)
    }

    /// `PATCH` of a deleting object's finalizers (the garbage collector dropping `foregroundDeletion`): the API
    /// server removes the object once none is left.
    mutating func updateFinalizers(_ type: ResourceType, _ key: ObjectKey, _ object: JSONValue) { removeOrKeepFinalized(type, key, object) }

    /// `DELETE` of an Endpoints object whose Service is gone (the Endpoints controller).
    mutating func deleteEndpoints(_ key: ObjectKey) { removeJSON(.endpoints, key) }

    /// A uid for an object a controller builds itself before creating it (an Endpoints object, an EndpointSlice).
    mutating func newUID() -> String { random.uuid() }

    // MARK: EndpointSlices

    /// `POST endpointslices`.
    mutating func createEndpointSlice(_ slice: SliceRecord) { putSlice(slice, .added) }

    /// `PUT endpointslices/{name}`.
    mutating func updateEndpointSlice(_ slice: SliceRecord) { putSlice(slice, .modified) }

    /// `DELETE endpointslices/{name}`.
    mutating func deleteEndpointSlice(_ key: ObjectKey) { removeSlice(key) }

    // MARK: Events

    /// `POST events` (an event recorder): the API server gives the event its uid and resourceVersion; `build`
    /// makes the event from its uid. Returns its position in the event log.
    mutating func createEvent(_ build: (_ uidHigh: UInt64, _ uidLow: UInt64) -> EventRecord) -> Int {
        let uid = random.uuidBits()
        var event = build(uid.high, uid.low)
        event.meta.resourceVersion = nextResourceVersion()
        // Moved into its snapshot: no copy of the record (a dozen reference-counted fields) to release.
        let snapshot = Snapshot(consume event)
        record(.added, .events, .event(snapshot))
        return api.events.append(snapshot)
    }

    /// `PATCH events/{name}` (an event recorder counting a repeat): `change` edits the stored event.
    mutating func patchEvent(at position: Int, _ change: (inout EventRecord) -> Void) {
        guard var event = api.events[position]?.value else { return }
        change(&event)
        event.meta.resourceVersion = nextResourceVersion()
        let snapshot = Snapshot(event)
        api.events[position] = snapshot
        record(.modified, .events, .event(snapshot))
    }
}
