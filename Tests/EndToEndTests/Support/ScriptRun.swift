import Foundation
import Testing

/// Runs `k8s-tutor` with piped input (script mode) and collects its output and exit status.
struct ScriptRun {
    /// The exit status.
    var status: Int32
    /// Standard output.
    var output: String
    /// Standard error.
    var error: String

    /// Runs the binary with `arguments`, typing `lines` on standard input.
    static func run(_ arguments: [String], lines: [String], stateHome: String, environment: [String: String] = [:]) throws -> ScriptRun {
        let binary = try #require(TestExecutable.k8sTutor, "k8s-tutor binary not found next to the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var full = ["PATH": "/usr/bin:/bin", "HOME": stateHome, "XDG_STATE_HOME": stateHome, "LANG": "C.UTF-8"]
        full.merge(environment) { _, new in new }
        process.environment = full
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // The process may end before reading everything (a simulated crash): ignore EPIPE.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
        try? input.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ScriptRun(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }
}
