import Testing

@testable import ClusterModel

/// Field selectors as the API server parses and checks them (apimachinery `fields.ParseSelector`).
@Suite struct FieldSelectorTests {
    @Test func termsParseWithEachOperatorAndEscapes() throws {
        let selector = try FieldSelector(parsing: #"status.phase!=Running,metadata.name==a\,b,spec.nodeName=kind-worker"#)
        #expect(selector.requirements.map(\.field) == ["metadata.name", "spec.nodeName", "status.phase"])
        #expect(selector.requirements.map(\.value) == ["a,b", "kind-worker", "Running"])
        #expect(selector.requirements.map(\.equal) == [true, true, false])
    }

    @Test func malformedSelectorsGetTheServersTexts() {
        #expect(throws: APIError.badRequest("invalid selector: 'status.phase'; can't understand 'status.phase'")) {
            try FieldSelector(parsing: "status.phase")
        }
        #expect(throws: APIError.badRequest(#"invalid field selector: invalid escape sequence: \x"#)) {
            try FieldSelector(parsing: #"metadata.name=a\x"#)
        }
        // Go prints the rune as its code point.
        #expect(throws: APIError.badRequest("invalid field selector: unescaped character in value: 61")) {
            try FieldSelector(parsing: "metadata.name=a=b")
        }
    }

    @Test func eachKindAcceptsItsOwnLabels() throws {
        let phase = try FieldSelector(parsing: "status.phase=Running")
        try phase.check(for: .pods)
        try phase.check(for: .namespaces)
        #expect(throws: APIError.badRequest(#""status.phase" is not a known field selector: only "metadata.name", "metadata.namespace""#)) {
            try phase.check(for: .deployments)
        }
        #expect(throws: APIError.badRequest("field label not supported: spec.replicas")) {
            try FieldSelector(parsing: "spec.replicas=1").check(for: .pods)
        }
    }

    @Test func matchingReadsTheSelectableFields() throws {
        let pod: JSONValue = ["metadata": ["name": "web", "namespace": "default"], "spec": ["nodeName": "kind-worker"], "status": ["phase": "Running"]]
        #expect(try FieldSelector(parsing: "status.phase=Running,spec.nodeName=kind-worker").matches(pod))
        #expect(try !FieldSelector(parsing: "status.phase!=Running").matches(pod))
        #expect(try FieldSelector(parsing: "spec.hostNetwork=false").matches(pod))
        #expect(try FieldSelector(parsing: "status.podIP=").matches(pod))
    }
}
