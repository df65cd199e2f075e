import Testing

@testable import ClusterModel

/// The `LIST` verb: selectors, `limit` and `continue`.
@Suite struct ListVerbTests {
    func cluster(replicas: Int) throws -> Cluster {
        var cluster = Cluster(seed: 5)
        _ = try cluster.declare(TutorialFixtures.deployment(replicas: replicas, grace: 5, preStop: nil))
        cluster.advance(by: 30)
        return cluster
    }

    @Test func chunksFollowEachOtherWithoutGapsOrRepeats() throws {
        let cluster = try cluster(replicas: 5)
        let all = try cluster.list(.pods, namespace: "default", options: ListOptions())
        #expect(all.items.count == 5)
        #expect(all.continueToken == nil)
        var names: [String] = []
        var options = ListOptions(limit: 2)
        var remaining: [Int?] = []
        while true {
            let chunk = try cluster.list(.pods, namespace: "default", options: options)
            names += chunk.items.compactMap { $0["metadata"]["name"].string }
            remaining.append(chunk.remainingItemCount)
            guard let next = chunk.continueToken else { break }
            options.continueToken = next
        }
        #expect(names == all.items.compactMap { $0["metadata"]["name"].string })
        #expect(remaining == [3, 1, nil])
    }

    @Test func aFieldSelectorFiltersAndABadOneIsRefused() throws {
        let cluster = try cluster(replicas: 3)
        let first = try #require(cluster.list(.pods, namespace: "default").first?["metadata"]["name"].string)
        let one = try cluster.list(.pods, namespace: "default", options: ListOptions(fieldSelector: FieldSelector(parsing: "metadata.name=\(first)")))
        #expect(one.items.count == 1)
        let others = try cluster.list(.pods, namespace: "default", options: ListOptions(fieldSelector: FieldSelector(parsing: "metadata.name!=\(first)")))
        #expect(others.items.count == 2)
        #expect(throws: APIError.badRequest("field label not supported: spec.containers")) {
            try cluster.list(.pods, namespace: "default", options: ListOptions(fieldSelector: FieldSelector(parsing: "spec.containers=x")))
        }
        #expect(throws: APIError.badRequest("continue key is not valid: garbage")) {
            try cluster.list(.pods, namespace: "default", options: ListOptions(continueToken: "garbage"))
        }
    }
}
