import Foundation
import Kubectl
import Testing

@testable import TutorialEngine

/// Two tutors on one lesson: the first holds the lock, the second resumes read-only and says so once.
@Suite struct ProgressLockTests {
    let first = ProgressStoreTests.temporaryStore()
    let id = "pod-termination"

    /// A second store on the same folder, as another tutor process would open it (its own lock).
    var second: ProgressStore {
        var store = ProgressStore(directory: first.directory)
        store.lockWaitMilliseconds = 0
        return store
    }

    func begin(_ store: ProgressStore, language: String = "en", host: BufferedKubectlHost) -> LessonSession {
        LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(language: language, store: store), host: host)
    }

    @Test func aSecondTutorResumesReadOnlyAndNeverOverwritesTheFirst() throws {
        let host = BufferedKubectlHost()
        var owner = begin(first, host: host)
        LessonHarness.type(["next"], into: &owner, host: host)
        #expect(host.standardError.isEmpty)

        let otherHost = BufferedKubectlHost()
        var other = begin(second, host: otherHost)
        #expect(other.completedSteps == ["intro"])  // it resumed from the first tutor's progress
        #expect(otherHost.standardError == ProgressText.readOnly("en", id, String(getpid())) + "\n")
        LessonHarness.type(["hint", "reset lesson", "progress"], into: &other, host: otherHost)
        #expect(otherHost.standardError == ProgressText.readOnly("en", id, String(getpid())) + "\n")  // said once

        LessonHarness.type(["hint"], into: &owner, host: host)
        #expect(first.load(id) == .loaded(owner.progress))
        #expect(host.standardError.isEmpty)
    }

    @Test func theMessageIsInTheLessonsLanguage() {
        _ = begin(first, host: BufferedKubectlHost())
        let host = BufferedKubectlHost()
        _ = begin(second, language: "zh-CN", host: host)
        #expect(host.standardError == "k8s-tutor：课程 pod-termination 已在另一个 k8s-tutor（进程 \(getpid())）中打开。你可以在这里继续，但本会话不会保存进度；如需在这里保存，请退出另一个，再重新开始本课程。\n")
    }

    @Test func theLockIsFreeAgainWhenTheFirstTutorLetsGo() throws {
        _ = begin(first, host: BufferedKubectlHost())
        first.writers.release(id)
        let host = BufferedKubectlHost()
        var other = begin(second, host: host)
        LessonHarness.type(["next"], into: &other, host: host)
        #expect(host.standardError.isEmpty)
        #expect(second.load(id) == .loaded(other.progress))
    }

    @Test func aSecondTutorNeverSetsTheFirstOnesFilesAside() throws {
        _ = begin(first, host: BufferedKubectlHost())
        try "{ broken".write(toFile: first.path(for: id), atomically: true, encoding: .utf8)
        let host = BufferedKubectlHost()
        let other = begin(second, host: host)
        #expect(other.currentStepID == "intro")
        #expect(host.standardError == ProgressText.readOnly("en", id, String(getpid())) + "\n")
        #expect(try String(contentsOfFile: first.path(for: id), encoding: .utf8) == "{ broken")
        #expect(!FileManager.default.fileExists(atPath: first.path(for: id) + ".corrupt-1"))
    }

    @Test func theLockFileNamesItsHolder() throws {
        _ = begin(first, host: BufferedKubectlHost())
        let text = try String(contentsOfFile: first.directory + "/" + id + ".lock", encoding: .utf8)
        #expect(text == "\(getpid())\n")
    }
}
