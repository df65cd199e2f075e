import CEditLine
import Foundation
import Testing

@testable import LineEditor

/// Drives the real libedit editor over an in-process pseudo-terminal.
///
/// The keystrokes are queued on the terminal just before `readLine()` runs. The slave side is put
/// back in raw mode first (libedit leaves it in cooked mode between lines), because the kernel hands
/// bytes written to the master to the line discipline asynchronously: in cooked mode it would eat
/// control keys such as Ctrl-R (reprint) or Ctrl-W (erase word).
@Suite(.serialized) struct LineEditorTerminalTests {
    /// One pseudo-terminal pair and the C streams the editor uses on its slave side.
    final class Terminal {
        var master: Int32 = -1
        var slave: Int32 = -1
        let input: UnsafeMutablePointer<FILE>
        let output: UnsafeMutablePointer<FILE>

        init(columns: Int32 = 80) {
            _ = cel_openpty(&master, &slave, columns, 24)
            _ = cel_make_raw(slave)
            input = fdopen(slave, "r")
            output = fdopen(dup(slave), "w")
        }

        deinit {
            fclose(input)
            fclose(output)
            close(master)
        }

        /// Queues `keys` and reads one line.
        func read(_ editor: LineEditor, typing keys: String) -> ReadResult {
            type(keys)
            return editor.readLine()
        }

        func type(_ keys: String) {
            _ = cel_make_raw(slave)
            let bytes = Array(keys.utf8)
            _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }

        /// Everything the editor drew so far, with escape sequences removed.
        func screen() -> String {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while cel_poll_readable(master, 0) == 1 {
                let count = Glibc.read(master, &chunk, chunk.count)
                if count <= 0 { break }
                bytes += chunk[0..<count]
            }
            let text = String(decoding: bytes, as: UTF8.self)
            return text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
        }

        func editor(history: String? = nil, provider: (any CompletionProvider)? = nil) -> LineEditor {
            LineEditor(
                programName: "k8s-tutor-test", historyFile: history, completionProvider: provider,
                input: input, output: output, error: output, installSignalHandlers: false)
        }
    }

    /// Offers the words that start with the token before the cursor.
    struct WordProvider: CompletionProvider {
        let words: [String]
        func completions(for request: CompletionRequest) -> CompletionResult {
            let before = request.textBeforeCursor
            let start = before.lastIndex(of: " ").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0
            let token = before.dropFirst(start)
            return CompletionResult(replacingFrom: start, candidates: words.filter { $0.hasPrefix(token) }.map { Completion($0) })
        }
    }

    init() {
        TerminalSetup.prepareLocale()
    }

    func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("k8s-tutor-\(UUID().uuidString)").path
    }

    @Test func readsATypedLineAndShowsThePrompt() {
        let terminal = Terminal()
        let editor = terminal.editor()
        editor.prompt = Prompt.build([PromptSegment("k8s-tutor", style: PromptStyle(color: .green, bold: true)), PromptSegment("> ")], colors: true)
        #expect(terminal.read(editor, typing: "kubectl get pods\n") == .line("kubectl get pods"))
        let screen = terminal.screen()
        #expect(screen.contains("k8s-tutor> kubectl get pods"))
        editor.close()
    }

    @Test func aPromptWithSeveralColoredSegmentsIsDrawnWhole() {
        let terminal = Terminal()
        let editor = terminal.editor()
        editor.prompt = Prompt.build(
            [
                PromptSegment("k8s-tutor", style: PromptStyle(color: .green, bold: true)),
                PromptSegment(" 12:00:00", style: PromptStyle(color: .cyan)), PromptSegment("> "),
            ], colors: true)
        #expect(terminal.read(editor, typing: "x\n") == .line("x"))
        #expect(terminal.screen().contains("k8s-tutor 12:00:00> x"))
        editor.close()
    }

    @Test func controlDOnAnEmptyLineEndsInput() {
        let terminal = Terminal()
        let editor = terminal.editor()
        #expect(terminal.read(editor, typing: "\u{4}") == .endOfInput)
        let screen = terminal.screen()
        #expect(screen.hasPrefix("^D"))
        #expect(screen.utf8.last == UInt8(ascii: "\n"))  // we print the newline libedit leaves out
        editor.close()
        #expect(editor.readLine() == .endOfInput)
    }

    @Test func editingKeysWork() {
        let terminal = Terminal()
        let editor = terminal.editor()
        // Ctrl-A to the start, insert, Ctrl-E to the end, Backspace, Ctrl-W deletes a word.
        #expect(terminal.read(editor, typing: "get pods\u{1}kubectl \u{5}x\u{7F} extra\u{17}\n") == .line("kubectl get pods "))
        editor.close()
    }

    @Test func chineseInputRoundTrips() {
        let terminal = Terminal()
        let editor = terminal.editor()
        #expect(terminal.read(editor, typing: "kubectl get pod 你好世\u{7F}\n") == .line("kubectl get pod 你好"))
        editor.close()
    }

    @Test func tabCompletesAUniqueWordWithASpace() {
        let terminal = Terminal()
        let editor = terminal.editor(provider: WordProvider(words: ["endpoints", "endpointslices", "events"]))
        #expect(terminal.read(editor, typing: "kubectl get endpointsl\t-o wide\n") == .line("kubectl get endpointslices -o wide"))
        editor.close()
    }

    @Test func tabCompletesCJKCandidates() {
        let terminal = Terminal()
        let editor = terminal.editor(provider: WordProvider(words: ["你好世界"]))
        #expect(terminal.read(editor, typing: "get 你\t\n") == .line("get 你好世界 "))
        editor.close()
    }

    @Test func tabListsAmbiguousCandidatesAndRedrawsTheLine() {
        let terminal = Terminal()
        let editor = terminal.editor(provider: WordProvider(words: ["pods", "poddisruptionbudgets"]))
        editor.prompt = "$ "
        #expect(terminal.read(editor, typing: "kubectl get pod\ts\n") == .line("kubectl get pods"))
        let screen = terminal.screen()
        #expect(screen.contains("\npods" + String(repeating: " ", count: 18) + "poddisruptionbudgets"))
        // The prompt and the partial line are drawn again after the listing.
        #expect(screen.components(separatedBy: "$ kubectl get pod").count == 3)
        editor.close()
    }

    @Test func historyPersistsAcrossEditors() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let terminal = Terminal()
            let editor = terminal.editor(history: path)
            for line in ["kubectl get pods", "   ", "kubectl get pods", "kubectl get svc"] {
                #expect(terminal.read(editor, typing: line + "\n") == .line(line))
            }
            #expect(editor.historyCount == 2)  // blank line and consecutive duplicate not stored
            editor.close()
            editor.close()  // idempotent
        }
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved == "_HiStOrY_V2_\nkubectl\\040get\\040pods\nkubectl\\040get\\040svc\n")

        let terminal = Terminal()
        let editor = terminal.editor(history: path)
        // Ctrl-P twice walks back to the older line.
        #expect(terminal.read(editor, typing: "\u{10}\u{10}\n") == .line("kubectl get pods"))
        editor.close()
    }

    @Test func controlRSearchesHistory() {
        let terminal = Terminal()
        let editor = terminal.editor()
        _ = terminal.read(editor, typing: "kubectl describe pod web\n")
        _ = terminal.read(editor, typing: "kubectl get svc\n")
        // Ctrl-R, the search text, and Enter, which accepts the match and runs it.
        #expect(terminal.read(editor, typing: "\u{12}desc\n") == .line("kubectl describe pod web"))
        editor.close()
    }
}
