/// The scheduled transitions, earliest first; transitions due at the same time run in the order they were scheduled.
///
/// Thousands of transitions often fall due at the same instant (every new pod's scheduling, every deleted pod's
/// stop signal), so the queue keeps one FIFO bucket per distinct time and a binary min-heap of those times only:
/// scheduling and popping are O(1) within a time, and the heap stays as small as the number of distinct times.
struct TransitionQueue: Sendable {
    struct Item: Sendable {
        var time: Timestamp
        var transition: Transition
    }

    /// The transitions due at one time, in scheduling order, in chunks: a bucket of thousands (every pod of a
    /// collection delete) grows without copying what it already holds, and chunks that have run are freed.
    private struct Bucket: Sendable {
        static let chunkSize = 512
        private var chunks: [[Transition?]] = []
        /// The position of the next transition to run.
        private var head = 0
        private(set) var count = 0
        var isExhausted: Bool { head == count }

        init(_ transition: Transition) { append(transition) }
        init() {}

        mutating func append(_ transition: Transition) {
            if count % Bucket.chunkSize == 0 {
                var chunk: [Transition?] = []
                // The first chunk grows as needed (most buckets hold a handful); later ones are known to fill up.
                if count > 0 { chunk.reserveCapacity(Bucket.chunkSize) }
                chunks.append(chunk)
            }
            chunks[chunks.count - 1].append(transition)
            count += 1
        }

        /// Takes the next transition (the bucket must not be exhausted).
        mutating func takeNext() -> Transition? {
            let (chunk, index) = head.quotientAndRemainder(dividingBy: Bucket.chunkSize)
            head += 1
            let transition = chunks[chunk][index].take()
            if index == Bucket.chunkSize - 1 { chunks[chunk] = [] }
            return transition
        }
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
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }
    var nextTime: Timestamp? { times.first }

    mutating func schedule(_ transition: Transition, at time: Timestamp) {
        count += 1
        if let first = times.first {
            if time == first {
                front.append(transition)
                return
            }
            if let index = buckets.index(forKey: TimeKey(milliseconds: time.milliseconds)) {
                buckets.values[index].append(transition)
                return
            }
        }
        let bucket = Bucket(transition)
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
        let transition = front.takeNext()
        count -= 1
        if front.isExhausted {
            removeEarliestTime()
            front = times.first.flatMap { buckets.removeValue(forKey: TimeKey(milliseconds: $0.milliseconds)) } ?? Bucket()
        }
        guard let transition else { return nil }
        return Item(time: time, transition: transition)
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
