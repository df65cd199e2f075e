import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Waits for a key press, Ctrl-C or a timeout while a blocking command runs.
///
/// The shell uses it to let virtual time follow the wall clock: wait a little, advance the
/// simulated cluster by the time that passed, repeat until the command is done or interrupted.
/// Outside `el_gets` the terminal is in cooked mode, so typed text becomes readable only after
/// Enter; it stays queued for the next prompt (nothing is consumed here).
public enum InputWait: Equatable, Sendable {
    /// Standard input became readable (type-ahead).
    case input
    /// Ctrl-C arrived (``InterruptFlag`` is raised and not consumed), or the process is
    /// being terminated and should return to its prompt loop.
    case interrupted
    /// The time passed with neither.
    case timeout

    /// Waits up to `milliseconds` (poll on file descriptor 0).
    /// - Parameter watchingInput: when false, only Ctrl-C ends the wait early, so pending
    ///   type-ahead does not turn the caller's loop into a busy loop.
    public static func wait(milliseconds: Int, watchingInput: Bool = true) -> InputWait {
        if SignalState.interruptPending || SignalState.terminationSignal != 0 { return .interrupted }
        let timeout = Int32(clamping: max(0, milliseconds))
        let result = watchingInput ? cel_poll_readable(0, timeout) : poll(nil, 0, timeout)
        if result > 0 { return .input }
        if result < 0 && errno == EINTR && (SignalState.interruptPending || SignalState.terminationSignal != 0) {
            return .interrupted
        }
        return .timeout
    }
}
