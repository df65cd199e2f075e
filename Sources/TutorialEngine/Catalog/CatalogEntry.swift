/// One lesson in the catalog with the learner's saved progress.
public struct CatalogEntry: Hashable, Sendable {
    /// The lesson.
    public var lesson: Lesson
    /// Saved progress, if any.
    public var progress: LessonProgress?

    /// An entry.
    public init(lesson: Lesson, progress: LessonProgress?) {
        self.lesson = lesson
        self.progress = progress
    }
}
