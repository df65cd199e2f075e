#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The monotonic wall clock: the one place the tutor reads real time.
///
/// Only the interactive shell uses it, to let virtual time follow real time; script mode and tests never do.
struct WallClock: Sendable {
    /// Seconds on the monotonic clock.
    func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
