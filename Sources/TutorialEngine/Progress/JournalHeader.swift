/// The first line of a journal: the generation of the snapshot it continues (see ``ProgressSnapshot``).
struct JournalHeader: Codable, Hashable, Sendable {
    /// The snapshot's generation.
    var generation: UInt64
}
