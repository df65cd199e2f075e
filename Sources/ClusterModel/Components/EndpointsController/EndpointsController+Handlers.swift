/// The Endpoints controller's watch handlers: it watches Services, the EndpointSlices the EndpointSlice controller
/// writes, and its own Endpoints objects.
extension EndpointsController {
    /// Whether anything is queued.
    var hasWork: Bool { !syncs.isEmpty || !deletions.isEmpty }

    /// The queued work in key order, the queue emptied; nil when there is none.
    mutating func takeWork() -> (deletions: [ObjectKey], syncs: [(ObjectKey, String)])? {
        guard !syncs.isEmpty || !deletions.isEmpty else { return nil }
        defer {
            syncs = [:]
            deletions = []
        }
        return (deletions.sorted(), syncs.keys.sorted().map { ($0, syncs[$0]!) })
    }

    /// A slice of `service` managed by the EndpointSlice controller was written with `trigger` as its
    /// `last-change-trigger-time`.
    mutating func sliceWritten(service: ObjectKey, trigger: String) { syncs[service] = trigger }

    /// A Service was deleted: forget what its Endpoints object was built from, and delete the object.
    mutating func serviceDeleted(_ key: ObjectKey) {
        contents[key] = nil
        addresses[key] = nil
        syncs[key] = nil
        deletions.insert(key)
    }

    /// An Endpoints object was deleted (by a client, or with its Service): a Service that still exists gets it back.
    mutating func endpointsRemoved(_ key: ObjectKey, now: Timestamp) {
        contents[key] = nil
        addresses[key] = nil
        syncs[key] = now.rfc3339
    }
}
