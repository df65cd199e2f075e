import Testing

@testable import ClusterModel

@Suite struct EventLogTests {
    static func event(_ objectName: String, nanos: UInt64) -> Snapshot<EventRecord> {
        let meta = EventMeta(objectName: objectName, nanos: nanos, namespace: "default", uidHigh: 1, uidLow: 2, creationTimestamp: Timestamp(milliseconds: 0))
        let involved = InvolvedObject(apiVersion: "v1", kind: "Pod", name: objectName, namespace: "default", uid: "u", resourceVersion: 1)
        return Snapshot(
            EventRecord(
                meta: meta, type: "Normal", reason: "Scheduled", messageParts: .text("m"), involvedObject: involved, component: "kubelet", host: nil,
                firstTimestamp: Timestamp(milliseconds: 0), lastTimestamp: Timestamp(milliseconds: 0)))
    }

    @Test func positionsStayValidAcrossRemovals() throws {
        var log = EventLog()
        let first = log.append(Self.event("a", nanos: 1))
        let second = log.append(Self.event("b", nanos: 2))
        let third = log.append(Self.event("c", nanos: 3))
        #expect([first, second, third] == [0, 1, 2])
        #expect(log.remove(at: second)?.value.meta.objectName == "b")
        #expect(log.remove(at: second) == nil)
        #expect(log.count == 2)
        #expect(log[third]?.value.meta.objectName == "c")
        #expect(log.stored.map(\.position) == [0, 2])
        // Replacing a stored event works; a hole stays a hole.
        log[third] = Self.event("c", nanos: 3)
        log[second] = Self.event("x", nanos: 9)
        #expect(log[second] == nil)
        #expect(log.count == 2)
    }

    @Test func searchFindsTheNewestEventWithTheKey() {
        var log = EventLog()
        log.append(Self.event("a", nanos: 1))
        let key = EventKey(namespace: "default", objectName: "a", nanos: 1)
        #expect(log.position(of: key) == 0)
        log.append(Self.event("a", nanos: 1))
        #expect(log.position(of: key) == 1)
        #expect(log.position(of: EventKey(namespace: "other", objectName: "a", nanos: 1)) == nil)
    }

    @Test func everyListedEventCanBeFetchedAndDeletedByName() throws {
        var cluster = Cluster(seed: 7)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: 2))
        cluster.advance(by: 10)
        let listed = cluster.list(.events, namespace: "default")
        #expect(listed.count > 8)
        let names = listed.compactMap { $0["metadata"]["name"].string }
        #expect(names == names.sorted())
        #expect(cluster.names(.events, namespace: "default") == names)
        for event in listed {
            #expect(cluster.object(.events, namespace: "default", name: event["metadata"]["name"].string ?? "") == event)
        }
        let victim = names[3]
        let before = cluster.lastSequence
        _ = try cluster.delete(.events, namespace: "default", name: victim)
        #expect(cluster.object(.events, namespace: "default", name: victim) == nil)
        #expect(cluster.list(.events, namespace: "default").count == listed.count - 1)
        #expect(cluster.changes(since: before).map(\.type) == [.deleted])
        #expect(throws: APIError.self) { try cluster.delete(.events, namespace: "default", name: victim) }
    }

    @Test func aRepeatedEventKeepsCountingAfterOtherEventsAreDeleted() throws {
        let probe: JSONValue = ["exec": ["command": ["cat", "/tmp/healthy"]], "periodSeconds": 5]
        var cluster = Cluster(seed: 3)
        _ = try cluster.declare(TutorialFixtures.deployment(readinessProbe: probe))
        cluster.advance(by: 20)
        func unhealthy() -> [JSONValue] { cluster.list(.events, namespace: "default").filter { $0["reason"] == "Unhealthy" } }
        let count = try #require(unhealthy().first?["count"].int)
        for event in cluster.list(.events, namespace: "default") where event["reason"] != "Unhealthy" {
            _ = try cluster.delete(.events, namespace: "default", name: event["metadata"]["name"].string ?? "")
        }
        cluster.advance(by: 10)
        #expect(unhealthy().count == 1)
        #expect(unhealthy().first?["count"].int == count + 2)
    }
}
