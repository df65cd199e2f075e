import ClusterModel
import Foundation
import Kubectl
import Testing

@testable import Sandbox

/// `apply -R -f` over real folders walks as kubectl's `filepath.Walk` does: links are files, never followed into.
@Suite struct ManifestWalkTests {
    private static let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: [{name: c, image: nginx}]\n"

    @Test func aFolderWithLinkLoopsEnds() throws {
        let folder = NSTemporaryDirectory() + "k8s-tutor-walk-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/app/deeper", withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: folder) }
        try Self.pod.write(toFile: folder + "/app/web.yaml", atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: folder + "/app/loop", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder + "/app/deeper/up", withDestinationPath: "../..")
        try manager.createSymbolicLink(atPath: folder + "/app/deeper/self", withDestinationPath: ".")
        var sandbox = Sandbox(seed: 3, realDirectory: folder)
        let host = BufferedKubectlHost()
        let outcome = sandbox.run("kubectl apply -R -f app", host: host)
        #expect(host.standardOutput == "pod/web created\n")
        #expect(host.standardError.isEmpty)
        #expect(outcome.exitCode == 0)
    }

    @Test func aByteOrderMarkIsAccepted() {
        var sandbox = Sandbox(seed: 3, files: ["bom.yaml": "\u{FEFF}" + Self.pod])
        let host = BufferedKubectlHost()
        #expect(sandbox.run("kubectl apply -f bom.yaml", host: host).exitCode == 0)
        #expect(host.standardOutput == "pod/web created\n")
    }

    @Test func anIntegralFloatIsAnInteger() {
        let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3.0\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c, image: nginx}]}\n"
        var sandbox = Sandbox(seed: 3, files: ["d.yaml": deployment])
        let host = BufferedKubectlHost()
        _ = sandbox.run("kubectl apply -f d.yaml", host: host)
        #expect(sandbox.cluster.object(.deployments, namespace: "default", name: "web")?["spec"]["replicas"] == 3)
    }

    @Test func catAndLsShowControlCharactersOnATerminal() {
        var sandbox = Sandbox(seed: 3, files: ["evil.txt": "title\u{1B}]0;pwned\u{7}\n", "a\u{1B}[2J.yaml": "x"])
        let host = BufferedKubectlHost(isTerminal: true)
        _ = sandbox.run("cat evil.txt", host: host)
        _ = sandbox.run("ls", host: host)
        #expect(host.standardOutput == "title^[]0;pwned^G\na^[[2J.yaml\nevil.txt\n")
        let pipe = BufferedKubectlHost()
        _ = sandbox.run("cat evil.txt", host: pipe)
        #expect(pipe.standardOutput == "title\u{1B}]0;pwned\u{7}\n")
    }
}
