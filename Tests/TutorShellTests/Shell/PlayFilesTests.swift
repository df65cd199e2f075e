import Foundation
import Testing

@testable import TutorShell

@Suite("Free play offers the tutorial's manifests")
struct PlayFilesTests {
    @Test("the two manifests are there without a lesson, as the README's session shows")
    func tutorialManifestsAreThere() {
        let run = runScript([
            "ls", "kubectl apply -f pod-with-graceful-termination.yaml -f explore-graceful-termination-nginx.yaml",
        ])
        #expect(run.status == 0)
        #expect(
            run.output.standardOutput
                == "explore-graceful-termination-nginx.yaml\npod-with-graceful-termination.yaml\n"
                + "deployment.apps/nginx-deployment created\nservice/nginx-service created\n")
    }

    @Test("a file of the same name in the learner's directory wins")
    func ownFilesWin() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("play-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let own = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: mine}
            spec:
              selector: {matchLabels: {app: mine}}
              template:
                metadata: {labels: {app: mine}}
                spec: {containers: [{name: web, image: nginx}]}
            """
        try own.write(to: directory.appendingPathComponent("pod-with-graceful-termination.yaml"), atomically: true, encoding: .utf8)
        let run = runScript(["kubectl apply -f pod-with-graceful-termination.yaml"], workingDirectory: directory.path)
        #expect(run.status == 0)
        #expect(run.output.standardOutput == "deployment.apps/mine created\n")
        #expect(PlayFiles.files(realDirectory: directory.path).keys.sorted() == ["explore-graceful-termination-nginx.yaml"])
    }
}
