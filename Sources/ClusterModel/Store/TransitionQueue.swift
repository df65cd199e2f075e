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

    /// The distinct times that have a bucket, as a binary min-heap.
    private var times: [Timestamp] = []
    private var buckets: [Timestamp: Bucket] = [:]
    private var counter = 0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }
    var nextTime: Timestamp? { times.first }

    mutating func schedule(_ transition: Transition, at time: Timestamp) {
        counter += 1
        count += 1
        if let index = buckets.index(forKey: time) {
            buckets.values[index].transitions.append(transition)
            buckets.values[index].orders.append(counter)
            return
        }
        buckets[time] = Bucket(transitions: [transition], orders: [counter])
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
        guard let time = times.first, let index = buckets.index(forKey: time) else { return nil }
        let head = buckets.values[index].head
        let transition = buckets.values[index].transitions[head].take()
        let order = buckets.values[index].orders[head]
        buckets.values[index].head = head + 1
        count -= 1
        if head + 1 == buckets.values[index].transitions.count {
            buckets.remove(at: index)
            removeEarliestTime()
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
