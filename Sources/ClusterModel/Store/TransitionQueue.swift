/// The scheduled transitions, earliest first; transitions due at the same time run in the order they were scheduled.
///
/// Thousands of transitions often fall due at the same instant (every new pod's scheduling, every deleted pod's
/// stop signal), so the queue keeps one FIFO bucket per distinct time and a binary min-heap of those times only:
/// scheduling and popping are O(1) within a time, and the heap stays as small as the number of distinct times.
struct TransitionQueue: Sendable {
    struct Item: Sendable {
        var time: Timestamp
        var order: Int
        var transition: Transition
    }

    /// The transitions due at one time, in scheduling order; `head` is the next one to run.
    private struct Bucket: Sendable {
        var transitions: [Transition?] = []
        var orders: [Int] = []
        var head = 0
    }

    /// A time as a dictionary key, hashed without a `Hasher` (see `CarriesHash`).
    private struct TimeKey: CarriesHash, Sendable {
        var milliseconds: Int64

        var hashCode: UInt64 { UInt64(bitPattern: milliseconds) }
    }

    /// The distinct times that have a bucket, as a binary min-heap.
    private var times: [Timestamp] = []
    /// The bucket of the earliest time (`times.first`), kept out of `buckets`: popping never hashes, and neither does
    /// scheduling at the instant being run.
    private var front = Bucket()
    /// The buckets of the other times.
    private var buckets: [TimeKey: Bucket] = [:]
    private var counter = 0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }
    var nextTime: Timestamp? { times.first }

    mutating func schedule(_ transition: Transition, at time: Timestamp) {
        counter += 1
        count += 1
        if let first = times.first {
            if time == first {
                front.transitions.append(transition)
                front.orders.append(counter)
                return
            }
            if let index = buckets.index(forKey: TimeKey(milliseconds: time.milliseconds)) {
                buckets.values[index].transitions.append(transition)
                buckets.values[index].orders.append(counter)
                return
            }
        }
        let bucket = Bucket(transitions: [transition], orders: [counter])
        if let first = times.first, time < first {
            // A new earliest time: the current front goes back among the others.
            buckets[TimeKey(milliseconds: first.milliseconds)] = front
            front = bucket
        } else if times.isEmpty {
            front = bucket
        } else {
            buckets[TimeKey(milliseconds: time.milliseconds)] = bucket
        }
        times.append(time)
        var child = times.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard times[child] < times[parent] else { break }
            times.swapAt(child, parent)
            child = parent
        }
    }

    mutating func popFirst() -> Item? {
        guard let time = times.first else { return nil }
        let head = front.head
        let transition = front.transitions[head].take()
        let order = front.orders[head]
        front.head = head + 1
        count -= 1
        if head + 1 == front.transitions.count {
            removeEarliestTime()
            front = times.first.flatMap { buckets.removeValue(forKey: TimeKey(milliseconds: $0.milliseconds)) } ?? Bucket()
        }
        guard let transition else { return nil }
        return Item(time: time, order: order, transition: transition)
    }

    /// Removes the root of the times heap.
    private mutating func removeEarliestTime() {
        times.swapAt(0, times.count - 1)
        times.removeLast()
        var parent = 0
        while true {
            let left = parent * 2 + 1
            let right = left + 1
            var smallest = parent
            if left < times.count, times[left] < times[smallest] { smallest = left }
            if right < times.count, times[right] < times[smallest] { smallest = right }
            if smallest == parent { break }
            times.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
