/// client-go's `flowcontrol.Backoff` as the kubelet uses it for crash loops and image pulls: per key, a delay that
/// starts at `initial`, doubles on each `next` up to `maximum`, and starts over once nothing happened for twice the
/// maximum (the kubelet's `HasExpiredFunc`: 600 s for both, `pkg/kubelet/kubelet.go`). No jitter, as configured.
struct BackOff: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var delay: Double
        var lastUpdate: Timestamp
    }

    /// 10 s (`initialCrashLoopBackOff`, `imageBackOffPeriod`).
    var initial = 10.0
    /// 300 s (`MaxContainerBackOff`, `MaxImageBackOff`).
    var maximum = 300.0
    private var entries: [String: Entry] = [:]

    /// The entry of `key`, if one is kept.
    func entry(_ key: String) -> Entry? { entries[key] }

    private func expired(_ entry: Entry, at time: Timestamp) -> Bool { time.seconds(since: entry.lastUpdate) > 2 * maximum }

    /// `Next`: records a new attempt at `now` and returns the delay now in force.
    @discardableResult
    mutating func next(_ key: String, now: Timestamp) -> Double {
        if let entry = entries[key], !expired(entry, at: now) {
            let delay = min(entry.delay * 2, maximum)
            entries[key] = Entry(delay: delay, lastUpdate: now)
            return delay
        }
        entries[key] = Entry(delay: initial, lastUpdate: now)
        return initial
    }

    /// `IsInBackOffSince`: whether `now` is within the delay counted from `eventTime` (a container's finish).
    func isInBackOff(_ key: String, since eventTime: Timestamp, now: Timestamp) -> Bool {
        guard let entry = entries[key], !expired(entry, at: eventTime) else { return false }
        return now.seconds(since: eventTime) < entry.delay
    }

    /// `IsInBackOffSinceUpdate`: whether `now` is within the delay counted from the last attempt (image pulls).
    func isInBackOffSinceUpdate(_ key: String, now: Timestamp) -> Bool {
        guard let entry = entries[key], !expired(entry, at: now) else { return false }
        return now.seconds(since: entry.lastUpdate) < entry.delay
    }

    /// Forgets `key` (the pod is gone).
    mutating func remove(prefix: String) {
        entries = entries.filter { !$0.key.hasPrefix(prefix) }
    }

    /// Whether any entry is kept.
    var isEmpty: Bool { entries.isEmpty }
}

extension Double {
    /// A delay as Go's `time.Duration` prints whole seconds: `10s`, `1m20s`, `5m0s`.
    var goDuration: String {
        let seconds = Int(self.rounded())
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m\(seconds % 60)s" }
        return "\(seconds / 3600)h\(seconds % 3600 / 60)m\(seconds % 60)s"
    }
}
