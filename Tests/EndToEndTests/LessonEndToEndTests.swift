import Foundation
import Testing

/// The whole pod-termination lesson in Chinese on a pseudo-terminal with the real binary, quitting halfway
/// and resuming with plain `k8s-tutor`, as a learner would.
@Suite struct LessonEndToEndTests {
    let terminal: TutorTerminal

    init() throws {
        terminal = try TutorTerminal()
    }

    /// Starts the binary with a Chinese locale on a 100×40 terminal.
    func start(_ arguments: [String]) throws -> PTYSession {
        try terminal.start(arguments, environment: ["LANG": "zh_CN.UTF-8"], columns: 100, rows: 40)
    }

    @Test func theWholeLessonInChineseWithAQuitAndAResume() throws {
        let first = try start(["learn", "pod-termination", "--seed", "3"])
        #expect(first.output.contains("第 1 步，共 10 步"))
        try first.run("next")
        try first.run("kubectl apply -f pod-with-graceful-termination.yaml")
        try first.run("kubectl apply -f explore-graceful-termination-nginx.yaml")
        try first.run("sleep 10")
        let pods = try first.run("kubectl get pods")
        let podName = try #require(
            pods.split(whereSeparator: \.isNewline).first { $0.hasPrefix("nginx-deployment-") }?
                .split(separator: " ").first.map(String.init))
        let slices = try first.run("kubectl get endpointslices")
        #expect(slices.contains("第 4 步，共 10 步"))
        first.send("exit", .enter)
        #expect(try first.waitForExit() == 0)

        // Plain `k8s-tutor` resumes the lesson in progress, at the same step, with the same cluster.
        let second = try start(["--seed", "3"])
        #expect(second.output.contains("第 4 步，共 10 步"))
        let json = try second.run("kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service")
        #expect(json.contains("\"name\": \"\(podName)\""))
        #expect(json.contains("第 5 步，共 10 步"))
        let traffic = try second.run("traffic start nginx-service --rate 5/s")
        #expect(traffic.contains("流量：每秒 5 个请求发往 nginx-service:80"))
        #expect(traffic.contains("第 6 步，共 10 步"))

        // kubectl delete waits while the Pod terminates; Ctrl-C stops the waiting, not the deletion.
        var mark = second.mark()
        second.send("kubectl delete pod \(podName)", .enter)
        try second.waitFor("pod \"\(podName)\" deleted from default namespace", after: mark)
        second.send(.ctrlC)
        try second.waitFor("第 7 步，共 10 步", after: mark)
        try second.waitFor("k8s-tutor ", after: mark)
        try second.run("sleep 5")
        // The requests have moved to the new Pod, and none failed.
        let moved = try second.run("traffic")
        #expect(moved.contains("个请求，0 个失败"))
        #expect(moved.contains("[pod-termination 8/10]"))
        let terminating = try second.run("kubectl get pods")
        #expect(terminating.contains("Terminating"))
        let conditions = try second.run(
            "kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service")
        #expect(conditions.contains("\"terminating\": true"))
        #expect(conditions.contains("第 10 步，共 10 步"))
        try second.run("sleep 2m")
        mark = second.mark()
        let last = try second.run("kubectl get endpointslices -o json -l kubernetes.io/service-name=nginx-service")
        #expect(!last.contains(podName))
        #expect(last.contains("课程完成。"))
        second.send(.ctrlD)
        #expect(try second.waitForExit() == 0)
    }
}
