import Testing

@testable import ClusterModel

@Suite struct LabelSelectorTests {
    @Test(arguments: [
        ("app=nginx", "app=nginx"),
        ("app==nginx", "app==nginx"),
        ("tier!=db , app = nginx", "app=nginx,tier!=db"),
        ("env in (prod, dev)", "env in (dev,prod)"),
        ("env notin (a)", "env notin (a)"),
        ("app,!legacy", "app,!legacy"),
        ("!legacy,app", "app,!legacy"),
        ("", ""),
        ("kubernetes.io/service-name=nginx-service", "kubernetes.io/service-name=nginx-service"),
    ])
    func parsesToCanonicalForm(input: String, canonical: String) throws {
        #expect(try LabelSelector(parsing: input).description == canonical)
    }

    @Test func matching() throws {
        let labels = ["app": "nginx", "env": "prod"]
        #expect(try LabelSelector(parsing: "app=nginx").matches(labels))
        #expect(try !LabelSelector(parsing: "app=web").matches(labels))
        #expect(try LabelSelector(parsing: "tier!=db").matches(labels))
        #expect(try LabelSelector(parsing: "env in (prod,dev)").matches(labels))
        #expect(try !LabelSelector(parsing: "env notin (prod)").matches(labels))
        #expect(try LabelSelector(parsing: "tier notin (prod)").matches(labels))
        #expect(try LabelSelector(parsing: "!tier").matches(labels))
        #expect(try !LabelSelector(parsing: "!app").matches(labels))
        #expect(try LabelSelector(parsing: "").matches(labels))
        #expect(try !LabelSelector(parsing: "app,tier").matches(labels))
    }

    @Test func fromJSON() {
        let selector = LabelSelector(json: [
            "matchLabels": ["app": "nginx"],
            "matchExpressions": [["key": "env", "operator": "In", "values": ["prod", "dev"]], ["key": "old", "operator": "DoesNotExist"]],
        ])
        #expect(selector.description == "app=nginx,env in (dev,prod),!old")
        #expect(selector.matches(["app": "nginx", "env": "dev"]))
        #expect(!selector.matches(["app": "nginx", "env": "dev", "old": "1"]))
    }

    @Test(arguments: ["app in prod", "app=(x", "=x", "app in (a,b", "a b"])
    func rejects(input: String) {
        #expect(throws: APIError.self) { try LabelSelector(parsing: input) }
    }

    @Test func errorText() {
        do {
            _ = try LabelSelector(parsing: "app in prod")
        } catch {
            #expect(error.message == "unable to parse requirement: found 'prod', expected: '('")
            #expect(error.reason == .badRequest)
        }
    }
}
