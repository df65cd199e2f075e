/// The CronJob controller (`pkg/controller/cronjob`, v2): a Job per scheduled time (`<cronjob>-<minutes since the
/// epoch>`), the concurrency policy, the starting deadline, the history limits, and the status.
extension Cluster {
    /// One CronJob sync (`syncCronJob`).
    mutating func syncCronJob(_ key: ObjectKey) {
        guard var cronJob = stored(.cronJobs, key), cronJob["metadata"]["deletionTimestamp"].isNull else { return }
        let uid = cronJob["metadata"]["uid"].string ?? ""
        let spec = cronJob["spec"]
        let involved = involved(.cronJobs, cronJob)
        var status = cronJob["status"]
        let jobs = names(.jobs, namespace: key.namespace).compactMap { stored(.jobs, ObjectKey(namespace: key.namespace, name: $0)) }
            .filter { Cluster.controllerUID($0) == uid }
        // Jobs that finished since the last sync leave `active`.
        var active = status["active"].array ?? []
        for job in jobs where Cluster.jobFinished(job) {
            let name = job["metadata"]["name"].string ?? ""
            guard active.contains(where: { $0["name"].string == name }) else { continue }
            active.removeAll { $0["name"].string == name }
            let complete = (job["status"]["conditions"].array ?? []).contains { $0["type"] == "Complete" && $0["status"] == "True" }
            emitEvent(
                about: involved, namespace: key.namespace, objectName: key.name, reason: "SawCompletedJob",
                message: .text("Saw completed job: \(name), condition: \(complete ? "Complete" : "Failed")"), component: "cronjob-controller")
            if complete, let completion = job["status"]["completionTime"].string { status["lastSuccessfulTime"] = .string(completion) }
        }
        active.removeAll { reference in !jobs.contains { $0["metadata"]["name"] == reference["name"] } }
        cleanUpFinishedJobs(jobs, cronJob: cronJob, involved: involved)
        // The most recent missed time since the last one (or the CronJob's creation).
        if spec["suspend"].bool != true, case .success(let schedule)? = spec["schedule"].string.map(CronSchedule.parse) {
            let creation = Timestamp(rfc3339: cronJob["metadata"]["creationTimestamp"].string ?? "") ?? now
            let earliest = status["lastScheduleTime"].string.flatMap { Timestamp(rfc3339: $0) } ?? creation
            var due: Timestamp? = nil
            var cursor = earliest
            var missed = 0
            while let next = schedule.next(after: cursor), next <= now, missed < 1000 {
                due = next
                cursor = next
                missed += 1
            }
            if let due {
                let deadline = spec["startingDeadlineSeconds"].int
                let inTime = deadline.map { now.seconds(since: due) <= Double($0) } ?? true
                let policy = spec["concurrencyPolicy"].string ?? "Allow"
                if inTime, !(policy == "Forbid" && !active.isEmpty) {
                    if policy == "Replace" {
                        for reference in active {
                            let jobKey = ObjectKey(namespace: key.namespace, name: reference["name"].string ?? "")
                            if let job = stored(.jobs, jobKey) { deleteObject(.jobs, jobKey, job, propagation: .background) }
                            emitEvent(
                                about: involved, namespace: key.namespace, objectName: key.name, reason: "SuccessfulDelete",
                                message: .text("Deleted job \(jobKey.name)"), component: "cronjob-controller")
                        }
                        active = []
                    }
                    let job = createScheduledJob(cronJob, scheduledTime: due)
                    active.append([
                        "apiVersion": "batch/v1", "kind": "Job", "name": job["metadata"]["name"], "namespace": .string(key.namespace),
                        "resourceVersion": job["metadata"]["resourceVersion"], "uid": job["metadata"]["uid"],
                    ])
                    emitEvent(
                        about: involved, namespace: key.namespace, objectName: key.name, reason: "SuccessfulCreate",
                        message: .text("Created job \(job["metadata"]["name"].string ?? "")"), component: "cronjob-controller")
                }
                status["lastScheduleTime"] = .string(due.rfc3339)
            }
            // Requeued for the next scheduled time.
            if let next = schedule.next(after: now) { queue.schedule(.cronJobSync(key), at: next) }
        }
        status["active"] = active.isEmpty ? .null : .array(active)
        guard let current = stored(.cronJobs, key), status != current["status"] else { return }
        cronJob = current
        cronJob["status"] = status
        updateStatus(.cronJobs, cronJob)
    }

    /// `cleanupFinishedJobs`: beyond the history limits, the oldest finished Jobs are deleted (in the background).
    private mutating func cleanUpFinishedJobs(_ jobs: [JSONValue], cronJob: JSONValue, involved: InvolvedObject) {
        let namespace = cronJob["metadata"]["namespace"].string ?? ""
        for (complete, limitField) in [(true, "successfulJobsHistoryLimit"), (false, "failedJobsHistoryLimit")] {
            guard let limit = cronJob["spec"][limitField].int else { continue }
            let finished = jobs.filter { job in
                (job["status"]["conditions"].array ?? []).contains { $0["type"].string == (complete ? "Complete" : "Failed") && $0["status"] == "True" }
            }.sorted { ($0["status"]["startTime"].string ?? "", $0["metadata"]["name"].string ?? "") < ($1["status"]["startTime"].string ?? "", $1["metadata"]["name"].string ?? "") }
            for job in finished.dropLast(max(0, limit)) {
                let jobKey = ObjectKey(namespace: namespace, name: job["metadata"]["name"].string ?? "")
                deleteObject(.jobs, jobKey, job, propagation: .background)
                emitEvent(
                    about: involved, namespace: namespace, objectName: cronJob["metadata"]["name"].string ?? "", reason: "SuccessfulDelete",
                    message: .text("Deleted job \(jobKey.name)"), component: "cronjob-controller")
            }
        }
    }

    /// `getJobFromTemplate2`: the Job for `scheduledTime`, named after the minutes since the epoch, with the
    /// template's metadata and the scheduled-timestamp annotation.
    private mutating func createScheduledJob(_ cronJob: JSONValue, scheduledTime: Timestamp) -> JSONValue {
        let name = (cronJob["metadata"]["name"].string ?? "") + "-" + String(scheduledTime.seconds / 60)
        var metadata = cronJob["spec"]["jobTemplate"]["metadata"]
        metadata["name"] = .string(name)
        metadata["namespace"] = cronJob["metadata"]["namespace"]
        metadata["annotations"]["batch.kubernetes.io/cronjob-scheduled-timestamp"] = .string(scheduledTime.rfc3339)
        metadata["ownerReferences"] = [
            [
                "apiVersion": "batch/v1", "blockOwnerDeletion": true, "controller": true, "kind": "CronJob", "name": cronJob["metadata"]["name"],
                "uid": cronJob["metadata"]["uid"],
            ]
        ]
        var job: JSONValue = ["apiVersion": "batch/v1", "kind": "Job", "metadata": metadata, "spec": cronJob["spec"]["jobTemplate"]["spec"]]
        _ = Cluster.applyDefaults(.jobs, &job)
        return create(.jobs, job)
    }

    /// Runs the controller's queued CronJobs.
    mutating func runCronJobController() -> Bool {
        guard let work = cronJobController.takeWork() else { return false }
        for key in work { syncCronJob(key) }
        return true
    }
}
