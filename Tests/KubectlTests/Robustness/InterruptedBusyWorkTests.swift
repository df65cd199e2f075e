import ClusterModel
import Testing

@testable import Kubectl

/// Ctrl-C during busy work (issue 18): reading many manifests or deleting many objects stops early.
@Suite struct InterruptedBusyWorkTests {
    private static func pod(_ name: String) -> String {
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \(name)\nspec:\n  containers: [{name: c, image: nginx}]\n"
    }

    @Test func anInterruptedApplyAppliesNothing() {
        var files: [String: String] = [:]
        for index in 0..<200 { files["many/p\(index).yaml"] = Self.pod("p\(index)") }
        let session = KubectlSession(files: files)
        session.host.interruptRequested = true
        let before = session.cluster.lastSequence
        let apply = session.run("apply -R -f many")
        #expect(apply.exitCode == 130)
        #expect(apply.stdout.isEmpty && apply.stderr.isEmpty)
        #expect(session.cluster.lastSequence == before)
    }

    @Test func anInterruptedDeleteStops() {
        let session = KubectlSession(files: ["p.yaml": Self.pod("a") + "---\n" + Self.pod("b")])
        session.run("apply -f p.yaml")
        session.host.interruptRequested = true
        #expect(session.run("delete pods --all --wait=false").exitCode == 130)
        #expect(session.names(.pods) == ["a", "b"])
    }
}
