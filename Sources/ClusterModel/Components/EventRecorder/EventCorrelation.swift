/// What client-go's event recorder does with a controller's events before writing them (its `EventCorrelator`):
/// aggregation, counting and spam filtering, on the virtual clock.
///
/// * Aggregation: once one source has reported ten events about one object with the same type and reason but different
///   messages within ten minutes, the next ones are written as a single event, `(combined from similar events): <message>`,
///   whose count goes up with every further event.
/// * Spam filter: a source may write 25 events about one object at once, then one more every five minutes.
///
/// So a ReplicaSet that creates 250 pods shows nine `Created pod` events and one combined event, not 250 events.
struct EventCorrelation: Sendable {
    static let maxSimilarEvents = 10
    static let similarityWindowSeconds = 600.0
    static let burst = 25.0
    static let refillSeconds = 300.0

    /// A source (component) and the object its events are about: the spam filter's key.
    struct SourceKey: Hashable, Sendable {
        var component: String
        var kind: String
        var namespace: String
        var name: String
        var uid: String
        var apiVersion: String
    }

    /// Events that differ only in their message: the aggregation key.
    struct GroupKey: Hashable, Sendable {
        var source: SourceKey
        var type: String
        var reason: String
    }

    /// The recent distinct messages of one aggregation group, oldest first, each with its hash (a ReplicaSet reports
    /// thousands of `Created pod` messages at once; comparing hashes first spares most string comparisons). A
    /// group's messages share a prefix, so only the part after it is kept.
    struct Group: Sendable {
        var messages: [(hash: UInt64, text: String)] = []
        var lastSeen: Timestamp

        /// Notes one more event; returns whether it is written as the combined event.
        mutating func add(_ message: String, now: Timestamp) -> Bool {
            if now.seconds(since: lastSeen) > EventCorrelation.similarityWindowSeconds { messages = [] }
            lastSeen = now
            let hash = ObjectKey.fnv1a(message, 0xcbf2_9ce4_8422_2325)
            if !messages.contains(where: { $0.hash == hash && $0.text == message }) { messages.append((hash, message)) }
            guard messages.count >= EventCorrelation.maxSimilarEvents else { return false }
            messages.removeFirst()
            return true
        }
    }

    /// The combined event of a group: where it is in the event log, and the count the recorder has observed for it
    /// (including occurrences the spam filter dropped).
    struct Observation: Sendable {
        var position: Int
        var count: Int
    }

    /// A token bucket of the spam filter.
    struct Bucket: Sendable {
        var tokens: Double
        var updated: Timestamp

        /// Refills for the time passed since the last use.
        mutating func refill(now: Timestamp) {
            tokens = min(EventCorrelation.burst, tokens + now.seconds(since: updated) / EventCorrelation.refillSeconds)
            updated = now
        }

        /// Takes a token when there is one.
        mutating func take() -> Bool {
            guard tokens >= 1 else { return false }
            tokens -= 1
            return true
        }
    }

    var groups: [GroupKey: Group] = [:]
    var observations: [GroupKey: Observation] = [:]
    var buckets: [SourceKey: Bucket] = [:]
}
