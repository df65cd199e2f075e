import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An interactive line editor on libedit's native API: emacs keys, Ctrl-R search, persistent
/// history, colored prompts and Tab completion through a ``CompletionProvider``.
///
/// Use it only when ``TerminalSetup/isInteractive`` is true, after
/// ``TerminalSetup/prepareLocale()``; use ``PlainLineReader`` otherwise. One instance, one thread,
/// one synchronous loop:
///
///     let editor = LineEditor(programName: "k8s-tutor",
///                             historyFile: HistoryLocation.default(environment: environment),
///                             completionProvider: completer)
///     defer { editor.close() }
///     loop: while true {
///         switch editor.readLine() {
///         case .line(let text): run(text)
///         case .interrupted: continue          // "^C" and a fresh prompt were already shown
///         case .endOfInput: break loop         // the newline after "^D" was already printed
///         }
///     }
///
/// History (at most 1000 entries, blank lines and consecutive duplicates skipped) is loaded at
/// start and written after every entered line, by ``saveHistory()`` and by ``close()``. SIGINT
/// interrupts the current line; SIGTERM and SIGHUP make the next return from `el_gets` save the
/// history, call ``onTermination`` and exit with status 128 + signal.
public final class LineEditor: LineReading {
    /// The prompt, possibly built by ``Prompt/build(_:colors:)`` with `\u{1}`-wrapped colors.
    public var prompt: String {
        didSet { storePrompt() }
    }
    /// Supplies Tab completions; without one, Tab beeps.
    public var completionProvider: (any CompletionProvider)?
    /// Called before the process exits because of SIGTERM or SIGHUP (history is already saved),
    /// so the shell can save its own state. Receives the signal number.
    public var onTermination: ((Int32) -> Void)?
    /// The history file, or nil for history kept only in memory.
    public let historyFile: String?
    /// The most entries the history holds.
    public static let historySize: Int32 = 1000

    private var editLine: OpaquePointer?
    private var history: OpaquePointer?
    private var promptBuffer: UnsafeMutablePointer<CChar>?
    private let output: UnsafeMutablePointer<FILE>
    private let outputDescriptor: Int32
    private let engine = CompletionEngine()

    /// Creates an editor on the process's standard input, output and error.
    /// - Parameters:
    ///   - programName: the name libedit uses for `~/.editrc` sections.
    ///   - historyFile: where history persists (see ``HistoryLocation``); nil keeps it in memory.
    ///   - completionProvider: answers Tab.
    public convenience init(programName: String, historyFile: String?, completionProvider: (any CompletionProvider)? = nil) {
        self.init(
            programName: programName, historyFile: historyFile, completionProvider: completionProvider,
            input: cel_stdin(), output: cel_stdout(), error: cel_stderr(), installSignalHandlers: true)
    }

    /// Creates an editor on the given streams (tests use a pseudo-terminal).
    init(
        programName: String, historyFile: String?, completionProvider: (any CompletionProvider)?,
        input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, error: UnsafeMutablePointer<FILE>,
        installSignalHandlers: Bool
    ) {
        self.prompt = ""
        self.historyFile = historyFile
        self.completionProvider = completionProvider
        self.output = output
        self.outputDescriptor = fileno(output)
        if installSignalHandlers { SignalState.install() }

        let history = history_init()
        self.history = history
        _ = cel_history_setsize(history, Self.historySize)
        _ = cel_history_setunique(history, 1)
        if let historyFile { _ = cel_history_load(history, historyFile) }  // a missing file is fine

        let editLine = el_init(programName, input, output, error)
        self.editLine = editLine
        storePrompt()
        guard let editLine else { return }
        _ = cel_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = cel_set_editor(editLine, "emacs")
        _ = cel_set_signal(editLine, 1)
        _ = cel_set_history(editLine, history)
        _ = cel_set_prompt_esc(editLine, { editLine in
            guard let editLine, let editor = LineEditor.instance(for: editLine) else { return nil }
            return editor.promptBuffer
        }, 1)
        _ = cel_add_function(editLine, "k8s-tutor-complete", "Complete the word at the cursor") { editLine, _ in
            guard let editLine, let editor = LineEditor.instance(for: editLine) else { return UInt8(CC_ERROR) }
            return editor.complete(editLine)
        }
        _ = cel_bind(editLine, "^I", "k8s-tutor-complete")
        _ = cel_bind(editLine, "^R", "em-inc-search-prev")
        _ = cel_bind(editLine, "^S", "em-inc-search-next")
        _ = cel_bind(editLine, "^W", "ed-delete-prev-word")
    }

