import Foundation
import Testing

/// The shell on a pseudo-terminal under what terminals do to it: resizes, long pastes and very long lines.
@Suite struct TerminalRobustnessEndToEndTests {
    let terminal: TutorTerminal

    init() throws {
        terminal = try TutorTerminal()
    }

    @Test func aResizeWhileTypingKeepsTheLine() throws {
        let session = try terminal.start(["play"])
        var mark = session.mark()
        session.send("kubectl get no")
        try session.waitFor("kubectl get no", after: mark)
        try session.resize(columns: 40, rows: 20)
        mark = session.mark()
        session.send("des", .enter)
        let output = try session.waitFor("kind-worker2", after: mark)
        #expect(output.contains("NAME"))
        #expect(output.contains("kind-control-plane"))
        try session.resize(columns: 120, rows: 40)
        #expect(try session.run("kubectl get namespaces").contains("kube-system"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func aResizeDuringAWatchLeavesTheShellWorking() throws {
        let session = try terminal.start(["play"])
        let mark = session.mark()
        session.send("kubectl get pods --watch", .enter)
        try session.waitFor("--watch\n", after: mark)
        try session.resize(columns: 60, rows: 20)
        try session.resize(columns: 100, rows: 30)
        let beforeInterrupt = session.mark()
        session.send(.ctrlC)
        // Keys typed before the prompt is back would be echoed by the terminal in cooked mode, as on any shell.
        try session.waitFor("> ", after: beforeInterrupt)
        #expect(try session.run("kubectl get namespaces").contains("kube-system"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    /// The terminal's echo of text typed ahead interleaves with the output (as on any terminal), so the order is
    /// read from the history file, which records each line as the shell ran it, and the output must hold every
    /// line `echo` printed.
    @Test func aPastedBlockOfAThousandLinesRunsEveryLineInOrder() throws {
        let session = try terminal.start(["play"])
        let mark = session.mark()
        let lines = (1...1000).map { String(format: "line-%04d", $0) }
        session.send(lines.map { "echo '" + $0 + "'\r" }.joined())
        try session.waitFor("\nline-1000", after: mark, timeout: .seconds(120))
        let output = session.output(after: mark).replacingOccurrences(of: "\r", with: "")
        #expect(lines.filter { !output.contains($0 + "\n") }.isEmpty)
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
        let history = try String(contentsOfFile: terminal.stateHome + "/k8s-tutor/history", encoding: .utf8)
        let entries = history.split(separator: "\n").filter { $0.hasPrefix("echo") }
        let expected: [Substring] = lines.map { line in Substring("echo\\040'" + line + "'") }
        #expect(entries == expected)
    }

    @Test func aPastedOneMegabyteLineIsAnsweredAndTheShellGoesOn() throws {
        let session = try terminal.start(["play"])
        let mark = session.mark()
        let name = String(repeating: "a", count: 1 << 20)
        session.send("kubectl get pod " + name, .enter)
        try session.waitFor("not found", after: mark, timeout: .seconds(120))
        #expect(try session.run("kubectl get namespaces").contains("kube-system"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }
}
