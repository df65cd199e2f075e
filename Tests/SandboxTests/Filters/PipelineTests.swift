import Testing

@testable import Sandbox

/// Splitting a line at its unquoted `|`.
@Suite struct PipelineTests {
    @Test("a line splits at each unquoted |, keeping each command's text")
    func splitsAtPipes() throws {
        #expect(try Pipeline.split("kubectl get pods -A | grep kube | wc -l").commands == ["kubectl get pods -A ", " grep kube ", " wc -l"])
        #expect(try Pipeline.split("echo a|grep a").commands == ["echo a", "grep a"])
        #expect(try Pipeline.split("kubectl get pods").commands == ["kubectl get pods"])
        #expect(try !Pipeline.split("kubectl get pods").isPipe)
    }

    @Test("a | inside quotes, escaped or in a comment is not a pipe")
    func quotedPipes() throws {
        #expect(try Pipeline.split("echo 'a|b' \"c|d\" e\\|f").commands == ["echo 'a|b' \"c|d\" e\\|f"])
        #expect(try Pipeline.split("kubectl get pods | grep -E 'Running|Pending'").commands
            == ["kubectl get pods ", " grep -E 'Running|Pending'"])
        #expect(try Pipeline.split("echo \"a\\\"|b\" | wc -c").commands == ["echo \"a\\\"|b\" ", " wc -c"])
        #expect(try Pipeline.split("kubectl get pods # | grep x").commands == ["kubectl get pods # | grep x"])
        #expect(try Pipeline.split("echo a#b | wc -c").commands == ["echo a#b ", " wc -c"])
    }

    @Test("an unterminated quote is left to the word scanner")
    func unterminatedQuote() throws {
        #expect(try Pipeline.split("echo 'a | b").commands == ["echo 'a | b"])
    }

    @Test("an empty command around a | is bash's syntax error; || and |& are refused as lists")
    func errors() {
        #expect(throws: PipelineError.emptyCommand) { try Pipeline.split("| grep x") }
        #expect(throws: PipelineError.emptyCommand) { try Pipeline.split("kubectl get pods | | wc") }
        #expect(throws: PipelineError.missingCommandAtEnd) { try Pipeline.split("kubectl get pods |") }
        #expect(throws: PipelineError.missingCommandAtEnd) { try Pipeline.split("kubectl get pods |   ") }
        #expect(throws: PipelineError.listOperator("||")) { try Pipeline.split("kubectl get pods || echo no") }
        #expect(throws: PipelineError.listOperator("|&")) { try Pipeline.split("kubectl get pods |& grep x") }
    }

    @Test("the first command's words, for lessons that judge a kubectl command")
    func firstCommandWords() {
        #expect(Pipeline.firstCommandWords("kubectl delete pod x --force | cat") == ["kubectl", "delete", "pod", "x", "--force"])
        #expect(Pipeline.firstCommandWords("k get pods -l 'a in (b)' | grep b") == ["k", "get", "pods", "-l", "a in (b)"])
        #expect(Pipeline.firstCommandWords("kubectl get pods") == ["kubectl", "get", "pods"])
        #expect(Pipeline.firstCommandWords("| x") == nil)
    }
}
