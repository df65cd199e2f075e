import ClusterModel

/// Date formats the shell language prints.
enum DateText {
    /// The format of `date` in the C locale: `Sun Nov 29 14:05:00 UTC 2026`.
    static func unixDate(_ time: Timestamp) -> String {
        // rfc1123Z is "Sun, 29 Nov 2026 14:05:00 +0000"; rearrange its parts.
        let parts = time.rfc1123Z.split(separator: " ")
        guard parts.count == 6 else { return time.rfc3339 }
        let weekday = parts[0].dropLast()
        let day = parts[1].hasPrefix("0") ? " " + parts[1].dropFirst() : parts[1]
        return "\(weekday) \(parts[2]) \(day) \(parts[4]) UTC \(parts[3])"
    }
}
