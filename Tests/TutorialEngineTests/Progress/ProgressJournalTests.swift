import Foundation
import Kubectl
import Testing

@testable import TutorialEngine

/// The snapshot and journal files: one record per save, compaction, and what a killed writer leaves.
@Suite struct ProgressJournalTests {
    let store = ProgressStoreTests.temporaryStore()
    let id = "pod-termination"

    func journalLines() throws -> [String] {
        try String(contentsOfFile: store.journalPath(for: id), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func snapshot() throws -> ProgressSnapshot {
        try JSONDecoder().decode(ProgressSnapshot.self, from: Data(contentsOf: URL(fileURLWithPath: store.path(for: id))))
    }

    func started(typing lines: [String] = []) -> LessonSession {
        var session = LessonHarness.session(store: store)
        let host = BufferedKubectlHost()
        session.start(host: host)
        LessonHarness.type(lines, into: &session, host: host)
        return session
    }

    func appendToJournal(_ text: String) throws {
        let handle = try FileHandle(forWritingAtPath: store.journalPath(for: id)).unwrap()
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test func eachSaveAppendsOneRecordAndLeavesTheSnapshotAlone() throws {
        let session = started(typing: ["next", "hint", "progress"])
        let lines = try journalLines()
        #expect(lines.count == 4)  // the header and one record per line
        #expect(lines[0].hasPrefix("{\"generation\":"))
        #expect(lines[1].hasPrefix("{\"at\":0,\"lines\":[{\"end\":"))
        #expect(try snapshot().progress.log.isEmpty)
        #expect(store.load(id) == .loaded(session.progress))
    }

    @Test func theJournalIsFoldedIntoASnapshotAfterItsRecordLimit() throws {
        let session = started(typing: Array(repeating: "progress", count: ProgressLimits.compactionRecords + 3))
        #expect(try snapshot().progress.log.count == ProgressLimits.compactionRecords + 1)
        #expect(try journalLines().count == 3)
        #expect(store.load(id) == .loaded(session.progress))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted()
            == ["pod-termination.journal", "pod-termination.json", "pod-termination.lock"])
    }

    @Test func aTornLastLineIsIgnored() throws {
        let session = started(typing: ["next", "hint"])
        let record = try journalLines().last!
        try appendToJournal(String(record.prefix(record.count / 2)))
        #expect(store.load(id) == .loaded(session.progress))
        try appendToJournal("\n")  // a complete but broken last line is a torn write too
        #expect(store.load(id) == .loaded(session.progress))
    }

    @Test func aBrokenLineInTheMiddleSetsBothFilesAside() throws {
        _ = started(typing: ["next"])
        try appendToJournal("{ not a record\n")
        try appendToJournal(try journalLines()[1] + "\n")
        #expect(store.load(id) == .setAside(reason: "line 3 of its journal is not a progress record", movedTo: store.path(for: id) + ".corrupt-1"))
        #expect(FileManager.default.fileExists(atPath: store.journalPath(for: id) + ".corrupt-1"))
        #expect(store.load(id) == .none)
    }

    @Test func aJournalOfAnotherGenerationIsIgnored() throws {
        _ = started(typing: ["next"])
        let lines = try journalLines()
        let generation = try snapshot().generation
        let stale = "{\"generation\":\(generation ^ 1)}\n" + lines[1] + "\n"
        try stale.write(toFile: store.journalPath(for: id), atomically: true, encoding: .utf8)
        let expected = try snapshot().progress
        #expect(expected.log.isEmpty)
        #expect(store.load(id) == .loaded(expected))
    }

    @Test func resetLessonWritesAFreshSnapshot() throws {
        let session = started(typing: ["next", "hint", "reset lesson"])
        #expect(try snapshot().progress.log.map(\.line) == ["reset lesson"])
        #expect(try journalLines().count == 1)
        #expect(store.load(id) == .loaded(session.progress))
    }

    @Test func aResumedLessonGoesOnAppending() throws {
        _ = started(typing: ["next"])
        var resumed = LessonSession.begin(lesson: LessonHarness.lesson, options: LessonSessionOptions(store: store), host: BufferedKubectlHost())
        LessonHarness.type(["hint"], into: &resumed, host: BufferedKubectlHost())
        #expect(store.load(id) == .loaded(resumed.progress))
        #expect(try journalLines().count == 3)  // the resume itself wrote nothing new
        #expect(try snapshot().progress.log.isEmpty)
    }

    @Test func progressWithMoreLinesThanTheLimitIsSetAsideNamingTheLimit() throws {
        let line = LoggedLine(line: "progress", start: 0, end: 0)
        let huge = LessonProgress(lessonID: id, contentHash: "0", language: "en", seed: 1, currentStep: "intro",
                                  log: Array(repeating: line, count: ProgressLimits.maximumLines + 1))
        try DurableFile.createFolder(store.directory)
        try DurableFile.replace(store.path(for: id), with: ProgressWriter.encode(ProgressSnapshot(generation: 1, progress: huge)))
        #expect(store.load(id) == .setAside(reason: "it holds 50001 lines, more than the limit of 50000", movedTo: store.path(for: id) + ".corrupt-1"))
        // Saving that much is refused with a message naming the limit, in both languages.
        #expect(throws: ProgressSaveError.self) { try store.save(huge) }
        do {
            try store.save(huge)
        } catch {
            #expect(error.message(lessonID: id, language: "en").contains("the limit of 50,000 saved lines"))
            #expect(error.message(lessonID: id, language: "zh-CN").contains("达到上限 50,000 行"))
        }
    }

    @Test func aFileOverTheSizeLimitIsSetAsideUnread() throws {
        try DurableFile.createFolder(store.directory)
        try DurableFile.replace(store.path(for: id), with: [UInt8](repeating: 32, count: ProgressLimits.maximumFileSize + 1))
        #expect(store.load(id) == .setAside(reason: "it is 16777217 bytes, larger than the limit of 16777216 bytes", movedTo: store.path(for: id) + ".corrupt-1"))
    }

    @Test func aPrettyPrintedFileFromBeforeJournalsStillLoads() throws {
        let old = LessonProgress(lessonID: id, contentHash: "0", language: "en", seed: 4, currentStep: "intro",
                                 log: [LoggedLine(line: "next", start: 1, end: 2)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try DurableFile.createFolder(store.directory)
        try encoder.encode(old).write(to: URL(fileURLWithPath: store.path(for: id)))
        #expect(store.load(id) == .loaded(old))
    }
}

extension Optional {
    /// The value, or a thrown error naming the type.
    func unwrap() throws -> Wrapped {
        guard let self else { throw CocoaError(.fileNoSuchFile) }
        return self
    }
}
