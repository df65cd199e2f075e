import Kubectl
import Testing

@testable import Sandbox

/// One filter run: input text piped into a command line, and exactly what must come out.
///
/// The expected texts of the generated cases were produced by the real tools on Debian 12 (GNU grep 3.8,
/// coreutils 9.1, jq 1.6) from the same input, so they compare byte for byte.
struct FilterCase: Sendable, CustomTestStringConvertible {
    /// The filter's input.
    var input: String
    /// What follows `cat in.txt | `.
    var command: String
    /// The whole of standard output.
    var stdout: String
    /// The whole of standard error.
    var stderr: String = ""
    /// The pipeline's exit status.
    var status: Int32 = 0

    var testDescription: String { command }
}

/// Runs `cat in.txt | command` in a sandbox whose `in.txt` holds `input`.
func runFiltered(_ input: String, _ command: String, language: String = "en") -> (stdout: String, stderr: String, status: Int32) {
    var sandbox = Sandbox(seed: 1, files: ["in.txt": input])
    let host = BufferedKubectlHost()
    host.language = language
    let outcome = sandbox.run("cat in.txt | " + command, host: host)
    return (host.standardOutput, host.standardError, outcome.exitCode)
}

/// Checks a case against a run.
func check(_ filterCase: FilterCase) {
    let result = runFiltered(filterCase.input, filterCase.command)
    #expect(result.stdout == filterCase.stdout)
    #expect(result.stderr == filterCase.stderr)
    #expect(result.status == filterCase.status)
}
