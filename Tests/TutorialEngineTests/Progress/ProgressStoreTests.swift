import Foundation
import Kubectl
import Testing

@testable import TutorialEngine

@Suite struct ProgressStoreTests {
    static func temporaryStore() -> ProgressStore {
        let directory = FileManager.default.temporaryDirectory.path + "/k8s-tutor-tests-\(UUID().uuidString)/progress"
        return ProgressStore(directory: directory)
    }

    @Test func defaultDirectoryFollowsXDG() {
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/k8s-tutor/progress")
        #expect(ProgressStore.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/k8s-tutor/progress")
    }

    @Test func progressIsRecordedAtStartAndRoundTrips() throws {
        let store = Self.temporaryStore()
        var session = LessonHarness.session(seed: 5, store: store)
        let host = BufferedKubectlHost()
        session.start(host: host)
        guard case .loaded(let initial) = store.load("pod-termination") else {
            Issue.record("no progress after start")
            return
        }
        #expect(initial.currentStep == "intro")
        LessonHarness.type(["next", "hint"] + LessonHarness.lesson.definition.steps[1].solution, into: &session, host: host)
        guard case .loaded(let saved) = store.load("pod-termination") else {
            Issue.record("no progress saved")
            return
        }
        #expect(saved == session.progress)
        #expect(saved.seed == 5)
        #expect(saved.currentStep == "list-slices")
        #expect(saved.completedSteps == ["intro", "apply"])
        #expect(saved.hintsUsed == ["apply": 1])
        #expect(saved.log.map(\.line) == ["next", "hint"] + LessonHarness.lesson.definition.steps[1].solution)
        #expect(saved.contentHash == LessonHarness.lesson.contentHash)
    }

    @Test func resumeReplaysTheLogToTheSameState() {
        let store = Self.temporaryStore()
        var session = LessonHarness.session(seed: 7, store: store)
        let host = BufferedKubectlHost()
        session.start(host: host)
        // Through the traffic steps too: the load generator's counts replay as they were.
        for _ in 0..<7 { LessonHarness.type(LessonHarness.solution(of: session), into: &session, host: host) }
        #expect(session.currentStepID == "watch-pods")
        let resumedHost = BufferedKubectlHost()
        let resumed = LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(seed: 99, language: "zh-CN", store: store), host: resumedHost)
        #expect(resumed.currentStepID == "watch-pods")
        #expect(resumed.bindings == session.bindings)
        #expect(resumed.sandbox.cluster.now == session.sandbox.cluster.now)
        #expect(resumed.sandbox.cluster.list(.pods, namespace: nil) == session.sandbox.cluster.list(.pods, namespace: nil))
        #expect(resumed.language == "zh-CN")
        #expect(resumedHost.combinedOutput.contains("从上次离开的地方继续（第 8 步，共 10 步）。"))
    }

    @Test func corruptProgressIsSetAsideNotFatal() throws {
        let store = Self.temporaryStore()
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try "{ not json".write(toFile: store.path(for: "pod-termination"), atomically: true, encoding: .utf8)
        let host = BufferedKubectlHost()
        let session = LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(store: store), host: host)
        #expect(session.currentStepID == "intro")
        #expect(host.standardError.hasPrefix("k8s-tutor: saved progress for pod-termination could not be used (it is not a progress file"))
        #expect(FileManager.default.fileExists(atPath: store.path(for: "pod-termination") + ".corrupt-1"))
        // A fresh file was written for the new start.
        guard case .loaded = store.load("pod-termination") else {
            Issue.record("no fresh progress")
            return
        }
    }

    @Test func progressOfAnotherLessonIsSetAside() throws {
        let store = Self.temporaryStore()
        let foreign = LessonProgress(lessonID: "other", contentHash: "0", language: "en", seed: 1, currentStep: nil)
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try JSONEncoder().encode(foreign).write(to: URL(fileURLWithPath: store.path(for: "pod-termination")))
        #expect(store.load("pod-termination") == .setAside(reason: "it belongs to lesson 'other'", movedTo: store.path(for: "pod-termination") + ".corrupt-1"))
    }

    @Test func resetLessonStartsOver() {
        var session = LessonHarness.session()
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(["next"] + LessonHarness.lesson.definition.steps[1].solution + ["reset lesson"], into: &session, host: host)
        #expect(session.currentStepID == "intro")
        #expect(session.completedSteps.isEmpty)
        #expect(session.sandbox.cluster.object(.deployments, namespace: nil, name: "nginx-deployment") == nil)
    }
}
