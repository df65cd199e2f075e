/// Progress was not saved: another tutor holds the lesson, writing failed, or the log is full.
public struct ProgressSaveError: Error, Hashable, Sendable {
    let notice: ProgressNotice

    /// The explanation for the learner in `language` (`en` or `zh-CN`), ending with a newline.
    public func message(lessonID: String, language: String) -> String {
        notice.text(lessonID: lessonID, language: language)
    }
}
