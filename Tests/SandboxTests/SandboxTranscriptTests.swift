import Foundation
import Kubectl
import Sandbox
import Testing

/// Replays the transcripts in `Golden/` through a `Sandbox` (seed 42, the files of `Golden/files` in the working
/// directory): the shell language with its builtins (`traffic`, `sleep`) and attached container shells, where the
/// Kubectl transcripts run kubectl alone. `$ ` lines are commands, the lines up to the next `$ ` the expected
/// stdout and stderr, `[exit N]` a non-zero status; `## ` lines are comments.
///
/// Set `K8S_TUTOR_UPDATE_GOLDEN=1` to rewrite a transcript from the actual output (then review the diff).
@Suite struct SandboxTranscriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let transcripts = ["traffic.txt", "exec.txt"]

    static func files() throws -> [String: String] {
        let folder = directory.appendingPathComponent("files")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    @Test(arguments: transcripts)
    func transcriptMatches(_ name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        var steps: [(command: String, expected: String)] = []
        // Lines end at line feed bytes: a "\r\n" (curl -i's headers) is one Character.
        for bytes in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            let line = String(decoding: bytes, as: UTF8.self)
            if line.hasPrefix("##") { continue }
            if line.hasPrefix("$ ") { steps.append((String(line.dropFirst(2)), "")) } else if !steps.isEmpty { steps[steps.count - 1].expected += line + "\n" }
        }
        if let last = steps.last, last.expected.hasSuffix("\n") { steps[steps.count - 1].expected.removeLast() }
        #expect(!steps.isEmpty)
        var sandbox = Sandbox(seed: 42, files: try Self.files())
        var rendered = ""
        for step in steps {
            let host = BufferedKubectlHost()
            let outcome = sandbox.run(step.command, host: host)
            var actual = host.combinedOutput
            if outcome.exitCode != 0 { actual += "[exit \(outcome.exitCode)]\n" }
            rendered += "$ \(step.command)\n\(actual)"
            if ProcessInfo.processInfo.environment["K8S_TUTOR_UPDATE_GOLDEN"] != "1" { #expect(actual == step.expected, "$ \(step.command)") }
        }
        if ProcessInfo.processInfo.environment["K8S_TUTOR_UPDATE_GOLDEN"] == "1" {
            let header = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
                .prefix { $0.hasPrefix("##") }.map { $0 + "\n" }.joined()
            try (header + rendered).write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
