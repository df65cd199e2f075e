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
/// History (at most 1000 entries, blank lines, consecutive duplicates and lines over 8 KiB skipped) is
/// loaded at start and written atomically and durably (``HistoryFile``) after every entered line, by
/// ``saveHistory()`` and by ``close()``. SIGINT interrupts the current line; SIGTERM and SIGHUP — also
/// while waiting for a key, where the editor reads keys itself instead of letting libedit re-send the
/// signal to the process group — make the editor save the history, call ``onTermination`` and exit with
/// status 128 + signal.
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
    private let inputDescriptor: Int32
    /// Whether this editor installed the process's signal handlers (and so manages SIGHUP/SIGTERM).
    private let managesSignals: Bool
    /// Bytes of a UTF-8 sequence read so far by ``readCharacter(_:into:)``.
    private var pendingBytes: [UInt8] = []
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
        self.inputDescriptor = fileno(input)
        self.managesSignals = installSignalHandlers
        if installSignalHandlers { SignalState.install() }

        let history = history_init()
        self.history = history
        _ = cel_history_setsize(history, Self.historySize)
        _ = cel_history_setunique(history, 1)
        if let historyFile, let history { HistoryFile(path: historyFile).load(into: history) }

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
        _ = cel_set_getc(editLine) { editLine, character in
            guard let editLine, let character, let editor = LineEditor.instance(for: editLine) else {
                errno = EIO
                return -1
            }
            return editor.readCharacter(editLine, into: character)
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
        // SIGHUP and SIGTERM stay blocked except while readCharacter waits, so none is lost between its
        // check of the flags and the wait, and none reaches libedit's handler.
        if managesSignals { _ = cel_block_termination() }
        let text = el_gets(editLine, &count)
        let savedErrno = errno
        if managesSignals { _ = cel_unblock_termination() }
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
        if line.contains(where: { !$0.isWhitespace }), line.utf8.count <= HistoryFile.maximumEntryLength, let history {
            _ = cel_history_enter(history, line)
            saveHistory()
        }
        return .line(line)
    }

    /// Writes the history file now; returns false without a file or when writing failed.
    @discardableResult
    public func saveHistory() -> Bool {
        guard let history, let historyFile else { return false }
        return HistoryFile(path: historyFile).save(history)
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

    /// libedit's character reader (EL_GETCFN): waits for a byte with the termination signals unblocked,
    /// returns -1 with EINTR when Ctrl-C or SIGHUP/SIGTERM arrived (el_gets then returns), follows terminal
    /// resizes, and decodes UTF-8 (an invalid sequence becomes U+FFFD).
    private func readCharacter(_ editLine: OpaquePointer, into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        if managesSignals {
            // libedit installed its handlers when el_gets started; SIGHUP, SIGTERM and SIGWINCH are ours.
            SignalState.installTerminationHandlers()
            _ = cel_install_handler(SIGWINCH, SignalState.resizeHandler)
        }
        while true {
            if SignalState.terminationSignal != 0 || SignalState.interruptPending {
                pendingBytes = []
                errno = EINTR
                return -1
            }
            if SignalState.consumeResize() {
                el_resize(editLine)
                _ = cel_refresh(editLine)
            }
            let ready = managesSignals ? cel_wait_readable(inputDescriptor) : cel_poll_readable(inputDescriptor, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return -1
            }
            var byte: UInt8 = 0
            let count = read(inputDescriptor, &byte, 1)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            if count == 0 {
                pendingBytes = []
                return 0
            }
            pendingBytes.append(byte)
            if let scalar = Self.decode(&pendingBytes) {
                character.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            }
        }
    }

    /// Takes one scalar from the front of `bytes` when they hold a complete UTF-8 sequence (U+FFFD for an
    /// invalid one); nil while more bytes are needed.
    static func decode(_ bytes: inout [UInt8]) -> Unicode.Scalar? {
        guard let lead = bytes.first else { return nil }
        let length: Int
        switch lead {
        case 0x00...0x7F: length = 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default:
            bytes.removeFirst()
            return "\u{FFFD}"
        }
        if let bad = bytes.dropFirst().firstIndex(where: { $0 & 0xC0 != 0x80 }) {
            bytes.removeFirst(bad)
            return "\u{FFFD}"
        }
        guard bytes.count >= length else { return nil }
        var value = UInt32(lead) & (length == 1 ? 0x7F : UInt32(0xFF) >> (length + 1))
        for continuation in bytes[1..<length] { value = value << 6 | UInt32(continuation & 0x3F) }
        bytes.removeFirst(length)
        let minimum: UInt32 = [0, 0, 0x80, 0x800, 0x10000][length]
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
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
