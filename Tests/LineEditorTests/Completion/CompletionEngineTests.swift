import Testing

@testable import LineEditor

@Suite struct CompletionEngineTests {
    let engine = CompletionEngine()

    /// Completes the token that starts after the last space before the end of `line`.
    func action(_ line: String, _ values: [String], columns: Int = 80) -> CompletionAction {
        let start = (line.lastIndex(of: " ").map { line.distance(from: line.startIndex, to: $0) + 1 }) ?? 0
        let request = CompletionRequest(line: line, cursor: line.count)
        let result = CompletionResult(replacingFrom: start, candidates: values.map { Completion($0) })
        return engine.action(for: request, result: result, columns: columns)
    }

    @Test func noCandidateBeeps() {
        #expect(action("kubectl get zz", []) == .beep)
    }

    @Test func oneCandidateCompletesWithASpace() {
        #expect(action("kubectl get endpointsl", ["endpointslices"]) == .replace(deleting: 10, text: "endpointslices "))
    }

    @Test func oneCandidateEndingInSlashOrEqualsGetsNoSpace() {
        #expect(action("kubectl logs deploy", ["deployment/"]) == .replace(deleting: 6, text: "deployment/"))
        #expect(action("kubectl get pods --outp", ["--output="]) == .replace(deleting: 6, text: "--output="))
    }

    @Test func duplicateCandidatesCountOnce() {
        #expect(action("kubectl get po", ["pods", "pods"]) == .replace(deleting: 2, text: "pods "))
    }

    @Test func commonPrefixExtendsTheToken() {
        #expect(
            action("kubectl get pe", ["persistentvolumes", "persistentvolumeclaims"])
                == .replace(deleting: 2, text: "persistentvolume"))
    }

    @Test func noLongerPrefixListsTheCandidates() {
        #expect(action("kubectl get pod", ["pods", "poddisruptionbudgets"]) == .list("pods" + String(repeating: " ", count: 18) + "poddisruptionbudgets"))
    }

    @Test func emptyTokenWithSeveralCandidatesLists() {
        #expect(action("kubectl ", ["get", "describe"]) == .list("get       describe"))
    }

    @Test func candidatesWithSpacesAreEscaped() {
        #expect(action("kubectl get pod my", ["my pod"]) == .replace(deleting: 2, text: "my\\ pod "))
        #expect(action("cat my", ["my file.txt", "my folder"]) == .replace(deleting: 2, text: "my\\ f"))
    }

    @Test func anOpenQuoteIsContinuedAndClosedWhenComplete() {
        #expect(action("kubectl get pod 'my", ["my pod"]) == .replace(deleting: 3, text: "'my pod' "))
        #expect(action("kubectl get pod \"a", ["a$b"]) == .replace(deleting: 2, text: "\"a\\$b\" "))
    }

    @Test func textAfterTheCursorIsLeftAlone() {
        let request = CompletionRequest(line: "kubectl get po -o wide", cursor: 14)
        let result = CompletionResult(replacingFrom: 12, candidates: [Completion("pods")])
        #expect(engine.action(for: request, result: result, columns: 80) == .replace(deleting: 2, text: "pods "))
    }

    @Test func outOfRangeOffsetsAreClamped() {
        let request = CompletionRequest(line: "get", cursor: 99)
        let result = CompletionResult(replacingFrom: -4, candidates: [Completion("get")])
        #expect(engine.action(for: request, result: result, columns: 80) == .replace(deleting: 3, text: "get "))
    }

    @Test func cjkTokensAreCountedInCharacters() {
        #expect(action("kubectl get pod 你", ["你好"]) == .replace(deleting: 1, text: "你好 "))
    }

    @Test func commonPrefixStopsAtTheFirstDifference() {
        #expect(CompletionEngine.commonPrefix(["abcx", "abyc", "abc"]) == "ab")
        #expect(CompletionEngine.commonPrefix(["你好", "你们"]) == "你")
        #expect(CompletionEngine.commonPrefix([]) == "")
    }
}
