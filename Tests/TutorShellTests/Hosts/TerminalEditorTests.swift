import Foundation
import Kubectl
import Testing

@testable import TutorShell

/// The editor `kubectl edit` runs in the interactive shell: kubectl's lookup of the editor, the private temporary
/// file, a real program run on it, and kubectl's messages when the editor cannot run.
@Suite struct TerminalEditorTests {
    /// A fresh temporary directory used as `$TMPDIR`, so the test sees exactly the files the editor leaves.
    let temporary: String

    init() throws {
        temporary = FileManager.default.temporaryDirectory.appendingPathComponent("terminal-editor-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    }

    func leftovers() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] }

    /// A shell script that runs `body` with `$1` the file.
    func script(_ body: String) throws -> String {
        let path = temporary + "/editor-\(UUID().uuidString).sh"
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    func environment(_ editor: [String: String]) -> [String: String] {
        ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TMPDIR": temporary].merging(editor) { $1 }
    }

    @Test func theEditorIsLookedUpAsKubectlDoes() {
        #expect(TerminalEditor.command(environment: [:]) == (["vi"], false))
        #expect(TerminalEditor.command(environment: ["EDITOR": "nano"]) == (["nano"], false))
        #expect(TerminalEditor.command(environment: ["KUBE_EDITOR": "emacs", "EDITOR": "nano"]) == (["emacs"], false))
        #expect(TerminalEditor.command(environment: ["KUBE_EDITOR": "", "EDITOR": "nano"]) == (["nano"], false))
        #expect(TerminalEditor.command(environment: ["EDITOR": "code --wait"]) == (["code", "--wait"], false))
        #expect(TerminalEditor.command(environment: ["EDITOR": "vim -c 'set ft=yaml'"]) == (["/bin/bash", "-c", "vim -c 'set ft=yaml'"], true))
        #expect(TerminalEditor.command(environment: ["EDITOR": "vim -c 'x'", "SHELL": "/bin/zsh"]) == (["/bin/zsh", "-c", "vim -c 'x'"], true))
    }

    @Test func theEditorChangesAPrivateFileThatIsGoneWhenDiscarded() throws {
        // The editor also leaves a backup beside the file, as some do.
        let editor = try script("sed -i 's/replicas: 1/replicas: 3/' \"$1\"\ncp \"$1\" \"$1~\"")
        let result = TerminalEditor(environment: environment(["EDITOR": editor])).edit("spec:\n  replicas: 1\n", fileExtension: ".yaml")
        guard case .saved(let contents, let path) = result else {
            Issue.record("not saved: \(result)")
            return
        }
        #expect(contents == "spec:\n  replicas: 3\n")
        #expect(path.hasPrefix(temporary + "/k8s-tutor-edit-"))
        #expect(path.hasSuffix(".yaml"))
        #expect((path as NSString).lastPathComponent.hasPrefix("kubectl-edit-"))
        let file = try FileManager.default.attributesOfItem(atPath: path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        let directory = try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)
        #expect((directory[.posixPermissions] as? Int) == 0o700)
        TerminalEditor.discard(path)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(leftovers().filter { $0.hasPrefix("k8s-tutor-edit-") }.isEmpty)
    }

    /// An editor command with quotes runs through the shell, with the path quoted at its end.
    @Test func aQuotedEditorRunsThroughTheShell() {
        let result = TerminalEditor(environment: environment(["KUBE_EDITOR": "sed -i 's/a: 1/a: 2/'", "SHELL": "/bin/sh"]))
            .edit("a: 1\n", fileExtension: ".json")
        guard case .saved(let contents, let path) = result else {
            Issue.record("not saved: \(result)")
            return
        }
        #expect(contents == "a: 2\n")
        #expect(path.hasSuffix(".json"))
        TerminalEditor.discard(path)
    }

    @Test func editorsThatCannotRunLeaveNothingBehind() throws {
        #expect(TerminalEditor(environment: environment(["EDITOR": "no-such-editor-k8s-tutor"])).edit("x\n", fileExtension: ".yaml")
            == .failed("unable to launch the editor \"no-such-editor-k8s-tutor\""))
        #expect(TerminalEditor(environment: environment(["EDITOR": "/nonexistent/vi"])).edit("x\n", fileExtension: ".yaml")
            == .failed("there was a problem with the editor \"/nonexistent/vi\""))
        let failing = try script("exit 3")
        #expect(TerminalEditor(environment: environment(["EDITOR": failing])).edit("x\n", fileExtension: ".yaml")
            == .failed("there was a problem with the editor \"\(failing)\""))
        let remover = try script("rm \"$1\"")
        let removed = TerminalEditor(environment: environment(["EDITOR": remover])).edit("x\n", fileExtension: ".yaml")
        guard case .failed(let message) = removed else {
            Issue.record("not failed: \(removed)")
            return
        }
        #expect(message.hasPrefix("open \(temporary)/k8s-tutor-edit-"))
        #expect(message.hasSuffix(".yaml: no such file or directory"))
        #expect(leftovers().filter { $0.hasPrefix("k8s-tutor-edit-") }.isEmpty)
    }

    @Test func discardTouchesOnlyTheEditorsOwnFiles() throws {
        let path = temporary + "/keep.yaml"
        try "keep\n".write(toFile: path, atomically: true, encoding: .utf8)
        TerminalEditor.discard(path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func scriptModeRunsNoEditor() {
        let host = ShellHost(sink: BufferedOutput(), policy: .jumpToEvents(cap: 60))
        #expect(host.editInteractively("x", fileExtension: ".yaml") == .unavailable)
    }
}
