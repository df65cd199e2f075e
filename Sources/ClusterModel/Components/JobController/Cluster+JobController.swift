/// The Job controller (`pkg/controller/job`): pods up to `parallelism` until `completions` succeed, a creation
/// back-off after failures (10 s doubling to 6 min), `backoffLimit`, suspension, and the status and conditions of
/// a real Job.
extension Cluster {
    /// The longest pod-creation back-off (`MaxJobPodFailureBackOff`).
    static let maxJobBackOff = 360.0

    /// One Job sync (`syncJob`).
    mutating func syncJob(_ key: ObjectKey) {
        guard var job = stored(.jobs, key), job["metadata"]["deletionTimestamp"].isNull else { return }
        let uid = job["metadata"]["uid"].string ?? ""
        let spec = job["spec"]
        let pods = indexes.pods(ownedBy: OwnerKey(uid)).sorted().compactMap { storedPod($0)?.value }
        var status = job["status"]
        var succeeded = status["succeeded"].int ?? 0
        var failed = status["failed"].int ?? 0
        // Count each finished pod once.
        for pod in pods where pod.isTerminal && !jobController.counted.contains(pod.meta.uid) {
            jobController.counted.insert(pod.meta.uid)
            if pod.phase == .succeeded {
                succeeded += 1
            } else {
                failed += 1
                jobController.lastFailure[uid] = now
            }
        }
        let finished = Cluster.jobFinished(job)
        let active = pods.filter { !$0.isTerminal && !$0.isTerminating }
        let involved = involved(.jobs, job)
        let suspended = spec["suspend"].bool == true
        var created: [String] = []
        var deleted: [String] = []
        if !finished {
            let completions = spec["completions"].int
            let parallelism = spec["parallelism"].int ?? 1
            let backoffLimit = spec["backoffLimit"].int ?? 6
            let restarts = pods.reduce(0) { $0 + $1.containers.reduce(0) { $0 + $1.restartCount } }
            let onFailure = spec["template"]["spec"]["restartPolicy"].string == "OnFailure"
            if let completions, succeeded >= completions || (completions == 0) {
                deleted += active.map { deletePodReturningName($0) }
                markJobFinished(&status, complete: true)
                emitEvent(about: involved, namespace: key.namespace, objectName: key.name, reason: "Completed", message: .text("Job completed"), component: "job-controller")
            } else if completions == nil, succeeded > 0, active.isEmpty {
                markJobFinished(&status, complete: true)
                emitEvent(about: involved, namespace: key.namespace, objectName: key.name, reason: "Completed", message: .text("Job completed"), component: "job-controller")
            } else if failed > backoffLimit || (onFailure && restarts + failed > backoffLimit) {
                deleted += active.map { deletePodReturningName($0) }
                markJobFinished(&status, complete: false)
                emitEvent(
                    about: involved, namespace: key.namespace, objectName: key.name, type: "Warning", reason: "BackoffLimitExceeded",
                    message: .text("Job has reached the specified backoff limit"), component: "job-controller")
            } else if suspended {
                deleted += active.map { deletePodReturningName($0) }
            } else {
                if status["startTime"].isNull { status["startTime"] = .string(now.rfc3339) }
                let remaining = completions.map { $0 - succeeded } ?? (succeeded > 0 ? 0 : parallelism)
                let wanted = max(0, min(parallelism, remaining))
                if active.count < wanted {
                    // `getRemainingTime` of the pod-failure back-off.
                    let delay = failed == 0 ? 0 : min(Cluster.maxJobBackOff, 10 * pow2(failed - 1))
                    let readyAt = (jobController.lastFailure[uid] ?? now).adding(seconds: delay)
                    if readyAt > now {
                        queue.schedule(.jobSync(key), at: readyAt)
                    } else {
                        for _ in active.count..<wanted { created.append(createJobPod(job)) }
                    }
                } else if active.count > wanted {
                    deleted += active.suffix(active.count - wanted).map { deletePodReturningName($0) }
                }
            }
        }
        emitCorrelatedEvents(
            about: involved, namespace: key.namespace, objectName: key.name, reason: "SuccessfulCreate", messagePrefix: "Created pod: ",
            subjects: created, component: "job-controller")
        emitCorrelatedEvents(
            about: involved, namespace: key.namespace, objectName: key.name, reason: "SuccessfulDelete", messagePrefix: "Deleted pod: ",
            subjects: deleted, component: "job-controller")
        // The status after this sync's changes.
        let current = indexes.pods(ownedBy: OwnerKey(uid)).compactMap { storedPod($0)?.value }
        let running = current.filter { !$0.isTerminal && !$0.isTerminating }
        status["active"] = running.isEmpty ? .null : .int(running.count)
        status["ready"] = .int(running.filter(\.ready).count)
        status["terminating"] = .int(current.filter { $0.isTerminating && !$0.isTerminal }.count)
        status["succeeded"] = succeeded > 0 ? .int(succeeded) : .null
        status["failed"] = failed > 0 ? .int(failed) : .null
        status["uncountedTerminatedPods"] = .emptyObject
        guard status != job["status"] else { return }
        job["status"] = status
        updateStatus(.jobs, job)
    }

