import Foundation
import Testing

/// Proves the pseudo-terminal driver against system programs, independently of k8s-tutor.
@Suite struct PTYSessionTests {
    @Test func catEchoesLinesAndEndsOnControlD() throws {
        let session = try PTYSession(executable: "/bin/cat")
        session.send("hello 你好", .enter)
        // Once from the terminal's echo, once from cat.
        try session.waitFor("hello 你好\nhello 你好\n")
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func bashRunsCommandsSurvivesControlCAndReturnsTheExitStatus() throws {
        let session = try PTYSession(
            executable: "/bin/bash", arguments: ["--norc", "--noprofile", "-i"], environment: ["PS1": "ready$ "],
            columns: 100)
        try session.waitFor("ready$ ")
        var mark = session.mark()
        session.send("echo $((6 * 7)) $COLUMNS", .enter)
        let answer = try session.waitFor("ready$ ", after: mark)
        #expect(answer.contains("\n42 100\n"))

        mark = session.mark()
        session.send("echo started; sleep 30", .enter)
        try session.waitFor("\nstarted\n", after: mark)
        mark = session.mark()
        session.send(.ctrlC)
        try session.waitFor("ready$ ", after: mark, timeout: .seconds(10))  // well before the 30 s

        mark = session.mark()
        session.send("exit 3", .enter)
        #expect(try session.waitForExit() == 3)
    }

    @Test func escapeSequencesAreStripped() {
        let raw = "\u{1}\u{1B}[1;32m\u{1}k8s\u{1}\u{1B}[0m\u{1}> x\u{8}y\r\n\u{1B}]0;title\u{7}\u{1B}=done\r\r\nnext\rover"
        #expect(ANSIText.strip(raw) == "k8s> xy\ndone\nnextover")
    }

    @Test func aWaitThatNeverMatchesFailsWithTheOutput() throws {
        let session = try PTYSession(executable: "/bin/echo", arguments: ["only this"])
        #expect(throws: PTYSession.Failure.self) {
            try session.waitFor("something else", timeout: .seconds(5))
        }
        #expect(session.output.contains("only this"))
        #expect(try session.waitForExit() == 0)
    }

    @Test func argumentsAreQuotedForTheShell() {
        #expect(PTYSession.shellQuoted("it's a $test") == "'it'\\''s a $test'")
    }
}
