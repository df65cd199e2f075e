import Foundation
import Testing

/// Pipes typed on a pseudo-terminal: the learner's `| grep`, `| wc -l` and Tab after `|`.
@Suite struct PipeEndToEndTests {
    let terminal: TutorTerminal

    init() throws {
        terminal = try TutorTerminal()
    }

    @Test func aTypedPipeRunsThroughTheBuiltInFilters() throws {
        let session = try terminal.start(["play"])
        let counted = try session.run("kubectl get namespaces --no-headers | wc -l")
        #expect(counted.contains("\n5\r\n") || counted.contains("\n5\n"))
        let grepped = try session.run("kubectl get namespaces | grep -v kube")
        #expect(grepped.contains("default"))
        #expect(!grepped.contains("kube-system"))
        let refused = try session.run("kubectl get pods | less")
        #expect(refused.contains("is not one of k8s-tutor's built-in filters"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func tabAfterAPipeOffersTheFilters() throws {
        let session = try terminal.start(["play"])
        let mark = session.mark()
        session.send("kubectl get ns | gr", .tab)
        try session.waitFor("kubectl get ns | grep ", after: mark)
        session.send(.ctrlU, .ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func outputWithoutANewlineEndsItsLineBeforeThePrompt() throws {
        let session = try terminal.start(["play"])
        let output = try session.run("kubectl get namespace default -o jsonpath='{.metadata.name}'")
        let normalized = output.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(normalized.contains("\ndefault\n"))
        #expect(!normalized.contains("defaultk8s-tutor"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }
}
