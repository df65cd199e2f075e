/// A CronJob's schedule as the controller reads it (`robfig/cron/v3`'s `ParseStandard`): five fields (minute, hour,
/// day of month, month, day of week) with lists, ranges, steps, `*`/`?` and month and day names, or a descriptor
/// (`@hourly`, `@daily`/`@midnight`, `@weekly`, `@monthly`, `@yearly`/`@annually`, `@every <duration>`); times are
/// UTC.
///
/// Hand-written: the API server's validation texts are robfig/cron's error messages, and no Swift package parses
/// cron expressions with them.
struct CronSchedule: Sendable, Equatable {
    /// Why an expression does not parse (robfig/cron's message).
    struct Problem: Error, Equatable {
        var message: String
    }

    var minutes: Set<Int>
    var hours: Set<Int>
    var days: Set<Int>
    var months: Set<Int>
    var weekdays: Set<Int>
    /// Whether the day-of-month or day-of-week field was `*`/`?`: with both restricted a day matches either.
    var daysStar: Bool
    var weekdaysStar: Bool
    /// `@every`: a fixed period in seconds instead of the fields.
    var every: Int?

    private static let monthNames = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12]
    private static let dayNames = ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6]

    /// Parses `expression` (a `TZ=`/`CRON_TZ=` prefix is accepted only for UTC).
    static func parse(_ expression: String) -> Result<CronSchedule, Problem> {
        var text = expression.trimmingSpaces
        if text.hasPrefix("TZ=") || text.hasPrefix("CRON_TZ=") {
            let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
            text = parts.count > 1 ? parts[1].trimmingSpaces : ""
        }
        if text.hasPrefix("@") { return descriptor(text) }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            return .failure(Problem(message: "expected exactly 5 fields, found \(fields.count): [\(fields.joined(separator: " "))]"))
        }
        do throws(Problem) {
            let minutes = try field(fields[0], 0, 59, names: [:])
            let hours = try field(fields[1], 0, 23, names: [:])
            let days = try field(fields[2], 1, 31, names: [:])
            let months = try field(fields[3], 1, 12, names: monthNames)
            let weekdays = try field(fields[4], 0, 6, names: dayNames)
            return .success(
                CronSchedule(
                    minutes: minutes.values, hours: hours.values, days: days.values, months: months.values, weekdays: weekdays.values,
                    daysStar: days.star, weekdaysStar: weekdays.star, every: nil))
        } catch {
            return .failure(error)
        }
    }

    private static func descriptor(_ text: String) -> Result<CronSchedule, Problem> {
        let all = { (low: Int, high: Int) in Set(low...high) }
        func at(minute: Int = 0, hour: Int = 0, days: Set<Int>? = nil, months: Set<Int>? = nil, weekdays: Set<Int>? = nil) -> CronSchedule {
            CronSchedule(
                minutes: [minute], hours: hour < 0 ? all(0, 23) : [hour], days: days ?? all(1, 31), months: months ?? all(1, 12),
                weekdays: weekdays ?? all(0, 6), daysStar: days == nil, weekdaysStar: weekdays == nil, every: nil)
        }
        switch text {
        case "@yearly", "@annually": return .success(at(days: [1], months: [1]))
        case "@monthly": return .success(at(days: [1]))
        case "@weekly": return .success(at(weekdays: [0]))
        case "@daily", "@midnight": return .success(at())
        case "@hourly": return .success(at(hour: -1))
        default:
            if text.hasPrefix("@every ") {
                let duration = String(text.dropFirst("@every ".count))
                guard let seconds = everySeconds(duration), seconds > 0 else {
                    return .failure(Problem(message: "failed to parse duration \(text): time: invalid duration \"\(duration)\""))
                }
                var schedule = at()
                schedule.every = max(1, Int(seconds))
                return .success(schedule)
            }
            return .failure(Problem(message: "unrecognized descriptor: \(text)"))
        }
    }

    /// A Go duration of hours, minutes and seconds (`1h30m`, `90s`), as `@every` takes it.
    private static func everySeconds(_ text: String) -> Int? {
        var total = 0
        var digits = ""
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard let value = Int(digits) else { return nil }
            switch character {
            case "h": total += value * 3600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
            digits = ""
            if total > 10 * 366 * 86_400 { return nil }
        }
        return digits.isEmpty && !text.isEmpty ? total : nil
    }

    /// One field: comma-separated ranges (`a`, `a-b`, `*`, `?`, each with an optional `/step`).
    private static func field(_ text: String, _ low: Int, _ high: Int, names: [String: Int]) throws(Problem) -> (values: Set<Int>, star: Bool) {
        var values = Set<Int>()
        var star = false
        for range in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let stepParts = range.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard stepParts.count <= 2 else { throw Problem(message: "too many slashes: \(range)") }
            var start: Int
            var end: Int
            let isStar = stepParts[0] == "*" || stepParts[0] == "?"
            if isStar {
                start = low
                end = high
                if stepParts.count == 1 { star = true }
            } else {
                let bounds = stepParts[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
                guard bounds.count <= 2 else { throw Problem(message: "too many hyphens: \(range)") }
                start = try number(bounds[0], names: names)
                end = bounds.count == 2 ? try number(bounds[1], names: names) : start
            }
            var step = 1
            if stepParts.count == 2 {
                step = try number(stepParts[1], names: [:])
                // `a/step` without a range means a through the maximum.
                if !isStar && !stepParts[0].contains("-") { end = high }
                if step <= 0 { throw Problem(message: "step of range should be a positive number: \(range)") }
            }
            if start < low { throw Problem(message: "beginning of range (\(start)) below minimum (\(low)): \(range)") }
            if end > high { throw Problem(message: "end of range (\(end)) above maximum (\(high)): \(range)") }
            if start > end { throw Problem(message: "beginning of range (\(start)) beyond end of range (\(end)): \(range)") }
            for value in stride(from: start, through: end, by: step) { values.insert(value) }
        }
        return (values, star)
    }

    private static func number(_ text: String, names: [String: Int]) throws(Problem) -> Int {
        if let named = names[text.lowercased()] { return named }
        guard let value = Int(text), value >= 0 else {
            throw Problem(message: "failed to parse int from \(text): strconv.Atoi: parsing \"\(text)\": invalid syntax")
        }
        return value
    }

    /// Whether a day matches: with both day fields restricted, either one; otherwise both (a `*` matches all).
    private func dayMatches(_ civil: CivilTime) -> Bool {
        let dayOfMonth = days.contains(civil.day)
        let dayOfWeek = weekdays.contains(civil.weekday)
        if daysStar || weekdaysStar { return dayOfMonth && dayOfWeek }
        return dayOfMonth || dayOfWeek
    }

    /// The first activation strictly after `time` (nil if none within five years).
    func next(after time: Timestamp) -> Timestamp? {
        if let every { return Timestamp(seconds: time.seconds + Int64(every)) }
        var seconds = (time.seconds / 60 + 1) * 60
        let limit = seconds + 5 * 366 * 86_400
        while seconds < limit {
            let civil = CivilTime(epochSeconds: seconds)
            if !months.contains(civil.month) || !dayMatches(civil) {
                seconds += Int64(86_400 - civil.hour * 3600 - civil.minute * 60)
                continue
            }
            if !hours.contains(civil.hour) {
                seconds += Int64(3600 - civil.minute * 60)
                continue
            }
            if !minutes.contains(civil.minute) {
                seconds += 60
                continue
            }
            return Timestamp(seconds: seconds)
        }
        return nil
    }
}
