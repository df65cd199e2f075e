/// Tells the shell whether the learner pressed Ctrl-C while a command was running.
///
/// ``LineEditor`` installs the handlers itself; in script mode call ``installHandlers()`` if Ctrl-C
/// should interrupt instead of killing the process. A long-running command polls ``consume()``
/// (or waits with ``InputWait/wait(milliseconds:watchingInput:)``, which returns early on Ctrl-C).
///
///     while !done {
///         if InterruptFlag.consume() { return .interrupted }
///         _ = InputWait.wait(milliseconds: 100)
///     }
public enum InterruptFlag {
    /// Installs the SIGINT (sets this flag), SIGTERM and SIGHUP (save history, exit) handlers. Idempotent.
    public static func installHandlers() {
        SignalState.install()
    }

    /// Returns whether Ctrl-C arrived since the last call, and clears it.
    public static func consume() -> Bool {
        SignalState.consumeInterrupt()
    }

    /// Whether Ctrl-C arrived and has not been consumed yet.
    public static var isRaised: Bool {
        SignalState.interruptPending
    }
}
