import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one piece of process-global state in LineEditor: a flag word shared with signal handlers.
///
/// Signal handlers cannot reach an editor instance safely, so they only set bits in this word,
/// with lock-free C atomics (async-signal-safe). Bit 0 means "SIGINT arrived and nobody consumed
/// it yet", bit 1 "handlers installed", bit 2 "the terminal was resized", bit 3 "a file is being
/// written"; bits 8 and up hold the number of a pending termination signal (SIGTERM or SIGHUP).
///
/// SIGTERM and SIGHUP are always ours, never libedit's: libedit's handler re-sends a signal to the whole
/// process group with `kill(0, …)` (which also ends the shell of a tmux pane, and sends us the signal a
/// second time). The readers check the word after every interrupted wait; ``LineEditor`` then saves its
/// history and exits with status 128 + signal. A second termination signal while one is pending exits at
/// once with `_exit` (so a signal landing just before a blocking `read` cannot hang us) — except while a
/// file is being written (``writingFile(_:)``), which is then finished first.
enum SignalState {
    /// The flag word. Allocated once and never freed; written only through the C atomics.
    nonisolated(unsafe) static let word: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    static let interruptBit: Int32 = 1
    static let installedBit: Int32 = 2
    static let resizeBit: Int32 = 4
    static let writingBit: Int32 = 8
    static let terminationShift: Int32 = 8

    static var interruptPending: Bool { cel_atomic_load(word) & interruptBit != 0 }

    /// Whether handlers were installed (only then does the editor manage SIGHUP/SIGTERM while reading).
    static var isInstalled: Bool { cel_atomic_load(word) & installedBit != 0 }

    /// Clears the interrupt bit, returning whether it was set.
    static func consumeInterrupt() -> Bool {
        cel_atomic_fetch_and(word, ~interruptBit) & interruptBit != 0
    }

    /// Clears the resize bit, returning whether it was set.
    static func consumeResize() -> Bool {
        cel_atomic_fetch_and(word, ~resizeBit) & resizeBit != 0
    }

    /// The pending termination signal, or 0.
    static var terminationSignal: Int32 { cel_atomic_load(word) >> terminationShift }

    /// Exits with 128 + the pending termination signal (the shell convention for "killed by").
    static func exitForTermination() -> Never {
        exit(128 + terminationSignal)
    }

    /// Runs `body` with a second termination signal deferred instead of ending the process at once.
    static func writingFile<T>(_ body: () -> T) -> T {
        let wasWriting = cel_atomic_fetch_or(word, writingBit) & writingBit != 0
        defer { if !wasWriting { _ = cel_atomic_fetch_and(word, ~writingBit) } }
        return body()
    }

    /// The SIGTERM and SIGHUP handler: records the signal; a second one ends the process unless a file is
    /// being written.
    static let terminationHandler: cel_signal_fn = { signal in
        let previous = cel_atomic_fetch_or(SignalState.word, signal << SignalState.terminationShift)
        if previous >> SignalState.terminationShift != 0 && previous & SignalState.writingBit == 0 {
            _exit(128 + signal)
        }
    }

    /// The SIGWINCH handler used while the editor waits for a key.
    static let resizeHandler: cel_signal_fn = { _ in
        _ = cel_atomic_fetch_or(SignalState.word, SignalState.resizeBit)
    }

    /// Installs the SIGINT, SIGTERM and SIGHUP handlers once (sa_flags 0: no SA_RESTART).
    static func install() {
        // Touch the word before any handler can run, so its lazy initialisation never happens
        // inside a signal handler.
        if cel_atomic_fetch_or(word, installedBit) & installedBit != 0 { return }
        _ = terminationHandler
        _ = resizeHandler
        _ = cel_install_handler(SIGINT) { _ in
            _ = cel_atomic_fetch_or(SignalState.word, SignalState.interruptBit)
        }
        installTerminationHandlers()
    }

    /// (Re)installs the SIGTERM and SIGHUP handlers, taking them back from libedit during `el_gets`.
    static func installTerminationHandlers() {
        _ = cel_install_masked_handler(SIGTERM, terminationHandler)
        _ = cel_install_masked_handler(SIGHUP, terminationHandler)
    }
}
