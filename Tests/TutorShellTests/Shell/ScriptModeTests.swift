import Testing

@testable import TutorShell

@Suite("Script mode")
struct ScriptModeTests {
    @Test("every command succeeding exits 0")
    func successExitsZero() {
        let run = runScript(["# a comment", "", "echo hello", "kubectl version --client"])
        #expect(run.status == 0)
        #expect(run.output.text.hasPrefix("hello\nClient Version: v1.35.2\n"))
        #expect(run.reader.closed)
    }

    @Test("a failing command does not stop the script, but the exit status says so")
    func failureKeepsGoing() {
        let run = runScript(["kubectl get pod nope", "echo after"])
        #expect(run.status == 1)
        #expect(run.output.standardError == "Error from server (NotFound): pods \"nope\" not found\n")
        #expect(run.output.standardOutput == "after\n")
    }

    @Test("an unknown word gets a suggestion and fails")
    func unknownCommand() {
        let run = runScript(["kubeclt get pods"])
        #expect(run.status == 1)
        #expect(
            run.output.standardError
                == "unknown command \"kubeclt\"\nDid you mean \"kubectl\"?\nType \"help\" to see what you can do here.\n")
    }

    @Test("exit stops reading and keeps the status of earlier commands")
    func exitStops() {
        let run = runScript(["echo one", "exit", "echo two"])
        #expect(run.status == 0)
        #expect(run.output.text == "one\n")
    }

    @Test("sleep moves virtual time and date shows it")
    func sleepMovesTime() {
        let run = runScript(["date", "sleep 1m30s", "date"])
        let lines = run.output.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        let seconds = lines.map { line -> Int in
            let clock = line.split(separator: " ").first { $0.contains(":") }!.split(separator: ":").map { Int($0)! }
            return clock[0] * 3600 + clock[1] * 60 + clock[2]
        }
        #expect(seconds[1] - seconds[0] == 90)
    }
}
