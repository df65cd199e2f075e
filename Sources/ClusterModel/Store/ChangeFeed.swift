/// The bounded change feed: every ADDED/MODIFIED/DELETED event in order, with the virtual time.
///
/// Entries hold the object in its internal (typed or JSON) form and are rendered to JSON when read, so
/// recording a change is cheap. When more than `retention` entries accumulate, the oldest half is dropped
/// (like etcd compaction): `events(since:)` then starts at the oldest retained entry.
struct ChangeFeed: Sendable {
    /// An object snapshot as stored in the feed: one reference, shared with the store where possible.
    enum Payload: Sendable {
        case json(JSONValue)
        case pod(Snapshot<PodRecord>)
        case slice(Snapshot<SliceRecord>)
        case event(Snapshot<EventRecord>)

        func render() -> JSONValue {
            switch self {
            case .json(let value): return value
            case .pod(let pod): return pod.value.render()
            case .slice(let slice): return slice.value.render()
            case .event(let event): return event.value.render()
            }
        }
    }

    struct Entry: Sendable {
        var type: ChangeEvent.EventType
        /// Index into `ResourceType.all` (kept small: the feed holds hundreds of thousands of entries).
        var resourceIndex: UInt8
        var payload: Payload
        var time: Timestamp

        init(type: ChangeEvent.EventType, resource: ResourceType, payload: Payload, time: Timestamp) {
            self.type = type
            self.resourceIndex = UInt8(ResourceType.all.firstIndex(of: resource) ?? 0)
            self.payload = payload
            self.time = time
        }

        var resource: ResourceType { ResourceType.all[Int(resourceIndex)] }
    }

    private(set) var entries: [Entry] = []
    /// Sequence number of `entries[0]`.
    private(set) var firstSequence = 1
    var retention = 250_000

    var lastSequence: Int { firstSequence + entries.count - 1 }

    mutating func append(_ entry: Entry) {
        entries.append(entry)
        if entries.count > retention {
            let drop = entries.count - retention / 2
            entries.removeFirst(drop)
            firstSequence += drop
        }
    }

    func events(since sequence: Int) -> [ChangeEvent] {
        let start = max(sequence + 1, firstSequence)
        guard start <= lastSequence else { return [] }
        var result: [ChangeEvent] = []
        result.reserveCapacity(lastSequence - start + 1)
        for index in (start - firstSequence)..<entries.count {
            let entry = entries[index]
            result.append(
                ChangeEvent(sequence: firstSequence + index, type: entry.type, resource: entry.resource, object: entry.payload.render(), time: entry.time))
        }
        return result
    }
}
