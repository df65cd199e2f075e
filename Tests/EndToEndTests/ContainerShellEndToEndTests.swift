import Foundation
import Testing

/// `kubectl exec -it POD -- sh` on a pseudo-terminal: the container's own prompt, lines run in the container, and
/// `exit` back to the tutor's prompt.
@Suite struct ContainerShellEndToEndTests {
    let terminal: TutorTerminal

    init() throws {
        terminal = try TutorTerminal()
    }

    @Test func anAttachedShellHasTheContainersPromptUntilExit() throws {
        let session = try terminal.start(["play"])
        try session.run("kubectl run client --image=busybox:1.37 -- sleep 3600")
        try session.run("sleep 10")
        var mark = session.mark()
        session.send("kubectl exec -it client -- sh", .enter)
        try session.waitFor("/ # ", after: mark)
        mark = session.mark()
        session.send("hostname; echo $HOSTNAME", .enter)
        let output = try session.waitFor("/ # ", after: mark + 4)
        #expect(output.replacingOccurrences(of: "\r", with: "").contains("\nclient\nclient\n/ # "))
        mark = session.mark()
        session.send("exit", .enter)
        try session.waitFor("k8s-tutor ", after: mark)
        try session.run("kubectl get pod client")
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }
}
