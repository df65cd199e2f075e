import ClusterModel

/// kubectl's `HumanDuration` (apimachinery `pkg/util/duration`): the two-unit age used by AGE columns,
/// RESTARTS "ago", events and `describe`.
///
/// `119s`, `2m`, `4m1s`, `10m`, `179m`, `3h5m`, `7h`, `47h`, `2d`, `3d4h`, `400d`, `2y3d`, `9y`; a duration more
/// than one second negative is `<invalid>`, up to one second negative is `0s` (clock-skew tolerance).
public enum HumanDuration {
    /// Formats a duration given in milliseconds.
    public static func string(milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000  // truncation toward zero, like int(d.Seconds())
        if seconds < -1 { return "<invalid>" }
        if seconds < 0 { return "0s" }
        if seconds < 120 { return "\(seconds)s" }
        let minutes = seconds / 60
        if minutes < 10 {
            let rest = seconds % 60
            return rest == 0 ? "\(minutes)m" : "\(minutes)m\(rest)s"
        }
        if minutes < 180 { return "\(minutes)m" }
        let hours = seconds / 3600
        if hours < 8 {
            let rest = minutes % 60
            return rest == 0 ? "\(hours)h" : "\(hours)h\(rest)m"
        }
        if hours < 48 { return "\(hours)h" }
        if hours < 24 * 8 {
            let rest = hours % 24
            return rest == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(rest)h"
        }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let days = (hours / 24) % 365
            return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
        }
        return "\(hours / 24 / 365)y"
    }

    /// Formats `now − time`, as kubectl's `translateTimestampSince`.
    public static func since(_ time: Timestamp, now: Timestamp) -> String {
        string(milliseconds: now.milliseconds - time.milliseconds)
    }

    /// Formats `now − timestamp` for an RFC 3339 string; a missing or unparsable timestamp is `<unknown>`,
    /// as kubectl prints a zero time.
    public static func since(rfc3339 text: String?, now: Timestamp) -> String {
        guard let text, let time = Timestamp(rfc3339: text) else { return "<unknown>" }
        return since(time, now: now)
    }
}
