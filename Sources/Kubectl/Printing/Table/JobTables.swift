import ClusterModel

/// The Job and CronJob tables (`printJob`, `printCronJob`).
enum JobTables {
    /// `NAME STATUS COMPLETIONS DURATION AGE`, wide `CONTAINERS IMAGES SELECTOR`. COMPLETIONS is `succeeded/completions`
    /// (`/1 of N` for a work queue); DURATION runs from the start to the completion, or to now while running.
    static let job = TableDefinition(
        columns: ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"],
        wideColumns: ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"]
    ) { job, now, wide in
        let succeeded = job.number("status.succeeded")
        var completions: String
        if let total = job["spec"]["completions"].int {
            completions = "\(succeeded)/\(total)"
        } else {
            let parallelism = job["spec"]["parallelism"].int ?? 0
            completions = parallelism > 1 ? "\(succeeded)/1 of \(parallelism)" : "\(succeeded)/1"
        }
        var duration = ""
        if let start = Timestamp(rfc3339: job["status"]["startTime"].string ?? "") {
            let end = Timestamp(rfc3339: job["status"]["completionTime"].string ?? "") ?? now
            duration = HumanDuration.string(milliseconds: end.milliseconds - start.milliseconds)
        }
        var row = [job.objectName, status(job), completions, duration, TableDefinition.age(job, now)]
        if wide {
            let (names, images) = TableDefinition.containerCells(job["spec"]["template"]["spec"])
            row += [names, images, LabelFormatting.selectorString(job["spec"]["selector"]) ?? "<none>"]
        }
        return row
    }

    /// The STATUS cell: the first of Complete, Failed, Terminating, Suspended, FailureTarget, else Running.
    static func status(_ job: JSONValue) -> String {
        func has(_ type: String) -> Bool {
            (job["status"]["conditions"].array ?? []).contains { $0["type"].string == type && $0["status"].string == "True" }
        }
        if has("Complete") { return "Complete" }
        if has("Failed") { return "Failed" }
        if !job["metadata"]["deletionTimestamp"].isNull { return "Terminating" }
        if has("Suspended") { return "Suspended" }
        if has("FailureTarget") { return "FailureTarget" }
        return "Running"
    }

    /// `NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE`, wide `CONTAINERS IMAGES SELECTOR`.
    static let cronJob = TableDefinition(
        columns: ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"],
        wideColumns: ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"]
    ) { cronJob, now, wide in
        let last = cronJob["status"]["lastScheduleTime"].string.map { HumanDuration.since(rfc3339: $0, now: now) } ?? "<none>"
        let suspend = cronJob["spec"]["suspend"].bool.map { $0 ? "True" : "False" } ?? "<unset>"
        var row = [
            cronJob.objectName, cronJob["spec"]["schedule"].string ?? "", cronJob["spec"]["timeZone"].string ?? "<none>", suspend,
            String(cronJob["status"]["active"].array?.count ?? 0), last, TableDefinition.age(cronJob, now),
        ]
        if wide {
            let (names, images) = TableDefinition.containerCells(cronJob["spec"]["jobTemplate"]["spec"]["template"]["spec"])
            row += [names, images, LabelFormatting.selectorString(cronJob["spec"]["jobTemplate"]["spec"]["selector"]) ?? "<none>"]
        }
        return row
    }
}
