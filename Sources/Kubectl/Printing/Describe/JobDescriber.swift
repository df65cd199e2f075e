import ClusterModel

/// `JobDescriber` (`describeJob`) and `CronJobDescriber` (`describeCronJob`, `describeJobTemplate`).
enum JobDescriber {
    static func describe(_ job: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = job["spec"]
        w.write(0, "Name:\t\(job.objectName)\n")
        w.write(0, "Namespace:\t\(job.objectNamespace)\n")
        w.write(0, "Selector:\t\(LabelFormatting.formatLabelSelector(spec["selector"]))\n")
        DescribeSections.labels(&w, "Labels", job["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", job["metadata"]["annotations"].stringMap)
        if let controller = DescribeSections.controller(job) { w.write(0, "Controlled By:\t\(controller)\n") }
        if let parallelism = spec["parallelism"].int { w.write(0, "Parallelism:\t\(parallelism)\n") }
        w.write(0, "Completions:\t\(spec["completions"].int.map(String.init) ?? "<unset>")\n")
        if let mode = spec["completionMode"].string { w.write(0, "Completion Mode:\t\(mode)\n") }
        if let suspend = spec["suspend"].bool { w.write(0, "Suspend:\t\(suspend)\n") }
        if let limit = spec["backoffLimit"].int { w.write(0, "Backoff Limit:\t\(limit)\n") }
        if let ttl = spec["ttlSecondsAfterFinished"].int { w.write(0, "TTL Seconds After Finished:\t\(ttl)\n") }
        let status = job["status"]
        if !status["startTime"].isNull { w.write(0, "Start Time:\t\(DescribeSections.rfc1123(status["startTime"]))\n") }
        if !status["completionTime"].isNull { w.write(0, "Completed At:\t\(DescribeSections.rfc1123(status["completionTime"]))\n") }
        if let start = Timestamp(rfc3339: status["startTime"].string ?? ""), let end = Timestamp(rfc3339: status["completionTime"].string ?? "") {
            w.write(0, "Duration:\t\(HumanDuration.string(milliseconds: end.milliseconds - start.milliseconds))\n")
        }
        if let deadline = spec["activeDeadlineSeconds"].int { w.write(0, "Active Deadline Seconds:\t\(deadline)s\n") }
        let counts = "\(status["active"].int ?? 0) Active"
        let rest = " / \(status["succeeded"].int ?? 0) Succeeded / \(status["failed"].int ?? 0) Failed\n"
        if let ready = status["ready"].int {
            w.write(0, "Pods Statuses:\t\(counts) (\(ready) Ready)\(rest)")
        } else {
            w.write(0, "Pods Statuses:\t\(counts)\(rest)")
        }
        DescribeSections.podTemplate(&w, spec["template"])
        DescribeSections.events(&w, related.events(for: job), now: now)
    }

    static func describeCronJob(_ cronJob: JSONValue, related: some RelatedObjects, now: Timestamp, into w: inout PrefixWriter) {
        let spec = cronJob["spec"]
        w.write(0, "Name:\t\(cronJob.objectName)\n")
        w.write(0, "Namespace:\t\(cronJob.objectNamespace)\n")
        DescribeSections.labels(&w, "Labels", cronJob["metadata"]["labels"].stringMap)
        DescribeSections.annotations(&w, "Annotations", cronJob["metadata"]["annotations"].stringMap)
        w.write(0, "Schedule:\t\(spec["schedule"].string ?? "")\n")
        w.write(0, "Concurrency Policy:\t\(spec["concurrencyPolicy"].string ?? "")\n")
        w.write(0, "Suspend:\t\(spec["suspend"].bool.map { $0 ? "True" : "False" } ?? "<unset>")\n")
        w.write(0, "Time Zone:\t\(spec["timeZone"].string ?? "<unset>")\n")
        w.write(0, "Successful Job History Limit:\t\(spec["successfulJobsHistoryLimit"].int.map(String.init) ?? "<unset>")\n")
        w.write(0, "Failed Job History Limit:\t\(spec["failedJobsHistoryLimit"].int.map(String.init) ?? "<unset>")\n")
        w.write(0, "Starting Deadline Seconds:\t\(spec["startingDeadlineSeconds"].int.map { "\($0)s" } ?? "<unset>")\n")
        let jobSpec = spec["jobTemplate"]["spec"]
        w.write(0, "Selector:\t\(jobSpec["selector"].isNull ? "<unset>" : LabelFormatting.formatLabelSelector(jobSpec["selector"]))\n")
        w.write(0, "Parallelism:\t\(jobSpec["parallelism"].int.map(String.init) ?? "<unset>")\n")
        w.write(0, "Completions:\t\(jobSpec["completions"].int.map(String.init) ?? "<unset>")\n")
        if let deadline = jobSpec["activeDeadlineSeconds"].int { w.write(0, "Active Deadline Seconds:\t\(deadline)s\n") }
        DescribeSections.podTemplate(&w, jobSpec["template"])
        let last = cronJob["status"]["lastScheduleTime"]
        w.write(0, "Last Schedule Time:\t\(last.isNull ? "<unset>" : DescribeSections.rfc1123(last))\n")
        let active = (cronJob["status"]["active"].array ?? []).compactMap { $0["name"].string }
        w.write(0, "Active Jobs:\t\(active.isEmpty ? "<none>" : active.joined(separator: ", "))\n")
        DescribeSections.events(&w, related.events(for: cronJob), now: now)
    }
}
