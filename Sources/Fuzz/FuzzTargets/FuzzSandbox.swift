import Foundation
import Kubectl
import Sandbox
import TutorialEngine

/// The cluster every fuzz input starts from: a Deployment behind a Service, running, with the built-in
/// lessons' manifests in the working directory, so that `get`, `describe`, `delete` and `apply -f` have
/// something to work on.
///
/// `Sandbox` is a value type, so each input runs on its own copy and inputs cannot affect each other.
enum FuzzSandbox {
    /// The virtual files of the built-in lessons (manifests and texts), by their path in the lesson folder.
    static let files: [String: String] = BuiltinLessons.bundles.reduce(into: [:]) { files, bundle in
        files.merge(bundle.files) { first, _ in first }
    }

    /// The prepared sandbox, created once.
    static let prepared: Sandbox = {
        var sandbox = Sandbox(seed: 18, files: files)
        let host = BufferedKubectlHost()
        for line in ["kubectl apply -f web-deployment.yaml", "kubectl apply -f web-service.yaml", "sleep 20s"] {
            _ = sandbox.run(line, host: host)
        }
        return sandbox
    }()

    /// Whether to print each command and its output to stderr (`K8S_TUTOR_FUZZ_ECHO=1`), to see what an
    /// input does when reproducing it.
    static let echo = ProcessInfo.processInfo.environment["K8S_TUTOR_FUZZ_ECHO"] == "1"

    /// Runs `line` in `sandbox` and appends it and its output to `transcript` as the golden transcripts show
    /// them (`$ line`, the combined output, `[exit N]` when it failed); echoes them when `echo` is set.
    static func run(_ line: String, in sandbox: inout Sandbox, host: BufferedKubectlHost, transcript: inout String) {
        let outcome = sandbox.run(line, host: host)
        let entry = "$ \(line)\n" + host.combinedOutput + (outcome.exitCode == 0 ? "" : "[exit \(outcome.exitCode)]\n")
        host.clearOutput()
        if echo {
            FileHandle.standardError.write(Data(entry.utf8))
        }
        transcript += entry
    }

    /// A host that keeps output in memory and lets a blocking command consume at most ten virtual minutes.
    static func host() -> BufferedKubectlHost {
        BufferedKubectlHost(timeCap: 600)
    }
}
