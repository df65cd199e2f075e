import Testing

@testable import ClusterModel

/// The CronJob controller creates a Job per scheduled time on the virtual clock, keeps the history limits and
/// reports the last schedule; `CronSchedule` reads schedules as robfig/cron does.
@Suite struct CronJobControllerTests {
    static func cronJob(schedule: String, suspend: Bool? = nil) -> JSONValue {
        var spec: JSONValue = [
            "schedule": .string(schedule),
            "jobTemplate": [
                "spec": ["template": ["spec": ["containers": [["name": "c", "image": "busybox:1.37", "command": ["sh", "-c", "date"]]], "restartPolicy": "OnFailure"]]]
            ],
        ]
        if let suspend { spec["suspend"] = .bool(suspend) }
        return ["apiVersion": "batch/v1", "kind": "CronJob", "metadata": ["name": "hello", "namespace": "default"], "spec": spec]
    }

    @Test func aJobPerScheduledTimeAndThreeKept() throws {
        var cluster = Cluster(seed: 81)
        try cluster.declare(Self.cronJob(schedule: "*/5 * * * *"))
        cluster.advance(by: 4 * 60)
        #expect(cluster.list(.jobs, namespace: "default").isEmpty)
        cluster.advance(by: 70)
        let jobs = cluster.list(.jobs, namespace: "default")
        // 12:05 is 29931125 minutes after the epoch.
        #expect(jobs.compactMap { $0["metadata"]["name"].string } == ["hello-29931125"])
        #expect(jobs.first?["metadata"]["annotations"]["batch.kubernetes.io/cronjob-scheduled-timestamp"] == "2026-11-28T12:05:00Z")
        #expect(jobs.first?["metadata"]["ownerReferences"][0]["kind"] == "CronJob")
        let cronJob = try #require(cluster.object(.cronJobs, namespace: "default", name: "hello"))
        #expect(cronJob["status"]["lastScheduleTime"] == "2026-11-28T12:05:00Z")
        cluster.advance(by: 30 * 60)
        let names = cluster.list(.jobs, namespace: "default").compactMap { $0["metadata"]["name"].string }
        #expect(names == ["hello-29931145", "hello-29931150", "hello-29931155"])
    }

    @Test func aSuspendedCronJobCreatesNothing() throws {
        var cluster = Cluster(seed: 82)
        try cluster.declare(Self.cronJob(schedule: "@hourly", suspend: true))
        cluster.advance(by: 2 * 3600)
        #expect(cluster.list(.jobs, namespace: "default").isEmpty)
    }

    @Test func anInvalidScheduleIsRefusedWithTheParsersWords() {
        var cluster = Cluster(seed: 83)
        for (schedule, detail) in [
            ("* * *", "expected exactly 5 fields, found 3: [* * *]"),
            ("61 * * * *", "end of range (61) above maximum (59): 61"),
            ("x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax"),
            ("@fortnightly", "unrecognized descriptor: @fortnightly"),
        ] {
            do {
                _ = try cluster.create(Self.cronJob(schedule: schedule))
                Issue.record("\(schedule) was accepted")
            } catch {
                #expect(error.message == "CronJob.batch \"hello\" is invalid: spec.schedule: Invalid value: \"\(schedule)\": \(detail)")
            }
        }
    }

    @Test func schedulesFindTheirNextTime() throws {
        func next(_ expression: String, after time: String) throws -> String? {
            guard case .success(let schedule) = CronSchedule.parse(expression) else { return nil }
            return schedule.next(after: try #require(Timestamp(rfc3339: time)))?.rfc3339
        }
        #expect(try next("*/15 * * * *", after: "2026-11-28T12:07:00Z") == "2026-11-28T12:15:00Z")
        #expect(try next("0 9 * * mon-fri", after: "2026-11-28T12:00:00Z") == "2026-11-30T09:00:00Z")
        #expect(try next("@monthly", after: "2026-11-28T12:00:00Z") == "2026-12-01T00:00:00Z")
        #expect(try next("30 2 1,15 * *", after: "2026-12-01T03:00:00Z") == "2026-12-15T02:30:00Z")
        // Both day fields restricted: either one matches (the 13th, or a Friday).
        #expect(try next("0 0 13 * fri", after: "2026-11-28T12:00:00Z") == "2026-12-04T00:00:00Z")
        #expect(try next("@every 90s", after: "2026-11-28T12:00:00Z") == "2026-11-28T12:01:30Z")
    }
}
