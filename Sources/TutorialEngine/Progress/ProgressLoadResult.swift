/// The outcome of reading a saved progress file.
public enum ProgressLoadResult: Hashable, Sendable {
    /// There is no saved progress.
    case none
    /// The saved progress.
    case loaded(LessonProgress)
    /// The file could not be used; it was renamed to `movedTo` and the lesson starts fresh.
    case setAside(reason: String, movedTo: String)
}
