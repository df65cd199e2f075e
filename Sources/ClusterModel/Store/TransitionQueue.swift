/// A binary min-heap of scheduled transitions, ordered by time and then by insertion order (deterministic).
///
/// The heap orders plain `(time, order, slot)` keys; the transitions themselves (which hold strings) stay put in
/// `slots` until popped, so sifting moves 24-byte trivial values and never retains or releases anything.
struct TransitionQueue: Sendable {
    struct Item: Sendable {
        var time: Timestamp
        var order: Int
        var transition: Transition
    }

    /// A heap entry: when, in which order, and where the transition is kept.
    private struct Key: Sendable {
        var time: Timestamp
        var order: Int
        var slot: Int

        func runs(before other: Key) -> Bool {
            time != other.time ? time < other.time : order < other.order
        }
    }

    private var heap: [Key] = []
    /// Scheduled transitions by slot; popped slots become nil and are reused through `freeSlots`.
    private var slots: [Transition?] = []
    private var freeSlots: [Int] = []
    private var counter = 0

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    var nextTime: Timestamp? { heap.first?.time }

    mutating func schedule(_ transition: Transition, at time: Timestamp) {
        counter += 1
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            slots[slot] = transition
        } else {
            slot = slots.count
            slots.append(transition)
        }
        heap.append(Key(time: time, order: counter, slot: slot))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].runs(before: heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func popFirst() -> Item? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let key = heap.removeLast()
        var parent = 0
        while true {
            let left = parent * 2 + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].runs(before: heap[smallest]) { smallest = left }
            if right < heap.count, heap[right].runs(before: heap[smallest]) { smallest = right }
            if smallest == parent { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        guard let transition = slots[key.slot].take() else { return nil }
        freeSlots.append(key.slot)
        return Item(time: key.time, order: key.order, transition: transition)
    }
}
