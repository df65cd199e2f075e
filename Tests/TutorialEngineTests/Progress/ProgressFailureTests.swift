import Foundation
import Kubectl
import Testing

@testable import TutorialEngine

/// What the learner sees when progress cannot be written, and how a crashing replay is set aside.
@Suite struct ProgressFailureTests {
    let id = "pod-termination"

    @Test func aFailedSaveIsReportedOnceInTheLessonsLanguage() throws {
        let base = FileManager.default.temporaryDirectory.path + "/k8s-tutor-fail-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: base, contents: Data())  // a file where the folder should be
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = ProgressStore(directory: base + "/progress")
        let host = BufferedKubectlHost()
        var session = LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(language: "zh-CN", store: store), host: host)
        LessonHarness.type(["next", "hint", "progress"], into: &session, host: host)
        let reason = "mkdir \(base): Not a directory"
        #expect(host.standardError == ProgressText.saveFailed("zh-CN", store.path(for: id), reason) + "\n")
        #expect(host.standardError.hasPrefix("k8s-tutor：无法把学习进度保存到 \(store.path(for: id))（mkdir"))
        #expect(ProgressText.saveFailed("en", "F", "R") == "k8s-tutor: your progress could not be saved to F (R). You can go on, but until saving works again nothing is kept; this message is shown once.")
    }

    /// Saves a session that typed `lines`, then leaves a replay marker as a resume that died would.
    func storeWithDeadReplay(_ lines: [String], at position: ReplayMarker.Position, crashed: Bool = true) throws -> ProgressStore {
        let store = ProgressStoreTests.temporaryStore()
        var session = LessonHarness.session(store: store)
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(lines, into: &session, host: host)
        store.writers.release(id)  // the tutor that died
        let marker = try #require(ReplayMarker(path: store.replayMarkerPath(for: id), handlingCrashes: false))
        marker.record(position)
        if crashed { marker.markCrashed() }
        return store
    }

    @Test func aLineThatCrashedTheReplayIsSetAsideWithTheOnesAfterIt() throws {
        let store = try storeWithDeadReplay(["next", "hint", "progress", "task"], at: ReplayMarker.Position(index: 2, advancing: false))
        let host = BufferedKubectlHost()
        let session = LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(store: store), host: host)
        #expect(session.log.map(\.line) == ["next", "hint"])
        let crashed = store.path(for: id) + ".crashed-1"
        #expect(host.standardError == ProgressText.replayCrashed("en", "3", "progress", "1", crashed) + "\n")
        guard case .loaded(let kept) = store.load(id) else {
            Issue.record("no progress after the set-aside")
            return
        }
        #expect(kept.log.map(\.line) == ["next", "hint"])
        let original = try JSONDecoder().decode(ProgressSnapshot.self, from: Data(contentsOf: URL(fileURLWithPath: crashed)))
        #expect(original.progress.log.map(\.line) == ["next", "hint", "progress", "task"])
        #expect(!FileManager.default.fileExists(atPath: store.replayMarkerPath(for: id)))
    }

    @Test func aCrashWhileTimePassedBlamesTheLineBefore() throws {
        let store = try storeWithDeadReplay(["next", "hint", "progress"], at: ReplayMarker.Position(index: 2, advancing: true))
        let host = BufferedKubectlHost()
        let session = LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(language: "zh-CN", store: store), host: host)
        #expect(session.log.map(\.line) == ["next"])
        #expect(host.standardError.hasPrefix("k8s-tutor：上次重放已保存的进度时，程序在第 2 行（`hint`）意外退出。该行及其后的 1 行已移到"))
    }

    @Test func aReplayThatWasKilledIsReplayedAgainWhole() throws {
        let store = try storeWithDeadReplay(["next", "hint", "progress"], at: ReplayMarker.Position(index: 1, advancing: false), crashed: false)
        let host = BufferedKubectlHost()
        let session = LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(store: store), host: host)
        #expect(session.log.map(\.line) == ["next", "hint", "progress"])
        #expect(host.standardError.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.replayMarkerPath(for: id)))
    }

    @Test func aCleanResumeLeavesNoMarker() throws {
        let store = ProgressStoreTests.temporaryStore()
        var session = LessonHarness.session(store: store)
        session.start(host: BufferedKubectlHost())
        LessonHarness.type(["next"], into: &session, host: BufferedKubectlHost())
        _ = LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(store: store), host: BufferedKubectlHost())
        #expect(!FileManager.default.fileExists(atPath: store.replayMarkerPath(for: id)))
        #expect(ReplayMarker.leftOver(at: store.replayMarkerPath(for: id)) == nil)
    }
}
