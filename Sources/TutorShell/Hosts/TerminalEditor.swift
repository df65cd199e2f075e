import ClusterModel
import Foundation
import Kubectl
import LineEditor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the user's own editor on a temporary file for `kubectl edit`, as kubectl's `editor.Editor` does
/// (`pkg/cmd/util/editor/editor.go`, `launcher_others.go`).
///
/// This is the one place where k8s-tutor starts a host program, and the program is the editor the user configured
/// (`$KUBE_EDITOR`, else `$EDITOR`, else `vi`), never text a lesson supplies. The file lives in a private directory
/// (mode 0700) under `$TMPDIR` or `/tmp`, and is created with mode 0600; the editor inherits the terminal, and the
/// terminal's mode is saved before and restored after it, as kubectl's `term.TTY.Safe` does.
struct TerminalEditor {
    /// The environment the editor is looked up in and runs with.
    var environment: [String: String]

    /// The name prefix of the private directories, which ``discard(_:)`` checks before removing anything.
    static let directoryPrefix = "k8s-tutor-edit-"

    /// `NewDefaultEditor(["KUBE_EDITOR", "EDITOR"])`: the first of the two that is set (else `vi`), as one program
    /// when it has no space, split at spaces when it has no quotes or backslashes, and otherwise run by `$SHELL -c`
    /// (`/bin/bash` when unset). `shell` tells whether the path must be appended to the last argument.
    static func command(environment: [String: String]) -> (arguments: [String], shell: Bool) {
        var editor = ""
        for name in ["KUBE_EDITOR", "EDITOR"] {
            editor = environment[name] ?? ""
            if !editor.isEmpty { break }
        }
        if editor.isEmpty { editor = "vi" }
        if !editor.contains(" ") { return ([editor], false) }
        if !editor.contains(where: { $0 == "\"" || $0 == "'" || $0 == "\\" }) {
            return (editor.split(separator: " ", omittingEmptySubsequences: false).map(String.init), false)
        }
        let shell = environment["SHELL"].flatMap { $0.isEmpty ? nil : $0 } ?? "/bin/bash"
        return ([shell, "-c", editor], true)
    }

    /// Writes `contents` to a new temporary file ending in `fileExtension`, runs the editor on it and waits for it;
    /// returns what the file then holds, or kubectl's message when the editor could not be started or failed.
    func edit(_ contents: String, fileExtension: String) -> EditorResult {
        let (arguments, shell) = Self.command(environment: environment)
        let name = arguments.joined(separator: " ")
        let path: String
        switch Self.createFile(contents, fileExtension: fileExtension, environment: environment) {
        case .success(let created): path = created
        case .failure(let error): return .failed(error.description)
        }
        var argv = arguments
        // `Editor.args`: the path after the arguments, or quoted (Go's %q) at the end of the shell's command.
        if shell { argv[argv.count - 1] += " " + GoQuote.quoted(path) } else { argv.append(path) }
        switch Self.run(argv, environment: environment) {
        case .notStarted:
            Self.discard(path)
            // exec.Command looks a bare name up in PATH (`ErrNotFound`); a path, or the shell, fails later.
            return .failed(
                !shell && !arguments[0].contains("/")
                    ? "unable to launch the editor \(GoQuote.quoted(name))" : "there was a problem with the editor \(GoQuote.quoted(name))")
        case .failed:
            Self.discard(path)
            return .failed("there was a problem with the editor \(GoQuote.quoted(name))")
        case .succeeded:
            guard let data = FileManager.default.contents(atPath: path) else {
                Self.discard(path)
                return .failed("open \(path): no such file or directory")
            }
            return .saved(contents: String(decoding: data, as: UTF8.self), path: path)
        }
    }

    /// Removes a file ``edit(_:fileExtension:)`` made, with its private directory and whatever the editor left
    /// there (a swap or backup file); other paths are left alone.
    static func discard(_ path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        guard (directory as NSString).lastPathComponent.hasPrefix(directoryPrefix) else { return }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// `os.TempDir()`: `$TMPDIR`, else `/tmp`.
    static func temporaryDirectory(_ environment: [String: String]) -> String {
        environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// Why the temporary file could not be made, as Go's `os.CreateTemp` reports it (`createtemp PATTERN: …`).
    private struct CreateError: Error, CustomStringConvertible {
        var description: String
        init(_ pattern: String, errno code: Int32) {
            var reason = String(cString: strerror(code))
            if let first = reason.first { reason = first.lowercased() + reason.dropFirst() }
            description = "createtemp \(pattern): \(reason)"
        }
    }

    /// A new private directory with `kubectl-edit-<random><extension>` in it, holding `contents`.
    private static func createFile(_ contents: String, fileExtension: String, environment: [String: String]) -> Result<String, CreateError> {
        let pattern = temporaryDirectory(environment) + "/kubectl-edit-*" + fileExtension
        var template = Array((temporaryDirectory(environment) + "/" + directoryPrefix + "XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
        guard made != nil else { return .failure(CreateError(pattern, errno: errno)) }
        let directory = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // os.CreateTemp's pattern: the random part is a decimal uint32.
        let path = directory + "/kubectl-edit-\(UInt32.random(in: .min ... .max))" + fileExtension
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            _ = rmdir(directory)
            return .failure(CreateError(pattern, errno: code))
        }
        defer { _ = close(descriptor) }
        var text = contents
        let complete = text.withUTF8 { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        guard complete else {
            let code = errno
            discard(path)
            return .failure(CreateError(pattern, errno: code))
        }
        return .success(path)
    }

    /// How the editor process ended.
    private enum Outcome {
        case notStarted, failed, succeeded
    }

    /// Starts `argv` with `posix_spawnp` on the inherited terminal (standard input, output and error), with default
    /// signal dispositions and an empty signal mask, waits for it, and restores the terminal's mode afterwards.
    private static func run(_ argv: [String], environment: [String: String]) -> Outcome {
        var saved = termios()
        let isTerminal = isatty(0) != 0 && tcgetattr(0, &saved) == 0
        defer { if isTerminal { _ = tcsetattr(0, TCSANOW, &saved) } }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGCHLD, SIGALRM, SIGUSR1, SIGUSR2] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let arguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var pid = pid_t()
        let started = posix_spawnp(&pid, argv[0], nil, &attributes, arguments, variables)
        guard started == 0 else { return .notStarted }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .failed }
        }
        // A Ctrl-C typed into the editor reached the shell too; it belongs to the editor.
        _ = InterruptFlag.consume()
        // WIFEXITED and WEXITSTATUS.
        let exitedNormally = status & 0x7f == 0
        return exitedNormally && (status >> 8) & 0xff == 0 ? .succeeded : .failed
    }
}
