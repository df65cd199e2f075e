/// kubectl's `ShortHumanDuration`: a single unit (`45s`, `3m`, `5h`, `12d`, `2y`).
public enum ShortHumanDuration {
    /// Formats a duration given in milliseconds; `<invalid>`/`0s` as in ``HumanDuration``.
    public static func string(milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        if seconds < -1 { return "<invalid>" }
        if seconds < 0 { return "0s" }
        if seconds < 60 { return "\(seconds)s" }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes)m" }
        let hours = seconds / 3600
        if hours < 24 { return "\(hours)h" }
        if hours < 24 * 365 { return "\(hours / 24)d" }
        return "\(hours / 24 / 365)y"
    }
}