    deinit {
        close()
    }

    /// The editor that registered `editLine` as its client data.
    private static func instance(for editLine: OpaquePointer) -> LineEditor? {
        guard let data = cel_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    public func readLine() -> ReadResult {
        guard let editLine else { return .endOfInput }
        terminateIfRequested()
        _ = SignalState.consumeInterrupt()
        var count: Int32 = 0
        let text = el_gets(editLine, &count)
        let savedErrno = errno
        terminateIfRequested()
        guard let text else {
            if count == -1 && savedErrno == EINTR {
                _ = SignalState.consumeInterrupt()
                write("^C\n")
                return .interrupted
            }
            write("\n")
            return .endOfInput
        }
        var line = String(cString: text)
        if line.hasSuffix("\n") { line.removeLast() }
        if line.hasSuffix("\r") { line.removeLast() }
        if line.contains(where: { !$0.isWhitespace }), let history {
            _ = cel_history_enter(history, line)
            saveHistory()
        }
        return .line(line)
    }

    /// Writes the history file now; returns false without a file or when writing failed.
    @discardableResult
    public func saveHistory() -> Bool {
        guard let history, let historyFile else { return false }
        return cel_history_save(history, historyFile) >= 0
    }

    /// Saves the history and releases libedit; idempotent, and later reads return `.endOfInput`.
    public func close() {
        if history != nil { saveHistory() }
        if let editLine {
            el_end(editLine)
            self.editLine = nil
        }
        if let history {
            history_end(history)
            self.history = nil
        }
        free(promptBuffer)
        promptBuffer = nil
    }

    /// The number of history entries held in memory.
    var historyCount: Int {
        history.map { Int(cel_history_length($0)) } ?? 0
    }

    private func storePrompt() {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
    }

    private func write(_ text: String) {
        _ = fputs(text, output)
        _ = fflush(output)
    }

    /// Saves history and exits when SIGTERM or SIGHUP arrived.
    private func terminateIfRequested() {
        let signal = SignalState.terminationSignal
        guard signal != 0 else { return }
        close()
        onTermination?(signal)
        SignalState.exitForTermination()
    }

    /// The Tab handler: asks the provider, lets the engine decide, applies the result.
    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let provider = completionProvider, let info = el_line(editLine)?.pointee else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let before = Self.text(from: info.buffer, to: info.cursor)
        let after = Self.text(from: info.cursor, to: info.lastchar)
        let request = CompletionRequest(line: before + after, cursor: before.count)
        let result = provider.completions(for: request)
        let columns = TerminalSetup.columns(fileDescriptor: outputDescriptor)
        switch engine.action(for: request, result: result, columns: columns) {
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let deleting, let text):
            // libedit counts deletions in wide characters (Unicode scalars), not graphemes.
            let removed = before.suffix(deleting)
            if !removed.isEmpty { el_deletestr(editLine, Int32(removed.unicodeScalars.count)) }
            if el_insertstr(editLine, text) != 0 { return UInt8(CC_REFRESH_BEEP) }
            return UInt8(CC_REFRESH)
        case .list(let listing):
            write("\n" + listing + "\n")
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Decodes the UTF-8 bytes between two pointers of libedit's line buffer.
    private static func text(from start: UnsafePointer<CChar>?, to end: UnsafePointer<CChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(start), count: end - start)
        return String(decoding: bytes, as: UTF8.self)
    }
}
