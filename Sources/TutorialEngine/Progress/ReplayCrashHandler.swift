#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells a replay that crashed apart from one that was killed: while installed, a crash signal (a Swift
/// trap is SIGILL or SIGTRAP; SIGSEGV, SIGBUS, SIGFPE, SIGABRT) marks the ``ReplayMarker`` as crashed
/// before the previous handler (Swift's backtracer, or the default action) ends the process.
///
/// kill -9, SIGHUP and SIGTERM leave the marker unmarked, and an unmarked marker only means "the last
/// resume was interrupted": its lines are replayed again, never set aside. The handler only calls
/// `pwrite` and `sigaction`, both async-signal-safe.
enum ReplayCrashHandler {
    /// The signals a crash raises.
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

    /// The marker's descriptor while installed, else -1; and the previous actions, one per signal.
    /// Allocated once, before any handler can run, and written only while no handler is installed.
    nonisolated(unsafe) private static let state: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        pointer.initialize(to: -1)
        return pointer
    }()
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 6)
        pointer.initialize(repeating: sigaction(), count: 6)
        return pointer
    }()

    /// Marks `descriptor` (at ``ReplayMarker/crashOffset``) when a crash signal arrives, until ``remove()``.
    static func install(descriptor: Int32) {
        _ = state
        _ = previous
        state.pointee = descriptor
        for (index, signal) in signals.enumerated() {
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = handler
            #else
                action.__sigaction_u.__sa_handler = handler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previous + index)
        }
    }

    /// Puts the previous handlers back.
    static func remove() {
        for (index, signal) in signals.enumerated() { sigaction(signal, previous + index, nil) }
        state.pointee = -1
    }

    /// Marks the crash, restores the previous action and returns: the faulting instruction runs again (or
    /// `abort` re-raises) and the previous action ends the process as it would have.
    private static let handler: @convention(c) (Int32) -> Void = { signal in
        let descriptor = ReplayCrashHandler.state.pointee
        if descriptor >= 0 {
            var mark = UInt8(ascii: "c")
            _ = pwrite(descriptor, &mark, 1, off_t(ReplayMarker.crashOffset))
        }
        if let index = ReplayCrashHandler.signals.firstIndex(of: signal) {
            sigaction(signal, ReplayCrashHandler.previous + index, nil)
        }
        if signal != SIGILL && signal != SIGTRAP && signal != SIGSEGV && signal != SIGBUS && signal != SIGFPE {
            raise(signal)
        }
    }
}
