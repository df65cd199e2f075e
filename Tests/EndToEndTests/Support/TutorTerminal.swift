import Foundation
import Testing

/// Starts `k8s-tutor` on a pseudo-terminal with its own state folder, as the end-to-end tests need it.
struct TutorTerminal {
    /// A fresh `XDG_STATE_HOME` (and `HOME`) for one test, so history and progress never leak.
    let stateHome: String

    /// Creates the state folder in the temporary directory.
    init() throws {
        stateHome = FileManager.default.temporaryDirectory
            .appendingPathComponent("k8s-tutor-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: stateHome, withIntermediateDirectories: true)
    }

    /// Starts the binary with `arguments` and waits for its first prompt.
    func start(
        _ arguments: [String], environment: [String: String] = [:], columns: Int = 80, rows: Int = 24
    ) throws -> PTYSession {
        let binary = try #require(TestExecutable.k8sTutor, "k8s-tutor binary not found next to the tests")
        var fullEnvironment = ["XDG_STATE_HOME": stateHome, "HOME": stateHome]
        fullEnvironment.merge(environment) { _, new in new }
        let session = try PTYSession(
            executable: binary, arguments: arguments, environment: fullEnvironment, columns: columns, rows: rows)
        try session.waitFor("> ")
        return session
    }
}

extension PTYSession {
    /// Types a line and returns what was printed up to the next prompt (the screen is printed on failure).
    @discardableResult
    func run(_ line: String) throws -> String {
        let mark = mark()
        send(line, .enter)
        do {
            return try waitFor("k8s-tutor ", after: mark + line.utf8.count)
        } catch {
            print("Screen so far:\n\(output)")
            throw error
        }
    }
}
