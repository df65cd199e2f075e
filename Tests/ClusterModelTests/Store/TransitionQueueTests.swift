import Testing

@testable import ClusterModel

@Suite struct TransitionQueueTests {
    static func transition(_ name: String) -> Transition { .schedule(ObjectKey(namespace: "default", name: name), uid: name) }

    static func name(_ item: TransitionQueue.Item?) -> String? {
        guard case .schedule(let key, _)? = item?.transition else { return nil }
        return key.name
    }

    @Test func runsByTimeThenInSchedulingOrder() {
        var queue = TransitionQueue()
        let t0 = Timestamp(milliseconds: 1000)
        let t1 = Timestamp(milliseconds: 2000)
        queue.schedule(Self.transition("late-1"), at: t1)
        queue.schedule(Self.transition("early-1"), at: t0)
        queue.schedule(Self.transition("late-2"), at: t1)
        queue.schedule(Self.transition("early-2"), at: t0)
        #expect(queue.count == 4)
        #expect(queue.nextTime == t0)
        var names: [String] = []
        while let item = queue.popFirst() { names.append(Self.name(item) ?? "?") }
        #expect(names == ["early-1", "early-2", "late-1", "late-2"])
        #expect(queue.isEmpty && queue.nextTime == nil)
    }

    @Test func transitionsScheduledWhileRunningAnInstantRunAfterTheOnesAlreadyDue() {
        var queue = TransitionQueue()
        let t0 = Timestamp(milliseconds: 0)
        queue.schedule(Self.transition("a"), at: t0)
        queue.schedule(Self.transition("b"), at: t0)
        #expect(Self.name(queue.popFirst()) == "a")
        queue.schedule(Self.transition("c"), at: t0)
        queue.schedule(Self.transition("earlier"), at: Timestamp(milliseconds: -5))
        #expect(Self.name(queue.popFirst()) == "earlier")
        #expect(Self.name(queue.popFirst()) == "b")
        #expect(Self.name(queue.popFirst()) == "c")
        // The instant's bucket is gone; a new transition at the same time starts a new one.
        queue.schedule(Self.transition("d"), at: t0)
        #expect(Self.name(queue.popFirst()) == "d")
        #expect(queue.popFirst() == nil)
    }

    @Test func thousandsAtOneTimeKeepTheirOrderAcrossChunks() {
        var queue = TransitionQueue()
        let t0 = Timestamp(milliseconds: 0)
        for index in 0..<1_300 { queue.schedule(Self.transition("p\(index)"), at: t0) }
        var names: [String] = []
        for _ in 0..<700 { names.append(Self.name(queue.popFirst()) ?? "?") }
        // Scheduled while the instant runs: after everything already due at that time.
        for index in 1_300..<1_600 { queue.schedule(Self.transition("p\(index)"), at: t0) }
        queue.schedule(Self.transition("later"), at: Timestamp(milliseconds: 1))
        #expect(queue.count == 901)
        while let item = queue.popFirst() { names.append(Self.name(item) ?? "?") }
        #expect(names == (0..<1_600).map { "p\($0)" } + ["later"])
        #expect(queue.isEmpty)
    }

    @Test func manyTimesComeOutSorted() {
        var queue = TransitionQueue()
        var state: UInt64 = 42
        var expected: [(Int64, Int)] = []
        for index in 0..<2000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let time = Int64(state >> 54)
            queue.schedule(Self.transition("p\(index)"), at: Timestamp(milliseconds: time))
            expected.append((time, index))
        }
        expected.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var names: [String] = []
        while let item = queue.popFirst() { names.append(Self.name(item) ?? "?") }
        #expect(names == expected.map { "p\($0.1)" })
    }
}
