import LineEditor
import Testing

@testable import TutorShell

/// Completion after a `|`: the built-in filters.
@Suite("Shell completion after a pipe")
struct PipeCompletionTests {
    static func values(_ line: String) -> [String] {
        CompletionContextTests.context().completions(for: CompletionRequest(line: line, cursor: line.count)).candidates.map(\.value)
    }

    @Test("after | the filters are offered, filtered by what was typed")
    func filterNames() {
        #expect(Self.values("kubectl get pods | ") == ["awk", "cut", "grep", "head", "jq", "sort", "tail", "uniq", "wc"])
        #expect(Self.values("kubectl get pods |") == ["awk", "cut", "grep", "head", "jq", "sort", "tail", "uniq", "wc"])
        #expect(Self.values("kubectl get pods | grep x | s") == ["sort"])
        #expect(Self.values("echo a|h") == ["head"])
    }

    @Test("a filter's arguments complete to nothing, and a quoted | is no pipe")
    func noneAfterFilter() {
        #expect(Self.values("kubectl get pods | grep ").isEmpty)
        #expect(Self.values("echo 'a|h").isEmpty)
        #expect(Self.values("kubectl get deployment ") == ["nginx-deployment"])
    }
}