    /// `2^exponent` as a Double (capped: the back-off stops growing long before).
    private func pow2(_ exponent: Int) -> Double { Double(1 << min(max(exponent, 0), 20)) }

    /// Whether the Job has finished (a true `Complete` or `Failed` condition).
    static func jobFinished(_ job: JSONValue) -> Bool {
        (job["status"]["conditions"].array ?? []).contains {
            ($0["type"].string == "Complete" || $0["type"].string == "Failed") && $0["status"].string == "True"
        }
    }

    /// The terminal conditions: `SuccessCriteriaMet` then `Complete`, or `FailureTarget` then `Failed`, with the
    /// completion time of a completed Job.
    private func markJobFinished(_ status: inout JSONValue, complete: Bool) {
        let time = JSONValue.string(now.rfc3339)
        func condition(_ type: String, _ reason: String, _ message: String) -> JSONValue {
            ["lastProbeTime": time, "lastTransitionTime": time, "message": .string(message), "reason": .string(reason), "status": "True", "type": .string(type)]
        }
        var conditions = status["conditions"].array ?? []
        if complete {
            conditions.append(condition("SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods"))
            conditions.append(condition("Complete", "CompletionsReached", "Reached expected number of succeeded pods"))
            status["completionTime"] = time
        } else {
            conditions.append(condition("FailureTarget", "BackoffLimitExceeded", "Job has reached the specified backoff limit"))
            conditions.append(condition("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit"))
        }
        status["conditions"] = .array(conditions)
    }

    /// Deletes a pod gracefully and returns its name.
    private mutating func deletePodReturningName(_ pod: PodRecord) -> String {
        deletePod(pod.key, gracePeriod: nil)
        return pod.key.name
    }

    /// Creates one pod from the Job's template (`generateName: <job>-`, controlled by the Job); returns its name.
    private mutating func createJobPod(_ job: JSONValue) -> String {
        let template = job["spec"]["template"]
        let owner: JSONValue = [
            "apiVersion": "batch/v1", "blockOwnerDeletion": true, "controller": true, "kind": "Job", "name": job["metadata"]["name"],
            "uid": job["metadata"]["uid"],
        ]
        return createPod(
            ControlledPod(
                namespace: job["metadata"]["namespace"].string ?? "default", generateName: ControlledPod.generateName(for: job["metadata"]["name"].string ?? ""),
                spec: Defaults.podOwnSpec(template["spec"]), labels: template["metadata"]["labels"].stringMap,
                annotations: template["metadata"]["annotations"].stringMap, ownerReferences: [owner]))
    }

    /// Runs the controller's queued Jobs.
    mutating func runJobController() -> Bool {
        guard let work = jobController.takeWork() else { return false }
        for key in work { syncJob(key) }
        return true
    }
}
