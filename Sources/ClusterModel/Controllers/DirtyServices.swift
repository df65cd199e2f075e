/// The Services waiting for an endpoint sync, each with the pods that changed (in write order, possibly repeated:
/// appending is much cheaper than a set insert on every pod write) or a pending full resync.
///
/// Pods are appended on every endpoint-relevant pod write; the lists live in an array reached through a key →
/// position map, so an append is one lookup and an in-place array append (a dictionary's `default:` subscript costs
/// a heap-allocated accessor frame per call).
struct DirtyServices: Sendable {
    private var positions: [ObjectKey: Int] = [:]
    private var services: [ObjectKey] = []
    /// Per position: the changed pods, or nil for a full resync; `removed` marks services taken out again.
    private var pods: [[ObjectKey]?] = []
    private var removed: [Bool] = []

    var isEmpty: Bool { positions.isEmpty }

    /// Queues a sync of `service` for `pod` (a pending full resync stays as it is).
    mutating func add(_ pod: ObjectKey, to service: ObjectKey) {
        if let position = positions[service] {
            if pods[position] != nil { pods[position]!.append(pod) }
            return
        }
        append(service, [pod])
    }

    /// Queues a full resync of `service`.
    mutating func resyncFully(_ service: ObjectKey) {
        if let position = positions[service] {
            pods[position] = nil
            return
        }
        append(service, nil)
    }

    /// Forgets `service` (it was deleted).
    mutating func remove(_ service: ObjectKey) {
        guard let position = positions.removeValue(forKey: service) else { return }
        removed[position] = true
        pods[position] = nil
    }

    /// Takes out every queued service with its pods, by service key.
    mutating func takeAll() -> [(service: ObjectKey, pods: [ObjectKey]?)] {
        var work: [(service: ObjectKey, pods: [ObjectKey]?)] = []
        work.reserveCapacity(positions.count)
        for position in services.indices where !removed[position] { work.append((services[position], pods[position])) }
        self = DirtyServices()
        return work.sorted { $0.service < $1.service }
    }

    private mutating func append(_ service: ObjectKey, _ changed: [ObjectKey]?) {
        positions[service] = services.count
        services.append(service)
        pods.append(changed)
        removed.append(false)
    }
}
