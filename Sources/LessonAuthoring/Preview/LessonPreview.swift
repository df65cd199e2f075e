import Kubectl
import TutorialEngine

/// `k8s-tutor learn <path> --step <id>`: a session positioned at the start of a step, the earlier steps solved
/// by replaying their solutions silently. Previews never save progress.
public enum LessonPreview {
    /// A session at the start of step `stepID` (nothing printed; call `handle(line: "task", host:)` to show it).
    /// `options.store` is ignored: a preview must not overwrite the learner's progress.
    public static func session(lesson: Lesson, at stepID: String, options: LessonSessionOptions) throws(LessonPreviewError) -> LessonSession {
        guard let target = lesson.definition.stepIndex(stepID) else {
            throw LessonPreviewError(message: "lesson '\(lesson.id)' has no step '\(stepID)' (steps: \(lesson.definition.steps.map(\.id).joined(separator: ", ")))")
        }
        var driver = SolutionDriver(lesson: lesson, options: options)
        while driver.session.frontier < target {
            let step = driver.session.currentStepID ?? ""
            switch driver.solveCurrentStep() {
            case .failed(let message):
                throw LessonPreviewError(message: "cannot reach step '\(stepID)': step '\(step)': \(message)")
            case .incomplete(let failing):
                throw LessonPreviewError(message: "cannot reach step '\(stepID)': the solution of step '\(step)' leaves \(failing.joined(separator: ", ")) failing")
            default: continue
            }
        }
        return driver.session
    }
}
