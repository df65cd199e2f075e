import Foundation
import Testing

/// History and progress survive the ways a tutor ends: closing the terminal (SIGHUP), SIGTERM, Ctrl-D in
/// the middle of a lesson, a second tutor on the same lesson, and a crash at any step of a write.
@Suite struct FileSafetyEndToEndTests {
    let terminal: TutorTerminal
    var stateHome: String { terminal.stateHome }
    var historyPath: String { stateHome + "/k8s-tutor/history" }
    var progressFolder: String { stateHome + "/k8s-tutor/progress" }

    init() throws {
        terminal = try TutorTerminal()
    }

    func history() throws -> String { try String(contentsOfFile: historyPath, encoding: .utf8) }

    /// The files in `folder` (hidden ones included).
    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// A first session that leaves `lines` in the history with Ctrl-D.
    func seedHistory(_ lines: [String]) throws {
        let session = try terminal.start(["play"])
        for line in lines { try session.run(line) }
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func closingTheTerminalKeepsTheWholeHistory() throws {
        try seedHistory(["kubectl get namespaces"])
        let session = try terminal.start(["play"])
        try session.run("kubectl get pods")
        let tutor = try TutorProcess.find(stateHome: stateHome)
        // Closing a terminal window closes the terminal's master side; the kernel then hangs up the
        // tutor (SIGHUP, and reads fail). Killing `script`, which holds the master, does exactly that.
        session.signal(SIGKILL)
        _ = try session.waitForExit()
        try TutorProcess.waitUntilGone(tutor)
        #expect(try history() == "_HiStOrY_V2_\nkubectl\\040get\\040namespaces\nkubectl\\040get\\040pods\n")
        #expect(files(in: stateHome + "/k8s-tutor") == ["history"])
    }

    @Test func repeatedHangUpsWhileTypingNeverEmptyTheHistory() throws {
        try seedHistory(["kubectl get namespaces"])
        let session = try terminal.start(["play"])
        try session.run("kubectl get pods")
        session.send("kubectl get svc")  // a line being typed
        try session.waitFor("kubectl get svc")
        let tutor = try TutorProcess.find(stateHome: stateHome)
        for _ in 0..<3 { kill(tutor, SIGHUP) }
        #expect(try session.waitForExit() == 128 + SIGHUP)
        #expect(try history() == "_HiStOrY_V2_\nkubectl\\040get\\040namespaces\nkubectl\\040get\\040pods\n")
    }

    @Test func aHangUpDoesNotSignalTheRestOfTheProcessGroup() throws {
        // The tutor runs in the process group of a shell that would go on to write a marker file;
        // libedit's kill(0, SIGHUP) used to end that shell too.
        let binary = try #require(TestExecutable.k8sTutor)
        let marker = stateHome + "/shell-survived"
        let session = try PTYSession(
            executable: "/bin/sh",
            arguments: ["-c", "\(PTYSession.shellQuoted(binary)) play; echo yes > \(PTYSession.shellQuoted(marker))"],
            environment: ["XDG_STATE_HOME": stateHome, "HOME": stateHome])
        try session.waitFor("> ")
        try session.run("kubectl get pods")
        let tutor = try TutorProcess.find(stateHome: stateHome)
        kill(tutor, SIGHUP)
        #expect(try session.waitForExit() == 0)
        #expect(try String(contentsOfFile: marker, encoding: .utf8) == "yes\n")
        #expect(try history().hasSuffix("kubectl\\040get\\040pods\n"))
    }

    @Test func sigtermDuringALessonKeepsHistoryAndProgress() throws {
        let first = try terminal.start(["learn", "pod-termination", "--seed", "3"])
        try first.run("next")
        try first.run("kubectl apply -f pod-with-graceful-termination.yaml")
        let tutor = try TutorProcess.find(stateHome: stateHome)
        kill(tutor, SIGTERM)
        #expect(try first.waitForExit() == 128 + SIGTERM)
        #expect(try history().hasSuffix("next\nkubectl\\040apply\\040-f\\040pod-with-graceful-termination.yaml\n"))
        #expect(files(in: progressFolder) == ["pod-termination.journal", "pod-termination.json", "pod-termination.lock"])

        let second = try terminal.start(["--seed", "3"])
        #expect(second.output.contains("Resuming where you left off (step 2 of 10)."))
        let pods = try second.run("kubectl get deployments")
        #expect(pods.contains("nginx-deployment"))
        second.send(.ctrlD)
        #expect(try second.waitForExit() == 0)
    }

    @Test func controlDInTheMiddleOfALessonKeepsProgress() throws {
        let first = try terminal.start(["learn", "pod-termination", "--seed", "3"])
        try first.run("next")
        first.send("kubectl get pods")  // typed but not entered: not run, not saved
        first.send(.ctrlU, .ctrlD)
        #expect(try first.waitForExit() == 0)
        let second = try terminal.start(["--seed", "3"])
        #expect(second.output.contains("Resuming where you left off (step 2 of 10)."))
        second.send(.ctrlD)
        #expect(try second.waitForExit() == 0)
    }

    @Test func aSecondTutorOnTheSameLessonIsReadOnlyAndSaysSo() throws {
        let first = try terminal.start(["learn", "pod-termination", "--seed", "3"])
        try first.run("next")
        let second = try terminal.start(["learn", "pod-termination", "--seed", "3"])
        let owner = try TutorProcess.find(stateHome: stateHome)
        #expect(second.output.contains("k8s-tutor: lesson pod-termination is open in another k8s-tutor (process \(owner))."))
        #expect(second.output.contains("Resuming where you left off (step 2 of 10)."))
        try second.run("reset lesson")
        second.send(.ctrlD)
        #expect(try second.waitForExit() == 0)
        try first.run("kubectl apply -f pod-with-graceful-termination.yaml")
        first.send(.ctrlD)
        #expect(try first.waitForExit() == 0)
        let check = try ScriptRun.run(["learn", "pod-termination", "--seed", "3"], lines: ["progress"], stateHome: stateHome)
        #expect(check.error == "")
        #expect(check.output.contains("Resuming where you left off (step 2 of 10)."))
        #expect(check.output.contains("nginx-deployment") || check.status == 0)
    }

    /// Ends the tutor at every step of its progress writes in turn and proves each time that the files
    /// still load, with no temporary file left once the next tutor has started.
    @Test func progressSurvivesACrashAtEveryStepOfAWrite() throws {
        let lines = [
            "kubectl apply -f pod-with-graceful-termination.yaml", "kubectl apply -f explore-graceful-termination-nginx.yaml",
            "sleep 10", "kubectl get pods",
        ]
        var crashes = 0
        for step in 1...200 {
            let home = stateHome + "/trial-\(step)"
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            let setup = try ScriptRun.run(["learn", "pod-termination", "--seed", "3"], lines: ["next"], stateHome: home)
            #expect(setup.status == 0)
            let crashed = try ScriptRun.run(["learn", "pod-termination", "--seed", "3"], lines: lines, stateHome: home,
                                            environment: ["K8S_TUTOR_CRASH_AT": String(step)])
            let check = try ScriptRun.run(["learn", "pod-termination", "--seed", "3"], lines: ["progress"], stateHome: home)
            #expect(check.status == 0)
            #expect(check.error == "", "after a crash at step \(step)")
            #expect(check.output.contains("Resuming where you left off (step"), "after a crash at step \(step)")
            #expect(!files(in: home + "/k8s-tutor/progress").contains { $0.contains(".tmp-") || $0.contains("corrupt") },
                    "after a crash at step \(step)")
            if crashed.status != 86 {
                #expect(crashed.status == 0)
                #expect(check.output.contains("Resuming where you left off (step 3 of 10)."))
                break
            }
            #expect(crashed.error.contains("simulated crash at step \(step)"))
            crashes += 1
        }
        #expect(crashes >= 20)  // a snapshot, a journal and a record per line: every one was hit
    }

