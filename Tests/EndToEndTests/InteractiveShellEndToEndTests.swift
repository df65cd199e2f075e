import Foundation
import Testing

/// `k8s-tutor play` on a pseudo-terminal and through a pipe: the line editor as the learner meets it.
///
/// Each test gets its own `XDG_STATE_HOME` in a temporary directory, so history never leaks
/// between tests or into the developer's home.
@Suite struct InteractiveShellEndToEndTests {
    let terminal: TutorTerminal
    var stateHome: String { terminal.stateHome }

    init() throws {
        terminal = try TutorTerminal()
    }

    /// Starts `k8s-tutor play` and waits for its first prompt.
    func play() throws -> PTYSession {
        try terminal.start(["play"])
    }

    /// Types a line and returns the output up to the next prompt.
    @discardableResult
    func run(_ line: String, in session: PTYSession) throws -> String {
        try session.run(line)
    }

    @Test func aTypedCommandRuns() throws {
        let session = try play()
        let output = try run("kubectl get pods", in: session)
        #expect(output.contains("No resources found in default namespace."))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func historyFromThePreviousSessionIsRecalledWithUp() throws {
        let first = try play()
        try run("kubectl get namespaces", in: first)
        first.send(.ctrlD)  // `exit` would itself become the newest history entry
        #expect(try first.waitForExit() == 0)
        let file = stateHome + "/k8s-tutor/history"
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("kubectl\\040get\\040namespaces"))

        let second = try play()
        let mark = second.mark()
        second.send(.up)
        try second.waitFor("kubectl get namespaces", after: mark)
        second.send(.enter)
        try second.waitFor("kube-system", after: mark)
        second.send(.ctrlD)
        #expect(try second.waitForExit() == 0)
    }

    @Test func tabCompletesAResourceType() throws {
        let session = try play()
        let mark = session.mark()
        session.send("kubectl get endpointsl", .tab)
        try session.waitFor("kubectl get endpointslices ", after: mark)
        session.send(.ctrlU, .ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func controlCCancelsTheLineAndLeavesTheShellAlive() throws {
        let session = try play()
        var mark = session.mark()
        session.send("kubectl get po")
        try session.waitFor("kubectl get po", after: mark)
        mark = session.mark()
        session.send(.ctrlC)
        try session.waitFor("^C\n", after: mark)
        try session.waitFor("> ", after: mark)
        // The cancelled text is gone: the next line runs on its own.
        let output = try run("kubectl get namespaces", in: session)
        #expect(output.contains("kube-system"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func controlCStopsABlockingCommand() throws {
        let session = try play()
        let mark = session.mark()
        session.send("kubectl get pods --watch", .enter)
        // Ctrl-C typed before the command starts would flush the typed line instead.
        try session.waitFor("--watch\n", after: mark)
        session.send(.ctrlC)
        // The watch ends and the shell takes the next command.
        let output = try run("kubectl get namespaces", in: session)
        #expect(output.contains("kube-system"))
        #expect(session.output(after: mark).contains("^C"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func controlDOnAnEmptyLineExitsWithZero() throws {
        let session = try play()
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func chineseInputRoundTrips() throws {
        let session = try play()
        let output = try run("kubectl get pod 你好", in: session)
        #expect(output.contains("pods \"你好\" not found"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func scriptModeReadsAPipeWithoutPromptOrHistory() throws {
        let binary = try #require(TestExecutable.k8sTutor, "k8s-tutor binary not found next to the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["play"]
        process.environment = ["XDG_STATE_HOME": stateHome, "HOME": stateHome, "LANG": "C.UTF-8", "TERM": "xterm"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data("kubectl get namespaces\r\nkubectl get pod 你好".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("kube-system"))
        #expect(text.contains("pods \"你好\" not found"))  // the last line had no newline
        #expect(!text.contains("k8s-tutor"))  // no prompt
        #expect(process.terminationStatus == 1)  // one command failed
        #expect(!FileManager.default.fileExists(atPath: stateHome + "/k8s-tutor/history"))
    }
}
