/// The snapshot file of a lesson, `<lesson-id>.json`: the whole ``LessonProgress`` as compact JSON, plus the
/// generation that ties it to its journal.
///
/// The generation is a random number chosen for every new snapshot; a journal applies only to the snapshot
/// with the same generation, so a journal left over from an earlier snapshot is never replayed onto a newer
/// one. Files written before journals existed have no generation (read as 0) and no journal.
struct ProgressSnapshot: Codable, Hashable, Sendable {
    /// Ties the snapshot to its journal.
    var generation: UInt64
    /// The saved progress.
    var progress: LessonProgress

    private enum Keys: String, CodingKey { case generation }

    init(generation: UInt64, progress: LessonProgress) {
        self.generation = generation
        self.progress = progress
    }

    init(from decoder: any Decoder) throws {
        progress = try LessonProgress(from: decoder)
        generation = try decoder.container(keyedBy: Keys.self).decodeIfPresent(UInt64.self, forKey: .generation) ?? 0
    }

    func encode(to encoder: any Encoder) throws {
        try progress.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(generation, forKey: .generation)
    }
}
