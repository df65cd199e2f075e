import Foundation

/// Runs a program under a pseudo-terminal, types into it and reads what it draws.
///
/// The program runs under `script -qec <command> /dev/null` (util-linux), which gives it a real
/// controlling terminal: libedit edits, Ctrl-C raises SIGINT, and the exit status is passed back.
/// Waits poll the output with a timeout and return as soon as the text appears; nothing sleeps a
/// fixed time. The terminal echoes typed keys, so wait for text only the program prints.
///
///     let session = try PTYSession(executable: binary, arguments: ["play"],
///                                  environment: ["XDG_STATE_HOME": stateDirectory])
///     try session.waitFor("> ")
///     let mark = session.mark()
///     session.send("kubectl get pods", .enter)
///     let output = try session.waitFor("No resources found", after: mark)
///     session.send(.ctrlD)
///     #expect(try session.waitForExit() == 0)
final class PTYSession {
    /// Keys as a terminal sends them.
    enum Key: String {
        case enter = "\r"
        case tab = "\t"
        case backspace = "\u{7F}"
        case escape = "\u{1B}"
        case up = "\u{1B}[A"
        case down = "\u{1B}[B"
        case right = "\u{1B}[C"
        case left = "\u{1B}[D"
        case ctrlA = "\u{1}"
        case ctrlC = "\u{3}"
        case ctrlD = "\u{4}"
        case ctrlE = "\u{5}"
        case ctrlR = "\u{12}"
        case ctrlU = "\u{15}"
        case ctrlZ = "\u{1A}"
    }

    /// Why a wait failed; the description includes what was on screen.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The default time a wait may take before it fails.
    static let defaultTimeout: Duration = .seconds(15)

    private let process = Process()
    private let input: FileHandle
    private let outputDescriptor: Int32
    private let outputHandle: FileHandle
    private var raw: [UInt8] = []
    private var reachedEnd = false

