import Testing

@testable import ClusterModel

@Suite struct ChangeFeedTests {
    static func entry(_ index: Int) -> ChangeFeed.Entry {
        ChangeFeed.Entry(
            type: .added, resource: .namespaces, payload: .json(["metadata": ["name": .string("ns-\(index)")]]),
            time: Timestamp(milliseconds: Int64(index)))
    }

    @Test func keepsEverythingBelowTheRetention() {
        var feed = ChangeFeed()
        feed.retention = 1000
        for index in 1...1000 { feed.append(ChangeFeedTests.entry(index)) }
        let events = feed.events(since: 0)
        #expect(events.count == 1000)
        #expect(events.map(\.sequence) == Array(1...1000))
        #expect(events.last?.object["metadata"]["name"] == "ns-1000")
    }

    @Test func compactionDropsTheOldestHalfInWholeChunks() {
        var feed = ChangeFeed()
        feed.retention = 1000
        for index in 1...1001 { feed.append(ChangeFeedTests.entry(index)) }
        // Chunks of 125 (an eighth of the retention): the oldest four go, 501 entries stay.
        #expect(feed.firstSequence == 501)
        #expect(feed.count == 501)
        let events = feed.events(since: 0)
        #expect(events.map(\.sequence) == Array(501...1001))
        #expect(events.first?.object["metadata"]["name"] == "ns-501")
        #expect(feed.events(since: 900).map(\.sequence) == Array(901...1001))
        #expect(feed.events(since: 1001).isEmpty)
    }

    @Test func neverHoldsMuchMoreThanTheRetention() {
        var feed = ChangeFeed()
        feed.retention = 1000
        for index in 1...20_000 {
            feed.append(ChangeFeedTests.entry(index))
            #expect(feed.count <= 1000, "after \(index) appends")
            if feed.count > 1000 { break }
        }
        #expect(feed.lastSequence == 20_000)
        #expect(feed.events(since: feed.lastSequence - 10).map(\.sequence) == Array(19_991...20_000))
    }
}

extension ChangeFeedTests {
    @Test func typedPayloadsRecordTheirResource() {
        #expect(ResourceType.all[Int(ChangeFeed.Entry.podsIndex)] == .pods)
        #expect(ResourceType.all[Int(ChangeFeed.Entry.endpointSlicesIndex)] == .endpointSlices)
        #expect(ResourceType.all[Int(ChangeFeed.Entry.eventsIndex)] == .events)
    }
}
