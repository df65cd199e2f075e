import Foundation
import Testing

/// The whole pod-termination lesson in Chinese on a pseudo-terminal with the real binary, quitting halfway
/// and resuming with plain `k8s-tutor`, as a learner would.
@Suite struct LessonEndToEndTests {
    let stateHome: String

    init() throws {
        stateHome = FileManager.default.temporaryDirectory
            .appendingPathComponent("k8s-tutor-lesson-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: stateHome, withIntermediateDirectories: true)
    }

    /// Starts the binary with a Chinese locale and waits for its first prompt.
    func start(_ arguments: [String]) throws -> PTYSession {
        let binary = try #require(TestExecutable.k8sTutor, "k8s-tutor binary not found next to the tests")
        let session = try PTYSession(
            executable: binary, arguments: arguments,
            environment: ["XDG_STATE_HOME": stateHome, "HOME": stateHome, "LANG": "zh_CN.UTF-8"], columns: 100,
            rows: 40)
        try session.waitFor("> ")
        return session
    }

    /// Types a line and returns what was printed up to the next prompt.
    @discardableResult
    func run(_ line: String, in session: PTYSession) throws -> String {
        let mark = session.mark()
        session.send(line, .enter)
        do {
            return try session.waitFor("k8s-tutor ", after: mark + line.utf8.count)
        } catch {
            print("Screen so far:\n\(session.output)")
            throw error
        }
    }

    @Test func theWholeLessonInChineseWithAQuitAndAResume() throws {
        let first = try start(["learn", "pod-termination", "--seed", "3"])
        #expect(first.output.contains("第 1 步，共 8 步"))
        try run("next", in: first)
        try run("kubectl apply -f pod-with-graceful-termination.yaml", in: first)
        try run("kubectl apply -f explore-graceful-termination-nginx.yaml", in: first)
        try run("sleep 10", in: first)
        let pods = try run("kubectl get pods", in: first)
        let podName = try #require(
            pods.split(whereSeparator: \.isNewline).first { $0.hasPrefix("nginx-deployment-") }?
                .split(separator: " ").first.map(String.init))
        let slices = try run("kubectl get endpointslices", in: first)
        #expect(slices.contains("第 4 步，共 8 步"))
        first.send("exit", .enter)
        #expect(try first.waitForExit() == 0)

        // Plain `k8s-tutor` resumes the lesson in progress, at the same step, with the same cluster.
        let second = try start(["--seed", "3"])
        #expect(second.output.contains("第 4 步，共 8 步"))
        let json = try run("kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service", in: second)
        #expect(json.contains("\"name\": \"\(podName)\""))
        #expect(json.contains("第 5 步，共 8 步"))

        // kubectl delete waits while the Pod terminates; Ctrl-C stops the waiting, not the deletion.
        var mark = second.mark()
        second.send("kubectl delete pod \(podName)", .enter)
        try second.waitFor("pod \"\(podName)\" deleted from default namespace", after: mark)
        second.send(.ctrlC)
        try second.waitFor("第 6 步，共 8 步", after: mark)
        try second.waitFor("k8s-tutor ", after: mark)
        try run("sleep 5", in: second)
        let terminating = try run("kubectl get pods", in: second)
        #expect(terminating.contains("Terminating"))
        let conditions = try run(
            "kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service", in: second)
        #expect(conditions.contains("\"terminating\": true"))
        #expect(conditions.contains("第 8 步，共 8 步"))
        try run("sleep 2m", in: second)
        mark = second.mark()
        let last = try run("kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service", in: second)
        #expect(!last.contains(podName))
        #expect(last.contains("课程完成。"))
        second.send(.ctrlD)
        #expect(try second.waitForExit() == 0)
    }
}
