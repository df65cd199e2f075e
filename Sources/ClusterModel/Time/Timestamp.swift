/// A point in virtual time, in milliseconds since the Unix epoch (UTC).
///
/// The simulated cluster never reads the wall clock: every `creationTimestamp`,
/// `deletionTimestamp` and event time is a `Timestamp` taken from the virtual clock.
/// API objects carry second precision, so `rfc3339` truncates the milliseconds.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64

    /// A timestamp `milliseconds` after the Unix epoch.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// A timestamp a whole number of seconds after the Unix epoch.
    public init(seconds: Int64) { self.milliseconds = seconds * 1000 }

    /// The whole seconds since the epoch, rounded down.
    public var seconds: Int64 { milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000 }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// The earliest time the API can show: 0001-01-01T00:00:00Z (Go's `metav1.Time` cannot write years before 1).
    public static let earliest = Timestamp(milliseconds: -62_135_596_800_000)
    /// The latest time the API can show: 9999-12-31T23:59:59.999Z (nor after 9999).
    public static let latest = Timestamp(milliseconds: 253_402_300_799_999)

    /// This time moved forward by `seconds` (fractions allowed), held within `earliest...latest`: a user's absurd
    /// grace period or probe delay means "never" instead of an arithmetic overflow.
    public func adding(seconds: Double) -> Timestamp {
        let delta = (seconds * 1000).rounded()
        guard delta.isFinite else { return delta.isNaN ? self : delta > 0 ? .latest : .earliest }
        let limit = Double(Timestamp.latest.milliseconds - Timestamp.earliest.milliseconds)
        return adding(milliseconds: Int64(min(max(delta, -limit), limit)))
    }

    /// This time moved forward by `milliseconds`, held within `earliest...latest`.
    public func adding(milliseconds delta: Int64) -> Timestamp {
        let (sum, overflow) = milliseconds.addingReportingOverflow(delta)
        if overflow { return delta > 0 ? .latest : .earliest }
        return Timestamp(milliseconds: min(max(sum, Timestamp.earliest.milliseconds), Timestamp.latest.milliseconds))
    }

    /// The signed distance `self - other` in seconds.
    public func seconds(since other: Timestamp) -> Double {
        (Double(milliseconds) - Double(other.milliseconds)) / 1000
    }

    /// RFC 3339 in UTC with second precision, as the API server writes it: `2026-11-29T14:05:00Z`.
    public var rfc3339: String {
        let civil = CivilTime(epochSeconds: seconds)
        return "\(pad(civil.year, 4))-\(pad(civil.month))-\(pad(civil.day))T\(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second))Z"
    }

    /// RFC 3339 with microseconds, as a `MicroTime` serializes: `2026-11-29T14:05:00.123000Z`.
    public var rfc3339Micro: String {
        let fraction = Int((milliseconds % 1000 + 1000) % 1000)
        return String(rfc3339.dropLast()) + "." + pad(fraction, 3) + "000Z"
    }

    /// RFC 1123 with a numeric zone, as `kubectl describe` prints times: `Sun, 29 Nov 2026 14:05:00 +0000`.
    public var rfc1123Z: String {
        let civil = CivilTime(epochSeconds: seconds)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekdays[civil.weekday]), \(pad(civil.day)) \(months[civil.month - 1]) \(civil.year) "
            + "\(pad(civil.hour)):\(pad(civil.minute)):\(pad(civil.second)) +0000"
    }

    public var description: String { rfc3339 }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (UTC only, as the API server emits).
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), bytes[4] == 45, let month = number(5..<7), bytes[7] == 45,
            let day = number(8..<10), bytes[10] == 84 || bytes[10] == 116, let hour = number(11..<13),
            bytes[13] == 58, let minute = number(14..<16), bytes[16] == 58, let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var millis = 0
        if bytes[19] == 46 {
            let digits = bytes[20..<(bytes.count - 1)]
            guard !digits.isEmpty, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            var scale = 100
            for digit in digits.prefix(3) {
                millis += Int(digit - 48) * scale
                scale /= 10
            }
        } else if bytes.count != 20 {
            return nil
        }
        let days = CivilTime.daysFromCivil(year: year, month: month, day: day)
        let total = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.milliseconds = total * 1000 + Int64(millis)
    }
}

private func pad(_ value: Int, _ width: Int = 2) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

/// A calendar breakdown of a UTC instant (proleptic Gregorian calendar).
struct CivilTime {
    var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int

    init(epochSeconds: Int64) {
        var days = Int(epochSeconds / 86_400)
        var rest = Int(epochSeconds % 86_400)
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        hour = rest / 3600
        minute = rest % 3600 / 60
        second = rest % 60
        weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (4)
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 for a civil date (Howard Hinnant's days_from_civil).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