    /// Starts `executable` with `arguments` on a `columns`×`rows` terminal.
    /// - Parameter environment: added to a small fixed base (PATH, HOME, TERM=xterm-256color,
    ///   LANG=C.UTF-8, SHELL=/bin/sh); the test's own environment is not inherited.
    init(
        executable: String, arguments: [String] = [], environment: [String: String] = [:],
        columns: Int = 80, rows: Int = 24
    ) throws {
        let current = ProcessInfo.processInfo.environment
        var fullEnvironment = [
            "PATH": current["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": current["HOME"] ?? "/tmp",
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "SHELL": "/bin/sh",
        ]
        fullEnvironment.merge(environment) { _, new in new }
        let command = "stty cols \(columns) rows \(rows) 2>/dev/null; exec "
            + ([executable] + arguments).map(Self.shellQuoted).joined(separator: " ")

        let stdinPipe = Pipe()
        let stdoutPipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = fullEnvironment
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stdoutPipe
        try process.run()
        input = stdinPipe.fileHandleForWriting
        outputHandle = stdoutPipe.fileHandleForReading
        outputDescriptor = outputHandle.fileDescriptor
        // Writes that do not fit the pipe wait while the output is read, so a long paste cannot deadlock
        // against a program whose output nobody reads.
        _ = fcntl(input.fileDescriptor, F_SETFL, fcntl(input.fileDescriptor, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Types text and keys, in order.
    func send(_ text: String, _ keys: Key...) {
        write(text)
        for key in keys { write(key.rawValue) }
    }

    /// Types keys, in order.
    func send(_ keys: Key...) {
        for key in keys { write(key.rawValue) }
    }

    /// A position in the output; pass it to ``waitFor(_:after:timeout:)`` to look only at what
    /// came later.
    func mark() -> Int {
        drain(waitingUpTo: 0)
        return raw.count
    }

    /// Everything received so far, escape sequences removed.
    var output: String {
        drain(waitingUpTo: 0)
        return ANSIText.strip(String(decoding: raw, as: UTF8.self))
    }

    /// Everything received after `mark`, escape sequences removed.
    func output(after mark: Int) -> String {
        drain(waitingUpTo: 0)
        return ANSIText.strip(String(decoding: raw[min(mark, raw.count)...], as: UTF8.self))
    }

    /// How long the output must stay quiet after a match before a wait returns. Keys typed the
    /// very instant a prompt appears were sometimes lost under script(1) (about one run in three;
    /// 100 ms of quiet made 8 of 8 runs pass). On a pseudo-terminal opened directly (Python's
    /// `pty.fork`, typing the moment `> ` arrives) 0 of 80 starts lost a key, so the loss belongs to
    /// script's start-up, not to the tutor's terminal handling.
    static let settleTime: Int32 = 100

    /// Waits until the output after `mark` contains `text` and then stays quiet for
    /// ``settleTime`` milliseconds; returns the output after `mark`.
    @discardableResult
    func waitFor(_ text: String, after mark: Int = 0, timeout: Duration = defaultTimeout) throws -> String {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            let seen = output(after: mark)
            if seen.contains(text) {
                var count = raw.count
                repeat {
                    count = raw.count
                    drain(waitingUpTo: Self.settleTime)
                } while raw.count != count && ContinuousClock.now < deadline
                return output(after: mark)
            }
            let left = ContinuousClock.now.duration(to: deadline)
            if left <= .zero || reachedEnd {
                throw Failure(description: "timed out waiting for \(text.debugDescription); output:\n\(seen)")
            }
            drain(waitingUpTo: Self.milliseconds(left))
        }
    }

    /// Closes the keyboard side and waits for the program to end; returns its exit status
    /// (128 + n when it died from signal n).
    func waitForExit(timeout: Duration = defaultTimeout) throws -> Int32 {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while !reachedEnd {
            let left = ContinuousClock.now.duration(to: deadline)
            if left <= .zero {
                process.terminate()
                throw Failure(description: "timed out waiting for exit; output:\n\(output)")
            }
            drain(waitingUpTo: Self.milliseconds(left))
        }
        try? input.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Sends a signal to `script`, which passes the hang-up or termination on to the program.
    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Resizes the program's terminal to `columns`×`rows`, as a terminal window does: the kernel sends
    /// SIGWINCH to the foreground process group (`stty -F` on the program's terminal, since `script`
    /// copies a size only from a terminal of its own).
    func resize(columns: Int, rows: Int) throws {
        guard let device = programTerminal() else {
            throw Failure(description: "the program's terminal was not found")
        }
        let stty = Process()
        stty.executableURL = URL(fileURLWithPath: "/bin/stty")
        stty.arguments = ["-F", device, "cols", String(columns), "rows", String(rows)]
        try stty.run()
        stty.waitUntilExit()
        guard stty.terminationStatus == 0 else { throw Failure(description: "stty -F \(device) failed") }
    }

    /// The terminal device of the program `script` runs (its child's standard input).
    private func programTerminal() -> String? {
        let pid = process.processIdentifier
        guard let children = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8),
            let child = children.split(separator: " ").first
        else { return nil }
        return try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/fd/0")
    }

    /// Writes all of `text`; while the pipe is full, reads the output so the program never blocks on it.
    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        let descriptor = input.fileDescriptor
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0 && (errno == EAGAIN || errno == EINTR) {
                drain(waitingUpTo: 5)
                if reachedEnd { return }
            } else {
                return
            }
        }
    }

    /// Reads what is available, waiting at most `milliseconds` for the first byte.
    private func drain(waitingUpTo milliseconds: Int32) {
        guard !reachedEnd else { return }
        var wait = milliseconds
        var descriptor = pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while poll(&descriptor, 1, wait) > 0 {
            let count = read(outputDescriptor, &chunk, chunk.count)
            if count <= 0 {
                reachedEnd = true
                return
            }
            raw += chunk[0..<count]
            wait = 0
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }

    /// Single-quotes a word for /bin/sh.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
