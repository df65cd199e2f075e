import Foundation
import Testing

@testable import LineEditor

@Suite struct HistoryLocationTests {
    @Test func xdgStateHomeWins() {
        let environment = ["XDG_STATE_HOME": "/tmp/state/", "HOME": "/home/ann"]
        #expect(HistoryLocation.path(environment: environment) == "/tmp/state/k8s-tutor/history")
    }

    @Test func homeIsTheFallback() {
        #expect(HistoryLocation.path(environment: ["HOME": "/home/ann"]) == "/home/ann/.local/state/k8s-tutor/history")
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "", "HOME": "/home/ann"])
            == "/home/ann/.local/state/k8s-tutor/history")
    }

    @Test func relativeXDGStateHomeIsIgnored() {
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "state", "HOME": "/h"]) == "/h/.local/state/k8s-tutor/history")
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "state"]) == nil)
        #expect(HistoryLocation.path(environment: [:]) == nil)
    }

    @Test func defaultCreatesTheDirectoryPrivately() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("k8s-tutor-history-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = HistoryLocation.default(environment: ["HOME": root])
        #expect(path == root + "/.local/state/k8s-tutor/history")
        let attributes = try FileManager.default.attributesOfItem(atPath: root + "/.local/state/k8s-tutor")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        #expect(!FileManager.default.fileExists(atPath: root + "/.local/state/k8s-tutor/history"))
        // A second call finds the directory in place.
        #expect(HistoryLocation.default(environment: ["HOME": root]) == path)
    }

    @Test func defaultFailsWhenAFileBlocksTheDirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("k8s-tutor-blocked-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: root + "/k8s-tutor", contents: Data()))
        #expect(HistoryLocation.default(environment: ["XDG_STATE_HOME": root]) == nil)
    }
}