    /// A saved line that crashes every replay is set aside after one crash; a killed replay is not a crash.
    @Test func aLineThatCrashesTheReplayIsSetAsideAfterOneCrash() throws {
        let lesson = ["learn", "pod-termination", "--seed", "3"]
        let saved = try ScriptRun.run(lesson, lines: ["next", "hint", "progress"], stateHome: stateHome)
        #expect(saved.status == 0)
        let crashed = try ScriptRun.run(lesson, lines: [], stateHome: stateHome, environment: ["K8S_TUTOR_TRAP_ON_REPLAY": "hint"])
        #expect(crashed.status != 0)
        #expect(crashed.error.contains("simulated crash replaying `hint`"))
        let resumed = try ScriptRun.run(lesson, lines: ["progress"], stateHome: stateHome, environment: ["K8S_TUTOR_TRAP_ON_REPLAY": "hint"])
        #expect(resumed.status == 0)
        #expect(resumed.error == "k8s-tutor: last time, replaying your saved progress stopped the program at line 2 (`hint`). That line and the 1 after it were moved to \(progressFolder)/pod-termination.json.crashed-1, and the lesson resumes just before it.\n")
        #expect(resumed.output.contains("Resuming where you left off (step 2 of 10)."))
        #expect(files(in: progressFolder).contains("pod-termination.json.crashed-1"))
    }

    /// The same for the history file, through the line editor on a terminal.
    @Test func historySurvivesACrashAtEveryStepOfAWrite() throws {
        let old = "_HiStOrY_V2_\nkubectl\\040get\\040namespaces\n"
        let new = old + "kubectl\\040get\\040pods\n"
        for step in 1...4 {
            try FileManager.default.createDirectory(atPath: stateHome + "/k8s-tutor", withIntermediateDirectories: true)
            try old.write(toFile: historyPath, atomically: true, encoding: .utf8)
            let session = try terminal.start(["play"], environment: ["K8S_TUTOR_HISTORY_CRASH_AT": String(step)])
            session.send("kubectl get pods", .enter)
            #expect(try session.waitForExit() == 86)
            let saved = try history()
            #expect(saved == old || saved == new, "after a crash at history step \(step)")
            let next = try terminal.start(["play"])
            next.send(.ctrlD)
            #expect(try next.waitForExit() == 0)
            #expect(files(in: stateHome + "/k8s-tutor") == ["history"], "after a crash at history step \(step)")
        }
    }
}
