import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A test-only hook that ends the process abruptly at the Nth step of a progress write.
///
/// When the environment variable `K8S_TUTOR_CRASH_AT` holds a positive number N, the Nth call of
/// ``reached(_:)`` in this process calls `_exit(86)` at once: no buffers are flushed, no handlers run,
/// exactly as if the process had been killed between two system calls. The crash-point tests run the
/// built binary once for every N and then prove that the files still load. Unset, it costs one load.
/// `K8S_TUTOR_TRAP_ON_REPLAY` makes replaying one saved line crash for real (``replaying(_:)``).
enum CrashPoint {
    /// The exit status of a simulated crash.
    static let exitStatus: Int32 = 86

    /// The step at which to stop, or 0 for never (read once).
    private static let target: Int = {
        guard let raw = getenv("K8S_TUTOR_CRASH_AT") else { return 0 }
        return Int(String(cString: raw)) ?? 0
    }()

    private static let counter = Counter()

    /// A saved line that traps (a real Swift crash, SIGILL) when a resume replays it: the value of the
    /// test-only variable `K8S_TUTOR_TRAP_ON_REPLAY`, or nil.
    static let replayTrapLine: String? = getenv("K8S_TUTOR_TRAP_ON_REPLAY").map { String(cString: $0) }

    /// Traps when `line` is ``replayTrapLine``.
    static func replaying(_ line: String) {
        if let trap = replayTrapLine, trap == line { fatalError("simulated crash replaying `\(line)`") }
    }

    /// Counts one step of a write; ends the process when it is the chosen one.
    /// - Parameter step: what is about to happen (shown on standard error when crashing, for test logs).
    static func reached(_ step: StaticString) {
        guard target > 0 else { return }
        if counter.next() == target {
            let text = "k8s-tutor: simulated crash at step \(target) (\(step))\n"
            _ = text.withCString { write(2, $0, strlen($0)) }
            _exit(exitStatus)
        }
    }

    /// A thread-safe step counter.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
