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
/// it yet", bit 1 "handlers installed"; bits 8 and up hold the number of a pending termination signal (SIGTERM or SIGHUP).
/// The readers check the word after every interrupted system call; ``LineEditor`` then saves its
/// history and exits with status 128 + signal. A second termination signal while one is pending
/// exits at once with `_exit`, so a signal landing just before a blocking `read` cannot hang us.
enum SignalState {
    /// The flag word. Allocated once and never freed; written only through the C atomics.
    nonisolated(unsafe) static let word: UnsafeMutablePointer<Int32> = {
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    static let interruptBit: Int32 = 1
    static let installedBit: Int32 = 2
    static let terminationShift: Int32 = 8

    static var interruptPending: Bool { cel_atomic_load(word) & interruptBit != 0 }

    /// Clears the interrupt bit, returning whether it was set.
    static func consumeInterrupt() -> Bool {
        cel_atomic_fetch_and(word, ~interruptBit) & interruptBit != 0
    }

    /// The pending termination signal, or 0.
    static var terminationSignal: Int32 { cel_atomic_load(word) >> terminationShift }

    /// Exits with 128 + the pending termination signal (the shell convention for "killed by").
    static func exitForTermination() -> Never {
        exit(128 + terminationSignal)
    }

    /// Installs the SIGINT, SIGTERM and SIGHUP handlers once (sa_flags 0: no SA_RESTART).
    static func install() {
        // Touch the word before any handler can run, so its lazy initialisation never happens
        // inside a signal handler.
        if cel_atomic_fetch_or(word, installedBit) & installedBit != 0 { return }
        _ = cel_install_handler(SIGINT) { _ in
            _ = cel_atomic_fetch_or(SignalState.word, SignalState.interruptBit)
        }
        let termination: cel_signal_fn = { signal in
            let previous = cel_atomic_fetch_or(SignalState.word, signal << SignalState.terminationShift)
            if previous >> SignalState.terminationShift != 0 { _exit(128 + signal) }
        }
        _ = cel_install_handler(SIGTERM, termination)
        _ = cel_install_handler(SIGHUP, termination)
    }
}
