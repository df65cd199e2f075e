import ClusterModel

/// A klog line as kubectl writes it to standard error for errors raised before a command runs
/// (`E1128 12:00:00.000000    4242 run.go:72] …`), on the virtual clock and with the simulated process id.
enum Klog {
    /// The process id the simulated kubectl reports.
    static let processID = 4242

    /// An error-severity line (no trailing newline).
    static func error(_ location: String, _ message: String, at time: Timestamp) -> String {
        // `rfc3339` is `2026-11-28T12:00:00Z`: klog writes MMDD and the time with microseconds.
        let text = Array(time.rfc3339)
        let month = String(text[5..<7]), day = String(text[8..<10]), clock = String(text[11..<19])
        let micros = String(Int(((time.milliseconds % 1000) + 1000) % 1000) * 1000)
        let fraction = String(repeating: "0", count: 6 - micros.count) + micros
        let pid = String(processID)
        return "E\(month)\(day) \(clock).\(fraction) " + String(repeating: " ", count: max(0, 7 - pid.count)) + pid + " \(location)] " + message
    }
}
