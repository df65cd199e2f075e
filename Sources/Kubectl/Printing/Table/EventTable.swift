import ClusterModel

/// The core/v1 Event table: `LAST SEEN TYPE REASON OBJECT MESSAGE`; wide interleaves
/// `SUBOBJECT SOURCE` before MESSAGE and appends `FIRST SEEN COUNT NAME` (server `printEvent`).
enum EventTable {
    static let definition = TableDefinition(
        columns: ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"],
        wideColumns: ["LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE", "FIRST SEEN", "COUNT", "NAME"],
        nameColumn: { wide in wide ? 9 : nil }
    ) { event, now, wide in
        let times = EventTable.times(event, now: now)
        let kind = event.text("involvedObject.kind").lowercased()
        let name = event.text("involvedObject.name")
        let target = name.isEmpty ? kind : "\(kind)/\(name)"
        let message = event.text("message").trimmingWhitespace()
        if wide {
            return [
                times.last, event.text("type"), event.text("reason"), target, event.text("involvedObject.fieldPath"), source(event),
                message, times.first, String(times.count), event.objectName,
            ]
        }
        return [times.last, event.text("type"), event.text("reason"), target, message]
    }

    /// First seen, last seen (humanized) and the count, as `printEvent` and `DescribeEvents` compute them.
    static func times(_ event: JSONValue, now: Timestamp) -> (first: String, last: String, count: Int) {
        var first = HumanDuration.since(rfc3339: event["firstTimestamp"].string, now: now)
        if event["firstTimestamp"].string == nil { first = HumanDuration.since(rfc3339: event["eventTime"].string, now: now) }
        var last = event["lastTimestamp"].string == nil ? first : HumanDuration.since(rfc3339: event["lastTimestamp"].string, now: now)
        var count = event.number("count")
        if !event["series"].isNull {
            last = HumanDuration.since(rfc3339: event["series"]["lastObservedTime"].string, now: now)
            count = event.number("series.count")
        } else if count == 0 {
            count = 1
        }
        return (first, last, count)
    }

    /// `formatEventSource`: component (or reportingController), then `, host` (or reportingInstance) when set.
    static func source(_ event: JSONValue) -> String {
        let component = event.text("source.component").isEmpty ? event.text("reportingComponent") : event.text("source.component")
        let host = event.text("source.host").isEmpty ? event.text("reportingInstance") : event.text("source.host")
        return host.isEmpty ? component : "\(component), \(host)"
    }
}

extension String {
    /// The string without leading and trailing ASCII/Unicode whitespace (Go `strings.TrimSpace`).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}
