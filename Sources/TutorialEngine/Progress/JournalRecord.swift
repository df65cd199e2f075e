/// One line of a lesson's journal, `<lesson-id>.journal`: what one save added to the progress.
///
/// The journal's first line is a ``JournalHeader``; every later line is a record, as compact JSON. A
/// record says "the log from index `at` on is `lines`, and the rest of the progress is `state`", so
/// applying a record twice, or to a snapshot that already holds it, gives the same result.
struct JournalRecord: Codable, Hashable, Sendable {
    /// The log index of the first added line.
    var at: Int
    /// The added lines.
    var lines: [LoggedLine]
    /// Everything else about the progress (its `log` is empty).
    var state: LessonProgress

    /// The progress `base` becomes with this record, or nil when the record does not fit (it starts
    /// after the end of the log).
    func applied(to base: LessonProgress) -> LessonProgress? {
        guard at >= 0, at <= base.log.count else { return nil }
        var result = state
        result.log = Array(base.log[0..<at]) + lines
        return result
    }
}
