import ClusterModel

/// The Pod table: `NAME READY STATUS RESTARTS AGE`, wide `IP NODE NOMINATED NODE READINESS GATES` (server `printPod`).
enum PodTable {
    static let definition = TableDefinition(
        columns: ["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
        wideColumns: ["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED NODE", "READINESS GATES"]
    ) { pod, now, wide in cells(pod, now: now, wide: wide) }

    /// The computed READY, STATUS and RESTARTS of a pod.
    struct Summary: Hashable {
        var ready: String
        var status: String
        var restarts: String
    }

    static func cells(_ pod: JSONValue, now: Timestamp, wide: Bool) -> [String] {
        let summary = summarize(pod, now: now)
        var row = [pod.objectName, summary.ready, summary.status, summary.restarts, TableDefinition.age(pod, now)]
        if wide {
            let ip = pod.list("status.podIPs").first?.text("ip") ?? ""
            let node = pod.text("spec.nodeName")
            let nominated = pod.text("status.nominatedNodeName")
            var gates = "<none>"
            let readinessGates = pod.list("spec.readinessGates")
            if !readinessGates.isEmpty {
                let conditions = pod.list("status.conditions")
                var trueCount = 0
                for gate in readinessGates {
                    if let condition = conditions.first(where: { $0.text("type") == gate.text("conditionType") }),
                        condition.text("status") == "True"
                    {
                        trueCount += 1
                    }
                }
                gates = "\(trueCount)/\(readinessGates.count)"
            }
            row += [ip.isEmpty ? "<none>" : ip, node.isEmpty ? "<none>" : node, nominated.isEmpty ? "<none>" : nominated, gates]
        }
        return row
    }

    private static func isRestartable(_ container: JSONValue?) -> Bool { container?.text("restartPolicy") == "Always" }

    /// The READY/STATUS/RESTARTS algorithm of `printPod`, in the server's order.
    static func summarize(_ pod: JSONValue, now: Timestamp) -> Summary {
        let status = pod["status"]
        let phase = status.text("phase")
        var reason = phase
        if !status.text("reason").isEmpty { reason = status.text("reason") }
        for condition in status.list("conditions") where condition.text("type") == "PodScheduled" && condition.text("reason") == "SchedulingGated" {
            reason = "SchedulingGated"
        }
        let initSpecs = pod.list("spec.initContainers")
        var initByName: [String: JSONValue] = [:]
        var totalContainers = pod.list("spec.containers").count
        for container in initSpecs {
            initByName[container.text("name")] = container
            if isRestartable(container) { totalContainers += 1 }
        }
        var restarts = 0
        var restartableInitRestarts = 0
        var readyContainers = 0
        var lastRestart: Timestamp? = nil
        var lastRestartableInitRestart: Timestamp? = nil
        func later(_ current: Timestamp?, _ candidate: JSONValue) -> Timestamp? {
            guard let finished = candidate["lastState"]["terminated"]["finishedAt"].string.flatMap({ Timestamp(rfc3339: $0) }) else {
                return current
            }
            guard let current else { return finished }
            return current < finished ? finished : current
        }
        var initializing = false
        for (index, container) in status.list("initContainerStatuses").enumerated() {
            restarts += container.number("restartCount")
            if !container["lastState"]["terminated"].isNull { lastRestart = later(lastRestart, container) }
            let restartable = isRestartable(initByName[container.text("name")])
            if restartable {
                restartableInitRestarts += container.number("restartCount")
                if !container["lastState"]["terminated"].isNull {
                    lastRestartableInitRestart = later(lastRestartableInitRestart, container)
                }
            }
            let terminated = container["state"]["terminated"]
            let waiting = container["state"]["waiting"]
            if !terminated.isNull && terminated.number("exitCode") == 0 { continue }
            if restartable && container["started"].bool == true {
                if container["ready"].bool == true { readyContainers += 1 }
                continue
            }
            if !terminated.isNull {
                if terminated.text("reason").isEmpty {
                    reason = terminated.number("signal") != 0
                        ? "Init:Signal:\(terminated.number("signal"))" : "Init:ExitCode:\(terminated.number("exitCode"))"
                } else {
                    reason = "Init:" + terminated.text("reason")
                }
            } else if !waiting.isNull && !waiting.text("reason").isEmpty && waiting.text("reason") != "PodInitializing" {
                reason = "Init:" + waiting.text("reason")
            } else {
                reason = "Init:\(index)/\(initSpecs.count)"
            }
            initializing = true
            break
        }
        let initializedTrue = status.list("conditions").contains { $0.text("type") == "Initialized" && $0.text("status") == "True" }
        if !initializing || initializedTrue {
            restarts = restartableInitRestarts
            lastRestart = lastRestartableInitRestart
            var hasRunning = false
            for container in status.list("containerStatuses").reversed() {
                restarts += container.number("restartCount")
                if !container["lastState"]["terminated"].isNull { lastRestart = later(lastRestart, container) }
                let waiting = container["state"]["waiting"]
                let terminated = container["state"]["terminated"]
                if !waiting.isNull && !waiting.text("reason").isEmpty {
                    reason = waiting.text("reason")
                } else if !terminated.isNull && !terminated.text("reason").isEmpty {
                    reason = terminated.text("reason")
                } else if !terminated.isNull {
                    reason = terminated.number("signal") != 0
                        ? "Signal:\(terminated.number("signal"))" : "ExitCode:\(terminated.number("exitCode"))"
                } else if container["ready"].bool == true && !container["state"]["running"].isNull {
                    hasRunning = true
                    readyContainers += 1
                }
            }
            if reason == "Completed" && hasRunning {
                let ready = status.list("conditions").contains { $0.text("type") == "Ready" && $0.text("status") == "True" }
                reason = ready ? "Running" : "NotReady"
            }
        }
        let deleting = !pod["metadata"]["deletionTimestamp"].isNull
        if deleting && status.text("reason") == "NodeLost" {
            reason = "Unknown"
        } else if deleting && phase != "Succeeded" && phase != "Failed" {
            reason = "Terminating"
        }
        var restartsText = String(restarts)
        if restarts != 0, let lastRestart {
            restartsText = "\(restarts) (\(HumanDuration.since(lastRestart, now: now)) ago)"
        }
        return Summary(ready: "\(readyContainers)/\(totalContainers)", status: reason, restarts: restartsText)
    }
}
