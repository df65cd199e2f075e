/// The totals of `lesson test`: runs (lesson × language × seed) that passed and failed.
public struct LessonTestSummary: Hashable, Sendable {
    /// Runs that passed.
    public var passed: Int
    /// Runs that failed (a lesson that does not load counts as one).
    public var failed: Int

    /// Totals.
    public init(passed: Int = 0, failed: Int = 0) {
        self.passed = passed
        self.failed = failed
    }

    /// The final line, exactly `N passed, N failed` (CI parses it).
    public var line: String { "\(passed) passed, \(failed) failed" }

    /// Whether nothing failed.
    public var succeeded: Bool { failed == 0 }
}
