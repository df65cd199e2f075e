/// Job and CronJob validation (`pkg/apis/batch/validation`), on the defaulted objects.
extension Validation {
    /// `ValidateJobSpec`: counts not negative, a selector that matches the template, a restart policy a Job can
    /// use.
    static func jobSpec(_ spec: JSONValue, path: String) -> [Cause] {
        var causes: [Cause] = []
        for field in ["parallelism", "completions", "backoffLimit", "activeDeadlineSeconds", "ttlSecondsAfterFinished"] {
            if let value = spec[field].int, value < 0 || (field == "activeDeadlineSeconds" && value == 0) {
                causes.append(.invalid(path + "." + field, .int(value), field == "activeDeadlineSeconds" ? "must be greater than 0" : "must be greater than or equal to 0"))
            }
        }
        if !spec["selector"].isNull {
            let selector = LabelSelector(json: spec["selector"])
            let labels = spec["template"]["metadata"]["labels"]
            if !selector.matches(labels.stringMap) {
                causes.append(.invalid(path + ".template.metadata.labels", labels.isNull ? .emptyObject : labels, "`selector` does not match template `labels`"))
            }
        }
        causes += podSpec(spec["template"]["spec"], path: path + ".template.spec")
        let policy = spec["template"]["spec"]["restartPolicy"].string ?? "Always"
        if policy != "OnFailure" && policy != "Never" {
            causes.append(.notSupported(path + ".template.spec.restartPolicy", .string(policy), supported: ["OnFailure", "Never"]))
        }
        return causes
    }

    /// `ValidateCronJobSpec`: a schedule the cron parser accepts, a known concurrency policy, then the job template.
    static func cronJobSpec(_ spec: JSONValue) -> [Cause] {
        var causes: [Cause] = []
        let schedule = spec["schedule"].string ?? ""
        if schedule.isEmpty {
            causes.append(.required("spec.schedule"))
        } else if case .failure(let problem) = CronSchedule.parse(schedule) {
            causes.append(.invalid("spec.schedule", .string(schedule), problem.message))
        }
        let policy = spec["concurrencyPolicy"].string ?? "Allow"
        if !["Allow", "Forbid", "Replace"].contains(policy) {
            causes.append(.notSupported("spec.concurrencyPolicy", .string(policy), supported: ["Allow", "Forbid", "Replace"]))
        }
        causes += jobSpec(spec["jobTemplate"]["spec"], path: "spec.jobTemplate.spec")
        return causes
    }
}
