import ClusterModel
import Foundation
import Kubectl
import Testing

/// Replays the transcripts in `Golden/` (commands with their exact expected output) against seed 42.
///
/// Set `K8S_TUTOR_UPDATE_GOLDEN=1` to rewrite a transcript from the actual output (then review the diff).
@Suite struct GoldenTranscriptTests {
    static let transcripts = ["tutorial-walkthrough.txt", "errors.txt", "config-data.txt", "labels.txt", "basics.txt", "failures.txt", "kube-system.txt", "namespaces.txt", "jobs.txt", "verbs.txt", "drain.txt", "statefulsets.txt", "rollout.txt"]

    @Test(arguments: transcripts)
    func transcriptMatches(_ name: String) throws {
        let url = Fixtures.goldenDirectory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let transcript = GoldenTranscript(text: text)
        #expect(!transcript.steps.isEmpty)
        let session = KubectlSession(seed: 42, files: Fixtures.files)
        let results = GoldenTranscript.run(transcript.steps, session: session)
        if ProcessInfo.processInfo.environment["K8S_TUTOR_UPDATE_GOLDEN"] == "1" {
            let header = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("##") }.map { $0 + "\n" }.joined()
            try (header + GoldenTranscript.render(results)).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        for (step, actual) in results {
            #expect(actual == step.expected, "$ \(step.command)")
        }
    }
}
