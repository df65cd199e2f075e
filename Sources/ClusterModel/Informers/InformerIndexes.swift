/// The shared informers' indexes: ReplicaSets by controlling Deployment, pods by controlling ReplicaSet, and
/// EndpointSlices by Service.
///
/// client-go's shared informers carry indexers that every controller watching the same kind shares; these are
/// ours. The ReplicaSet and Deployment controllers, the garbage collector and the Endpoints controller read them;
/// only the watch delivery (`Cluster+Informers.swift`) changes them, on every stored change, so no component keeps
/// another component's bookkeeping up to date.
struct InformerIndexes: Sendable {
    /// Deployment uid → the ReplicaSets it controls.
    private(set) var replicaSetsByOwner: [String: Set<ObjectKey>] = [:]
    /// ReplicaSet uid → the pods it controls.
    private(set) var podsByOwner: [OwnerKey: Set<ObjectKey>] = [:]
    /// Service → its EndpointSlices (by the `kubernetes.io/service-name` label).
    private(set) var slicesByService: [ObjectKey: Set<ObjectKey>] = [:]

    /// The ReplicaSets controlled by the Deployment with `uid`.
    func replicaSets(ownedBy uid: String) -> Set<ObjectKey> { replicaSetsByOwner[uid] ?? [] }

    /// The pods controlled by the ReplicaSet with `owner` uid.
    func pods(ownedBy owner: OwnerKey) -> Set<ObjectKey> { podsByOwner[owner] ?? [] }

    /// The EndpointSlices labelled as belonging to `service`.
    func slices(of service: ObjectKey) -> Set<ObjectKey> { slicesByService[service] ?? [] }

    /// Whether anything still names `uid` as its controller (ReplicaSets of a Deployment, pods of a ReplicaSet).
    func hasDependents(_ uid: String) -> Bool {
        replicaSetsByOwner[uid]?.isEmpty == false || podsByOwner[OwnerKey(uid)]?.isEmpty == false
    }

    /// A ReplicaSet was stored: its controller was `old` before (nil: none, or the ReplicaSet is new), is `new` now.
    mutating func replicaSetStored(_ key: ObjectKey, oldOwner old: String?, newOwner new: String?) {
        guard old != new else { return }
        if let old { Self.remove(key, from: &replicaSetsByOwner, at: old) }
        if let new { replicaSetsByOwner[new, default: []].insert(key) }
    }

    /// A pod was stored: its controller was `old` before (nil: none, or the pod is new), is `new` now.
    mutating func podStored(_ key: ObjectKey, oldOwner old: OwnerKey?, newOwner new: OwnerKey?) {
        guard old != new else { return }
        if let old { Self.remove(key, from: &podsByOwner, at: old) }
        if let new {
            if let index = podsByOwner.index(forKey: new) {
                podsByOwner.values[index].insert(key)
            } else {
                podsByOwner[new] = [key]
            }
        }
    }

    /// A slice was stored or removed (`stored` false) with `service` as its Service.
    mutating func sliceStored(_ key: ObjectKey, service: ObjectKey, stored: Bool) {
        if stored { slicesByService[service, default: []].insert(key) } else { Self.remove(key, from: &slicesByService, at: service) }
    }

    /// Removes `key` from the set at `owner`, dropping the set when it becomes empty. Static: an instance method
    /// would hold a second reference to the index while it is changed, and every removal would copy the set.
    private static func remove<Owner: Hashable>(_ key: ObjectKey, from index: inout [Owner: Set<ObjectKey>], at owner: Owner) {
        guard let position = index.index(forKey: owner) else { return }
        index.values[position].remove(key)
        if index.values[position].isEmpty { index.remove(at: position) }
    }
}
