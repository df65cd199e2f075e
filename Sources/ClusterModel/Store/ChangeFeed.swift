/// The bounded change feed: every ADDED/MODIFIED/DELETED event in order, with the virtual time.
///
/// Entries hold the object in its internal (typed or JSON) form and are rendered to JSON when read, so
/// recording a change is cheap. When more than `retention` entries accumulate, about the oldest half is dropped
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

        /// Positions in `ResourceType.all` of the typed payloads' resources (checked by ChangeFeedTests), so that
        /// recording a pod, slice or event change does not search the list.
        static let podsIndex: UInt8 = 0
        static let endpointSlicesIndex: UInt8 = 4
        static let eventsIndex: UInt8 = 7

        init(type: ChangeEvent.EventType, resource: ResourceType, payload: Payload, time: Timestamp) {
            self.type = type
            switch payload {
            case .pod: self.resourceIndex = Entry.podsIndex
            case .slice: self.resourceIndex = Entry.endpointSlicesIndex
            case .event: self.resourceIndex = Entry.eventsIndex
            case .json: self.resourceIndex = UInt8(ResourceType.all.firstIndex(of: resource) ?? 0)
            }
            self.payload = payload
            self.time = time
        }

        var resource: ResourceType { ResourceType.all[Int(resourceIndex)] }
    }

    /// The retained entries in chunks of `chunkCapacity` (all full except the last), so that compaction drops whole
    /// chunks without touching the entries it keeps.
    private var chunks: [[Entry]] = []
    /// Sequence number of the first retained entry.
    private(set) var firstSequence = 1
    /// Number of retained entries.
    private(set) var count = 0
    var retention = 250_000

    var lastSequence: Int { firstSequence + count - 1 }

    /// Entries per chunk: an eighth of the retention (so compaction keeps close to half of it), within 16…4096.
    private var chunkCapacity: Int { max(16, min(4096, retention / 8)) }

    mutating func append(_ entry: Entry) {
        if chunks.isEmpty || chunks[chunks.count - 1].count >= chunkCapacity {
            var chunk: [Entry] = []
            chunk.reserveCapacity(chunkCapacity)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(entry)
        count += 1
        if count > retention { compact() }
    }

    /// Drops the oldest chunks while at least half of `retention` entries remain (like etcd compaction). The dropped
    /// entries hold the only references to most superseded object versions: they are released on a background queue,
    /// so freeing a compacted history never delays the simulation.
    private mutating func compact() {
        var dropped = 0
        var droppedChunks = 0
        while droppedChunks < chunks.count - 1, count - dropped - chunks[droppedChunks].count >= retention / 2 {
            dropped += chunks[droppedChunks].count
            droppedChunks += 1
        }
        guard droppedChunks > 0 else { return }
        let old = Array(chunks[..<droppedChunks])
        chunks.removeFirst(droppedChunks)
        firstSequence += dropped
        count -= dropped
        BackgroundRelease.release(consume old)
    }

    func events(since sequence: Int) -> [ChangeEvent] {
        let start = max(sequence + 1, firstSequence)
        guard start <= lastSequence else { return [] }
        var result: [ChangeEvent] = []
        result.reserveCapacity(lastSequence - start + 1)
        var chunkStart = firstSequence
        for chunk in chunks {
            defer { chunkStart += chunk.count }
            guard chunkStart + chunk.count > start else { continue }
            for index in max(0, start - chunkStart)..<chunk.count {
                let entry = chunk[index]
                result.append(
                    ChangeEvent(
                        sequence: chunkStart + index, type: entry.type, resource: entry.resource, object: entry.payload.render(), time: entry.time))
            }
        }
        return result
    }
}
