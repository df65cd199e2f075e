import Foundation
import Testing
import TutorialEngine

@testable import TutorShell

@Suite("Lessons in the shell")
struct LessonInShellTests {
    /// Runs lines through a script-mode shell that starts the pod-termination lesson with progress in `state`.
    static func runLesson(_ lines: [String], state: String, language: String = "en") -> (text: String, status: Int32) {
        let store = ProgressStore(directory: state)
        let services = LessonServices(
            catalog: LessonCatalog.standard(environment: [:], store: store), store: store, language: language,
            style: TerminalStyle(colors: false), width: 80)
        let output = BufferedOutput()
        let configuration = ShellConfiguration(seed: 4, environment: [:], interactive: false, workingDirectory: nil)
        let shell = Shell(configuration: configuration, services: services, reader: ScriptedReader(lines), sink: output)
        shell.startLesson(services.catalog.lesson(id: "pod-termination")!)
        let status = shell.run()
        return (output.text, status)
    }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "k8s-tutor-shell-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("quitting halfway and starting again resumes at the same step with the same cluster")
    func resumeAfterQuitting() throws {
        let state = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let first = Self.runLesson(
            [
                "next", "kubectl apply -f pod-with-graceful-termination.yaml",
                "kubectl apply -f explore-graceful-termination-nginx.yaml", "sleep 10", "kubectl get pods", "exit",
            ], state: state)
        #expect(first.status == 0)
        #expect(first.text.contains("Step 3 of 10"))
        let podName = try #require(first.text.split(separator: "\n").first { $0.hasPrefix("nginx-deployment-") })
            .split(separator: " ").first.map(String.init)
        #expect(FileManager.default.fileExists(atPath: state + "/pod-termination.json"))

        let second = Self.runLesson(["kubectl get pods"], state: state)
        #expect(second.text.contains("Step 3 of 10"))
        #expect(second.text.contains(try #require(podName)))
    }

    @Test("lesson meta-commands are reachable and unknown words still get the shell's error")
    func metaCommandsAndErrors() {
        let state = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let run = Self.runLesson(["task", "progress", "kubeclt get pods"], state: state)
        #expect(run.status == 1)
        #expect(run.text.contains("unknown command \"kubeclt\"\nDid you mean \"kubectl\"?"))
    }

    @Test("the lesson speaks Chinese when asked")
    func chinese() {
        let state = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let run = Self.runLesson(["next"], state: state, language: "zh-CN")
        #expect(run.text.contains("第 2 步，共 10 步"))
    }

    @Test("play leaves the lesson and keeps the cluster")
    func playKeepsCluster() {
        let state = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let run = Self.runLesson(
            ["next", "kubectl apply -f pod-with-graceful-termination.yaml", "play", "kubectl get deployments"],
            state: state)
        #expect(run.text.contains("Free play"))
        #expect(run.text.contains("nginx-deployment   "))
    }
}

