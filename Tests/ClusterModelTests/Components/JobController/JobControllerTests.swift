import Testing

@testable import ClusterModel

/// The Job controller runs pods until enough succeed, backs off after failures, gives up past `backoffLimit`, and
/// reports the status and conditions of a real Job.
@Suite struct JobControllerTests {
    static func job(_ name: String, script: String, completions: Int? = nil, parallelism: Int? = nil, backoffLimit: Int? = nil) -> JSONValue {
        var spec: JSONValue = [
            "template": ["spec": ["containers": [["name": "c", "image": "busybox:1.37", "command": ["sh", "-c", .string(script)]]], "restartPolicy": "Never"]]
        ]
        if let completions { spec["completions"] = .int(completions) }
        if let parallelism { spec["parallelism"] = .int(parallelism) }
        if let backoffLimit { spec["backoffLimit"] = .int(backoffLimit) }
        return ["apiVersion": "batch/v1", "kind": "Job", "metadata": ["name": .string(name), "namespace": "default"], "spec": spec]
    }

    @Test func theAPIServerDefaultsTheJobAndGeneratesItsSelector() throws {
        var cluster = Cluster(seed: 71)
        let stored = try cluster.create(Self.job("pi", script: "echo 3.14"))
        let uid = try #require(stored["metadata"]["uid"].string)
        #expect(stored["spec"]["completions"] == 1)
        #expect(stored["spec"]["parallelism"] == 1)
        #expect(stored["spec"]["backoffLimit"] == 6)
        #expect(stored["spec"]["completionMode"] == "NonIndexed")
        #expect(stored["spec"]["selector"] == ["matchLabels": ["batch.kubernetes.io/controller-uid": .string(uid)]])
        #expect(stored["spec"]["template"]["metadata"]["labels"]["job-name"] == "pi")
    }

    @Test func aJobWhosePodSucceedsCompletes() throws {
        var cluster = Cluster(seed: 72)
        try cluster.declare(Self.job("pi", script: "echo computing; sleep 5; echo done"))
        cluster.advance(by: 2)
        var job = try #require(cluster.object(.jobs, namespace: "default", name: "pi"))
        #expect(job["status"]["active"] == 1)
        #expect(job["status"]["startTime"] == "2026-11-28T12:00:00Z")
        cluster.advance(by: 20)
        job = try #require(cluster.object(.jobs, namespace: "default", name: "pi"))
        #expect(job["status"]["active"].isNull)
        #expect(job["status"]["succeeded"] == 1)
        #expect((job["status"]["conditions"].array ?? []).compactMap { $0["type"].string } == ["SuccessCriteriaMet", "Complete"])
        #expect(!job["status"]["completionTime"].isNull)
        let pods = cluster.list(.pods, namespace: "default")
        #expect(pods.count == 1)
        #expect(pods.first?["status"]["phase"] == "Succeeded")
        let reasons = cluster.list(.events, namespace: "default").filter { $0["involvedObject"]["kind"] == "Job" }.compactMap { $0["reason"].string }
        #expect(reasons == ["SuccessfulCreate", "Completed"])
    }

    @Test func completionsAndParallelismRunPodsSideBySide() throws {
        var cluster = Cluster(seed: 73)
        try cluster.declare(Self.job("batch", script: "sleep 3", completions: 4, parallelism: 2))
        cluster.advance(by: 1)
        #expect(cluster.object(.jobs, namespace: "default", name: "batch")?["status"]["active"] == 2)
        cluster.advance(by: 60)
        let job = try #require(cluster.object(.jobs, namespace: "default", name: "batch"))
        #expect(job["status"]["succeeded"] == 4)
        #expect(cluster.list(.pods, namespace: "default").count == 4)
    }

    @Test func failuresBackOffUntilTheLimitFailsTheJob() throws {
        var cluster = Cluster(seed: 74)
        try cluster.declare(Self.job("broken", script: "exit 1", backoffLimit: 2))
        cluster.advance(by: 5)
        // One failure: the next pod waits 10 seconds.
        #expect(cluster.list(.pods, namespace: "default").count == 1)
        cluster.advance(by: 10)
        #expect(cluster.list(.pods, namespace: "default").count == 2)
        cluster.advance(by: 120)
        let job = try #require(cluster.object(.jobs, namespace: "default", name: "broken"))
        #expect(job["status"]["failed"] == 3)
        let conditions = job["status"]["conditions"].array ?? []
        #expect(conditions.compactMap { $0["type"].string } == ["FailureTarget", "Failed"])
        #expect(conditions.last?["reason"] == "BackoffLimitExceeded")
        #expect(conditions.last?["message"] == "Job has reached the specified backoff limit")
        #expect(cluster.list(.pods, namespace: "default").count == 3)
    }

    @Test func aJobTemplateMustNotRestartAlways() {
        var cluster = Cluster(seed: 75)
        var manifest = Self.job("bad", script: "true")
        manifest["spec"]["template"]["spec"]["restartPolicy"] = .null
        #expect(throws: APIError.self) { try cluster.create(manifest) }
        do {
            _ = try cluster.create(manifest)
        } catch {
            #expect(error.message == "Job.batch \"bad\" is invalid: spec.template.spec.restartPolicy: Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\"")
        }
    }
}
