import Kubectl
import LessonAuthoring
import Testing
import TutorialEngine

/// `learn <path> --step <id>` previews start at the step with the earlier solutions replayed.
@Suite struct LessonPreviewTests {
    static func lesson() throws -> Lesson {
        try LessonLoader.load(try LessonDirectory.bundle(at: RepositoryPaths.lessons + "/readiness-probe"))
    }

    @Test func sessionStartsAtTheRequestedStep() throws {
        let session = try LessonPreview.session(lesson: try Self.lesson(), at: "publish", options: LessonSessionOptions(seed: 2, language: "zh-CN"))
        #expect(session.currentStepID == "publish")
        #expect(session.completedSteps == ["intro", "apply", "see-not-ready", "inspect-slice"])
        #expect(session.bindings["pod"]?.hasPrefix("web-") == true)
        #expect(session.language == "zh-CN")
    }

    @Test func unknownStepIsAnError() throws {
        #expect(throws: LessonPreviewError.self) {
            _ = try LessonPreview.session(lesson: try Self.lesson(), at: "nope", options: LessonSessionOptions())
        }
    }
}
