import Foundation
import Testing

/// `kubectl edit` in the interactive shell on a pseudo-terminal: the learner's `$EDITOR` (here a shell script using
/// sed) runs on the object's file, and the change reaches the simulated cluster.
@Suite struct EditEndToEndTests {
    let terminal: TutorTerminal

    init() throws {
        terminal = try TutorTerminal()
    }

    /// An executable script in the test's state folder.
    func script(_ name: String, _ body: String) throws -> String {
        let path = terminal.stateHome + "/" + name
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test func theEditorsChangeIsApplied() throws {
        // The editor also keeps a copy of what it was given, to check kubectl's header.
        let editor = try script("editor.sh", "cp \"$1\" \"$(dirname \"$0\")/seen.yaml\"\nsed -i 's/replicas: 1$/replicas: 3/' \"$1\"")
        let session = try terminal.start(["play"], environment: ["EDITOR": editor, "TMPDIR": terminal.stateHome])
        try session.run("kubectl create deployment web --image=nginx:1.29")
        let edited = try session.run("kubectl edit deployment/web")
        #expect(edited.contains("deployment.apps/web edited"))
        let replicas = try session.run("kubectl get deployment web -o jsonpath='{.spec.replicas}'")
        #expect(replicas.replacingOccurrences(of: "\r\n", with: "\n").contains("\n3\n"))
        let seen = try String(contentsOfFile: terminal.stateHome + "/seen.yaml", encoding: .utf8)
        #expect(seen.hasPrefix("# Please edit the object below. Lines beginning with a '#' will be ignored,\n"))
        #expect(seen.contains("\nkind: Deployment\n"))
        // The temporary file and its private folder are gone.
        let left = try FileManager.default.contentsOfDirectory(atPath: terminal.stateHome).filter { $0.hasPrefix("k8s-tutor-edit-") }
        #expect(left.isEmpty)
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }

    @Test func anEditorThatCannotBeStartedIsKubectlsError() throws {
        let session = try terminal.start(["play"], environment: ["EDITOR": "no-such-editor-k8s-tutor", "KUBE_EDITOR": ""])
        let output = try session.run("kubectl edit namespace default")
        #expect(output.contains("error: unable to launch the editor \"no-such-editor-k8s-tutor\""))
        // The shell goes on.
        #expect(try session.run("kubectl get namespace default").contains("Active"))
        session.send(.ctrlD)
        #expect(try session.waitForExit() == 0)
    }
}
