/// The stored Events, in the order they were recorded.
///
/// A busy simulation records thousands of events per second of virtual time and almost never looks one up by name
/// (listings read them all; `describe` filters a listing). Appending to a list touches memory that is already in
/// cache, where inserting into a hash table of a hundred thousand events touched a random part of it for every
/// event. Events are found by position (a repeated event remembers where it is) or, rarely, by searching for their
/// key. Removing an event leaves a hole, so positions stay valid.
struct EventLog: Sendable {
    private var entries: [Snapshot<EventRecord>?] = []
    /// How many events are stored (holes excluded).
    private(set) var count = 0

    /// Stores a new event; returns its position.
    @discardableResult
    mutating func append(_ event: Snapshot<EventRecord>) -> Int {
        entries.append(event)
        count += 1
        return entries.count - 1
    }

    /// The event at `position`, nil when it has been removed. Setting replaces a stored event (a repeated event's
    /// new version); it cannot fill a hole.
    subscript(position: Int) -> Snapshot<EventRecord>? {
        get { entries.indices.contains(position) ? entries[position] : nil }
        set {
            guard let newValue, entries.indices.contains(position), entries[position] != nil else { return }
            entries[position] = newValue
        }
    }

    /// The position of the newest stored event with `key`, or nil. Searches from the newest event back.
    func position(of key: EventKey) -> Int? {
        entries.lastIndex { $0.map { $0.value.meta.key == key } ?? false }
    }

    /// Removes the event at `position`; returns it (nil when there is none).
    mutating func remove(at position: Int) -> Snapshot<EventRecord>? {
        guard let event = self[position] else { return nil }
        entries[position] = nil
        count -= 1
        return event
    }

    /// The stored events with their positions, oldest first.
    var stored: [(position: Int, event: Snapshot<EventRecord>)] {
        entries.indices.compactMap { position in entries[position].map { (position, $0) } }
    }
}
