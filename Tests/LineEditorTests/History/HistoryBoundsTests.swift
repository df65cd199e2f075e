import Foundation
import Testing

@testable import LineEditor

/// The history stays bounded: overlong lines are run but not kept.
@Suite struct HistoryBoundsTests {
    @Test func aLineOverTheEntryLimitIsReturnedButNotKept() throws {
        TerminalSetup.prepareLocale()
        let path = FileManager.default.temporaryDirectory.path + "/k8s-tutor-bounds-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = LineEditorTerminalTests.Terminal()
        let editor = terminal.editor(history: path)
        let long = "echo " + String(repeating: "x", count: HistoryFile.maximumEntryLength)
        #expect(terminal.read(editor, typing: "kubectl get pods\n") == .line("kubectl get pods"))
        #expect(terminal.read(editor, typing: long + "\n") == .line(long))
        #expect(editor.historyCount == 1)
        editor.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "_HiStOrY_V2_\nkubectl\\040get\\040pods\n")
    }
}
