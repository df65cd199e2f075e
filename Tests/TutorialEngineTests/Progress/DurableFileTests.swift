import Foundation
import Testing

@testable import TutorialEngine

@Suite struct DurableFileTests {
    let folder = FileManager.default.temporaryDirectory.path + "/k8s-tutor-durable-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    @Test func replaceWritesTheWholeContentAndLeavesNoTemporaryFile() throws {
        let file = folder + "/a.json"
        try DurableFile.replace(file, with: Array("first".utf8))
        try DurableFile.replace(file, with: Array("second, longer".utf8))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "second, longer")
        #expect(try names() == ["a.json"])
        var info = stat()
        #expect(stat(file, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func aFailedReplaceKeepsTheOldFileAndRemovesItsTemporaryFile() throws {
        let file = folder + "/a.json"
        try DurableFile.replace(file, with: Array("old".utf8))
        // A folder where the file should be makes the rename fail.
        let blocked = folder + "/dir"
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)
        #expect(throws: DurableFile.Failure.self) { try DurableFile.replace(blocked, with: Array("new".utf8)) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "old")
        #expect(try names() == ["a.json", "dir"])
    }

    @Test func temporaryFilesOfTheGivenNamesAreRemovedAndNothingElse() throws {
        for name in [".a.json.tmp-123", ".a.journal.tmp-9", ".a.json.tmp-x1", ".b.json.tmp-5", "a.json"] {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        let removed = DurableFile.removeTemporaryFiles(of: ["a.json", "a.journal"], in: folder)
        #expect(removed == [folder + "/.a.journal.tmp-9", folder + "/.a.json.tmp-123"])
        #expect(try names() == [".a.json.tmp-x1", ".b.json.tmp-5", "a.json"])
    }

    @Test func readRefusesFilesOverTheLimitAndReportsMissingOnesAsNil() throws {
        let file = folder + "/big"
        try DurableFile.replace(file, with: [UInt8](repeating: 65, count: 100))
        #expect(try DurableFile.read(file, limit: 100) == [UInt8](repeating: 65, count: 100))
        #expect(throws: DurableFile.ReadFailure.tooLarge(size: 100)) { try DurableFile.read(file, limit: 99) }
        #expect(try DurableFile.read(folder + "/missing", limit: 10) == nil)
    }

    @Test func createFolderMakesMissingParentsPrivate() throws {
        let nested = folder + "/x/y/z"
        try DurableFile.createFolder(nested)
        var info = stat()
        #expect(stat(folder + "/x/y", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        _ = FileManager.default.createFile(atPath: folder + "/file", contents: Data())
        #expect(throws: DurableFile.Failure(operation: "mkdir " + folder + "/file", code: ENOTDIR)) {
            try DurableFile.createFolder(folder + "/file")
        }
    }
}
