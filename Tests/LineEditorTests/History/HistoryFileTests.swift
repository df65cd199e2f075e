import CEditLine
import Foundation
import Testing

@testable import LineEditor

@Suite struct HistoryFileTests {
    let folder = FileManager.default.temporaryDirectory.path + "/k8s-tutor-history-\(UUID().uuidString)"
    var path: String { folder + "/history" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    /// A libedit history holding `lines`.
    func history(_ lines: [String]) -> OpaquePointer {
        let history = history_init()!
        _ = cel_history_setsize(history, 1000)
        for line in lines { _ = cel_history_enter(history, line) }
        return history
    }

    @Test func saveReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let file = HistoryFile(path: path)
        let first = history(["kubectl get pods"])
        defer { history_end(first) }
        #expect(file.save(first))
        let second = history(["kubectl get pods", "kubectl get svc"])
        defer { history_end(second) }
        #expect(file.save(second))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "_HiStOrY_V2_\nkubectl\\040get\\040pods\nkubectl\\040get\\040svc\n")
        #expect(try names() == ["history"])
    }

    @Test func aFailedSaveChangesNothingAndRemovesItsTemporaryFile() throws {
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        let lines = history(["one"])
        defer { history_end(lines) }
        #expect(!HistoryFile(path: path).save(lines))  // the rename over a folder fails
        #expect(try names() == ["history"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside"])
    }

    @Test func temporaryFilesOfDeadProcessesAreRemovedAtLoad() throws {
        let file = HistoryFile(path: path)
        let dead = file.temporaryPath(pid: Int32.max - 1)  // no such process
        let alive = file.temporaryPath(pid: getppid())
        for temporary in [dead, alive, folder + "/.history.tmp-notapid"] {
            _ = FileManager.default.createFile(atPath: temporary, contents: Data("partial".utf8))
        }
        let loaded = history([])
        defer { history_end(loaded) }
        file.load(into: loaded)
        #expect(try names() == [".history.tmp-\(getppid())", ".history.tmp-notapid"])
    }

    @Test func anUnreadableFileIsSetAsideNotOverwritten() throws {
        try "not a history file\n".write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = history([])
        defer { history_end(loaded) }
        HistoryFile(path: path).load(into: loaded)
        #expect(cel_history_length(loaded) == 0)
        #expect(try names() == ["history.unreadable-1"])
        #expect(try String(contentsOfFile: path + ".unreadable-1", encoding: .utf8) == "not a history file\n")
    }

    @Test func aFileOverTheSizeLimitIsSetAsideUnread() throws {
        let line = String(repeating: "x", count: 1023) + "\n"
        try ("_HiStOrY_V2_\n" + String(repeating: line, count: HistoryFile.maximumFileSize / 1024 + 1))
            .write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = history([])
        defer { history_end(loaded) }
        HistoryFile(path: path).load(into: loaded)
        #expect(cel_history_length(loaded) == 0)
        #expect(try names() == ["history.unreadable-1"])
    }

    @Test func anEmptyFileIsJustAnEmptyHistory() throws {
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let loaded = history([])
        defer { history_end(loaded) }
        HistoryFile(path: path).load(into: loaded)
        #expect(try names() == ["history"])
    }
}
