#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A test-only hook that ends the process abruptly at the Nth step of a history write.
///
/// When `K8S_TUTOR_HISTORY_CRASH_AT` holds a positive number N, the Nth call of ``reached(_:)`` in this
/// process calls `_exit(86)`: nothing is flushed, no handler runs, as if the process had been killed
/// between two system calls. The end-to-end tests use it to prove the history file survives every point.
enum HistoryCrashPoint {
    /// The exit status of a simulated crash.
    static let exitStatus: Int32 = 86

    private static let target: Int32 = {
        guard let raw = getenv("K8S_TUTOR_HISTORY_CRASH_AT") else { return 0 }
        return Int32(String(cString: raw)) ?? 0
    }()

    /// Steps counted so far; only the editor's thread writes history.
    nonisolated(unsafe) private static var count: Int32 = 0

    /// Counts one step; ends the process when it is the chosen one.
    static func reached(_ step: StaticString) {
        guard target > 0 else { return }
        count += 1
        guard count == target else { return }
        let text = "k8s-tutor: simulated crash at history step \(target) (\(step))\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        _exit(exitStatus)
    }
}
