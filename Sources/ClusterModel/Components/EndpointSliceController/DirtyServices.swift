/// The Services waiting for an endpoint sync, each with the pods that changed (in write order, possibly repeated:
/// appending is much cheaper than a set insert on every pod write) or nil for a pending full resync.
///
/// A pod is appended on every endpoint-relevant pod write, through the entry's position (a dictionary's
/// `default:` subscript allocates an accessor frame on every call).
struct DirtyServices: Sendable {
    private var entries: [ObjectKey: [ObjectKey]?] = [:]

    var isEmpty: Bool { entries.isEmpty }

    /// Queues a sync of `service` for `pod` (a pending full resync stays as it is).
    mutating func add(_ pod: ObjectKey, to service: ObjectKey) {
        guard let index = entries.index(forKey: service) else {
            entries[service] = .some([pod])
            return
        }
        if entries.values[index] != nil { entries.values[index]!.append(pod) }
    }

    /// Queues a full resync of `service`.
    mutating func resyncFully(_ service: ObjectKey) { entries[service] = .some(nil) }

    /// Forgets `service` (it was deleted).
    mutating func remove(_ service: ObjectKey) { entries[service] = nil }

    /// Takes out every queued service with its changed pods (nil: full resync), by service key.
    mutating func takeAll() -> [(service: ObjectKey, pods: [ObjectKey]?)] {
        let work = entries.sorted { $0.key < $1.key }.map { (service: $0.key, pods: $0.value) }
        entries = [:]
        return work
    }
}
