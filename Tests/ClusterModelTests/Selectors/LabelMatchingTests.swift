import Testing

@testable import ClusterModel

@Suite struct LabelMatchingTests {
    @Test func includesAllChecksEveryPairOfTheSelector() {
        let labels = ["app": "web", "tier": "front", "pod-template-hash": "6c4bf86c9c"]
        #expect(labels.includesAll([:]))
        #expect(labels.includesAll(["app": "web"]))
        #expect(labels.includesAll(["app": "web", "tier": "front"]))
        #expect(!labels.includesAll(["app": "db"]))
        #expect(!labels.includesAll(["app": "web", "tier": "back"]))
        #expect(!labels.includesAll(["release": "stable"]))
        #expect(![String: String]().includesAll(["app": "web"]))
    }

    @Test func largeLabelSetsAndSelectorsGiveTheSameAnswers() {
        var labels: [String: String] = [:]
        for index in 0..<12 { labels["key-\(index)"] = "value-\(index)" }
        #expect(labels.includesAll(["key-3": "value-3", "key-11": "value-11"]))
        #expect(!labels.includesAll(["key-3": "value-4"]))
        var selector: [String: String] = [:]
        for index in 0..<6 { selector["key-\(index)"] = "value-\(index)" }
        #expect(labels.includesAll(selector))
        selector["key-12"] = "value-12"
        #expect(!labels.includesAll(selector))
    }
}
