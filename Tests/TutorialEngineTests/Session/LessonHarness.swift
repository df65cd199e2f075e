import Kubectl
import Sandbox

@testable import TutorialEngine

/// Runs the built-in lessons headless for tests.
enum LessonHarness {
    static let lesson: Lesson = try! LessonLoader.load(BuiltinLessons.bundles.first { $0.id == "pod-termination" }!)

    static func session(seed: UInt64 = 3, language: String = "en", width: Int = 80, store: ProgressStore? = nil) -> LessonSession {
        LessonSession(lesson: lesson, options: LessonSessionOptions(seed: seed, language: language, width: width, store: store))
    }

    /// Types each line and returns everything written, with each typed line echoed after `$ `.
    @discardableResult
    static func type(_ lines: [String], into session: inout LessonSession, host: BufferedKubectlHost) -> String {
        for line in lines {
            host.write("$ \(line)\n")
            session.handle(line: line, host: host)
        }
        return host.combinedOutput
    }

    /// The current step's solution lines with bindings filled in.
    static func solution(of session: LessonSession) -> [String] {
        guard let id = session.currentStepID, let step = lesson.definition.steps.first(where: { $0.id == id }) else { return [] }
        if step.kind == .read { return ["next"] }
        return step.solution.map { Placeholders.substitute($0, values: session.bindings) }
    }

    /// Solves every step with its solution lines; returns the transcript.
    static func solveAll(_ session: inout LessonSession, host: BufferedKubectlHost) -> String {
        var guardCount = 0
        while !session.isFinished, guardCount < 50 {
            type(solution(of: session), into: &session, host: host)
            guardCount += 1
        }
        return host.combinedOutput
    }
}
