/// A binary min-heap of scheduled transitions, ordered by time and then by insertion order (deterministic).
struct TransitionQueue: Sendable {
    struct Item: Sendable {
        var time: Timestamp
        var order: Int
        var transition: Transition
    }

    private var heap: [Item] = []
    private var counter = 0

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    var nextTime: Timestamp? { heap.first?.time }

    private static func before(_ a: Item, _ b: Item) -> Bool {
        a.time != b.time ? a.time < b.time : a.order < b.order
    }

    mutating func schedule(_ transition: Transition, at time: Timestamp) {
        counter += 1
        heap.append(Item(time: time, order: counter, transition: transition))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if TransitionQueue.before(heap[child], heap[parent]) {
                heap.swapAt(child, parent)
                child = parent
            } else {
                break
            }
        }
    }

    mutating func popFirst() -> Item? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let item = heap.removeLast()
        var parent = 0
        while true {
            let left = parent * 2 + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, TransitionQueue.before(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, TransitionQueue.before(heap[right], heap[smallest]) { smallest = right }
            if smallest == parent { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return item
    }
}
