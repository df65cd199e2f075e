import Testing

@testable import ClusterModel

/// Containers whose process ends: `restartPolicy`, the phase `getPhase` gives, and the crash-loop back-off.
@Suite struct ContainerLifecycleTests {
    func pod(_ name: String, policy: String, script: String) -> JSONValue {
        [
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)],
            "spec": [
                "restartPolicy": .string(policy),
                "containers": [["name": "c", "image": "busybox:1.36", "command": ["sh", "-c", .string(script)]]],
            ],
        ]
    }

    func status(_ cluster: Cluster, _ name: String) -> JSONValue { cluster.object(.pods, namespace: "default", name: name)?["status"] ?? .null }

    @Test func thePhaseFollowsTheRestartPolicy() throws {
        var cluster = Cluster(seed: 7)
        try cluster.declare(pod("never-fails", policy: "Never", script: "exit 2"))
        try cluster.declare(pod("never-succeeds", policy: "Never", script: "echo done"))
        try cluster.declare(pod("onfailure-succeeds", policy: "OnFailure", script: "exit 0"))
        try cluster.declare(pod("onfailure-fails", policy: "OnFailure", script: "exit 1"))
        cluster.advance(by: 30)
        #expect(status(cluster, "never-fails")["phase"] == "Failed")
        #expect(status(cluster, "never-fails")["conditions"].array?.first { $0["type"] == "Ready" }?["reason"] == "PodFailed")
        #expect(status(cluster, "never-succeeds")["phase"] == "Succeeded")
        #expect(status(cluster, "onfailure-succeeds")["phase"] == "Succeeded")
        #expect(status(cluster, "onfailure-fails")["phase"] == "Running")
        #expect(status(cluster, "onfailure-fails")["containerStatuses"][0]["restartCount"].int ?? 0 >= 2)
        #expect(try cluster.podLog(namespace: "default", name: "never-succeeds").map(\.text) == ["done"])
    }

    @Test func restartsWaitTenSecondsDoublingFromTheLastFinish() throws {
        var cluster = Cluster(seed: 7)
        try cluster.declare(pod("crash", policy: "Always", script: "exit 1"))
        var restarts: [Int] = []
        var previous = 0
        for second in 1...400 {
            cluster.advance(by: 1)
            let count = status(cluster, "crash")["containerStatuses"][0]["restartCount"].int ?? 0
            if count != previous {
                restarts.append(second)
                previous = count
            }
        }
        // Restart 1 at once, then 10, 20, 40, 80 and 160 s after each finish (sampled each second; the process runs
        // 0.2 s).
        let gaps = zip(restarts.dropFirst(), restarts).map { $0 - $1 }
        #expect(restarts.first == 3)
        #expect(gaps.count == 5 && zip(gaps, [10, 20, 40, 80, 160]).allSatisfy { abs($0 - $1) <= 1 }, "\(gaps)")
        let waiting = status(cluster, "crash")["containerStatuses"][0]["state"]["waiting"]
        #expect(waiting["reason"] == "CrashLoopBackOff")
        #expect(waiting["message"].string?.hasPrefix("back-off 5m0s restarting failed container=c pod=crash_default(") == true)
    }
}
