import ClusterModel
import Foundation
import Kubectl

/// A readable transcript: `$ ` lines are commands, the lines up to the next `$ ` are the expected combined
/// stdout+stderr, and a final `[exit N]` line records a non-zero exit status. `## ` lines are comments.
/// `$ sleep N` lets N seconds of virtual time pass.
struct GoldenTranscript {
    /// One command and what it must print.
    struct Step {
        var command: String
        var expected: String
    }

    var steps: [Step] = []

    /// Parses a transcript file.
    init(text: String) {
        var current: Step?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") || line == "##" { continue }
            if line.hasPrefix("$ ") {
                if let current { steps.append(current) }
                current = Step(command: String(line.dropFirst(2)), expected: "")
            } else if current != nil {
                current!.expected += line + "\n"
            }
        }
        if var last = current {
            // The file's final newline is not part of the output.
            if last.expected.hasSuffix("\n") { last.expected.removeLast() }
            steps.append(last)
        }
    }

    /// Runs every step against a fresh session; returns the actual transcript text in the same format.
    static func run(_ steps: [Step], session: KubectlSession) -> [(Step, String)] {
        steps.map { step in
            if step.command.hasPrefix("sleep ") {
                session.cluster.advance(by: Double(step.command.dropFirst(6)) ?? 0)
                return (step, "")
            }
            let output = session.run(step.command)
            var actual = output.combined
            if output.exitCode != 0 { actual += "[exit \(output.exitCode)]\n" }
            return (step, actual)
        }
    }

    /// The transcript text for steps with the given outputs (comments are not preserved).
    static func render(_ results: [(Step, String)]) -> String {
        results.map { "$ \($0.0.command)\n\($0.1)" }.joined()
    }
}
