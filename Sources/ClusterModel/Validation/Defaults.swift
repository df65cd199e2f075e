/// The defaults the API server fills in (core/v1 and apps/v1 `SetDefaults_*`, plus admission plugins).
enum Defaults {
    /// Defaults of one container (image pull policy, termination message, resources, port protocols, probes).
    static func container(_ input: JSONValue) -> JSONValue {
        var container = input
        if container["imagePullPolicy"].isNull {
            let image = container["image"].string ?? ""
            let last = image.split(separator: "/").last.map(String.init) ?? image
            let tag: String? = last.contains("@") ? "digest" : last.split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init)
            container["imagePullPolicy"] = (tag == nil || tag == "latest") ? "Always" : "IfNotPresent"
        }
        if container["terminationMessagePath"].isNull { container["terminationMessagePath"] = "/dev/termination-log" }
        if container["terminationMessagePolicy"].isNull { container["terminationMessagePolicy"] = "File" }
        if container["resources"].isNull { container["resources"] = .emptyObject }
        if let ports = container["ports"].array {
            container["ports"] = .array(
                ports.map { port in
                    var copy = port
                    if copy["protocol"].isNull { copy["protocol"] = "TCP" }
                    return copy
                })
        }
        // `SetDefaults_ObjectFieldSelector`: a fieldRef's apiVersion is v1.
        if let env = container["env"].array, env.contains(where: { !$0["valueFrom"]["fieldRef"].isNull && $0["valueFrom"]["fieldRef"]["apiVersion"].isNull }) {
            container["env"] = .array(
                env.map { variable in
                    var copy = variable
                    if !copy["valueFrom"]["fieldRef"].isNull, copy["valueFrom"]["fieldRef"]["apiVersion"].isNull { copy["valueFrom"]["fieldRef"]["apiVersion"] = "v1" }
                    return copy
                })
        }
        for probe in ["readinessProbe", "livenessProbe", "startupProbe"] where !container[probe].isNull {
            var value = container[probe]
            if value["failureThreshold"].isNull { value["failureThreshold"] = 3 }
            if value["periodSeconds"].isNull { value["periodSeconds"] = 10 }
            if value["successThreshold"].isNull { value["successThreshold"] = 1 }
            if value["timeoutSeconds"].isNull { value["timeoutSeconds"] = 1 }
            if !value["httpGet"].isNull, value["httpGet"]["scheme"].isNull { value["httpGet"]["scheme"] = "HTTP" }
            if !value["httpGet"].isNull, value["httpGet"]["path"].isNull { value["httpGet"]["path"] = "/" }
            container[probe] = value
        }
        return container
    }

    /// Defaults of a pod spec as they appear in a pod template (`SetDefaults_PodSpec`).
    static func podSpec(_ input: JSONValue) -> JSONValue {
        var spec = input
        if let containers = spec["containers"].array { spec["containers"] = .array(containers.map(container)) }
        if let containers = spec["initContainers"].array { spec["initContainers"] = .array(containers.map(container)) }
        if spec["dnsPolicy"].isNull { spec["dnsPolicy"] = "ClusterFirst" }
        if spec["restartPolicy"].isNull { spec["restartPolicy"] = "Always" }
        if spec["schedulerName"].isNull { spec["schedulerName"] = "default-scheduler" }
        if spec["securityContext"].isNull { spec["securityContext"] = .emptyObject }
        if spec["terminationGracePeriodSeconds"].isNull { spec["terminationGracePeriodSeconds"] = 30 }
        return spec
    }

    /// Defaults of a pod's own spec: template defaults plus what `SetDefaults_Pod` and the admission plugins add
    /// (service account, priority, preemption policy, service links, not-ready/unreachable tolerations).
    static func podOwnSpec(_ input: JSONValue) -> JSONValue {
        var spec = podSpec(input)
        if spec["enableServiceLinks"].isNull { spec["enableServiceLinks"] = true }
        if spec["preemptionPolicy"].isNull { spec["preemptionPolicy"] = "PreemptLowerPriority" }
        if spec["priority"].isNull {
            // The Priority admission plugin: the class's value (the two built-in classes; no class means 0).
            switch spec["priorityClassName"].string {
            case "system-node-critical"?: spec["priority"] = 2_000_001_000
            case "system-cluster-critical"?: spec["priority"] = 2_000_000_000
            default: spec["priority"] = 0
            }
        }
        if spec["serviceAccountName"].isNull { spec["serviceAccountName"] = spec["serviceAccount"].isNull ? "default" : spec["serviceAccount"] }
        if spec["serviceAccount"].isNull { spec["serviceAccount"] = spec["serviceAccountName"] }
        var tolerations = spec["tolerations"].array ?? []
        for key in ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]
        where !tolerations.contains(where: { $0["key"].string == key }) {
            tolerations.append(["effect": "NoExecute", "key": .string(key), "operator": "Exists", "tolerationSeconds": 300])
        }
        spec["tolerations"] = .array(tolerations)
        return spec
    }

    /// A pod template with defaults (metadata kept, spec defaulted).
    static func template(_ input: JSONValue) -> JSONValue {
        var template = input
        if template["metadata"].isNull { template["metadata"] = .emptyObject }
        template["spec"] = podSpec(template["spec"])
        return template
    }

    /// Deployment spec defaults (replicas 1, RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds 600).
    static func deploymentSpec(_ input: JSONValue) -> JSONValue {
        var spec = input
        if spec["replicas"].isNull { spec["replicas"] = 1 }
        if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
        if spec["progressDeadlineSeconds"].isNull { spec["progressDeadlineSeconds"] = 600 }
        var strategy = spec["strategy"]
        if strategy["type"].isNull { strategy["type"] = "RollingUpdate" }
        if strategy["type"].string == "RollingUpdate" {
            var rolling = strategy["rollingUpdate"]
            if rolling["maxSurge"].isNull { rolling["maxSurge"] = "25%" }
            if rolling["maxUnavailable"].isNull { rolling["maxUnavailable"] = "25%" }
            strategy["rollingUpdate"] = rolling
        }
        spec["strategy"] = strategy
        spec["template"] = template(spec["template"])
        return spec
    }

    /// DaemonSet spec defaults (`SetDefaults_DaemonSet`: RollingUpdate with maxUnavailable 1 and maxSurge 0,
    /// revisionHistoryLimit 10).
    static func daemonSetSpec(_ input: JSONValue) -> JSONValue {
        var spec = input
        if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
        var strategy = spec["updateStrategy"]
        if strategy["type"].isNull { strategy["type"] = "RollingUpdate" }
        if strategy["type"].string == "RollingUpdate" {
            var rolling = strategy["rollingUpdate"]
            if rolling["maxUnavailable"].isNull { rolling["maxUnavailable"] = 1 }
            if rolling["maxSurge"].isNull { rolling["maxSurge"] = 0 }
            strategy["rollingUpdate"] = rolling
        }
        spec["updateStrategy"] = strategy
        spec["template"] = template(spec["template"])
        return spec
    }

    /// StatefulSet spec defaults (`SetDefaults_StatefulSet` with v1.35's gates): OrderedReady, RollingUpdate with
    /// partition 0 and maxUnavailable 1 (`MaxUnavailableStatefulSet`, beta), claims retained when deleted or scaled,
    /// one replica, revisionHistoryLimit 10.
    static func statefulSetSpec(_ input: JSONValue) -> JSONValue {
        var spec = input
        if spec["podManagementPolicy"].isNull { spec["podManagementPolicy"] = "OrderedReady" }
        var strategy = spec["updateStrategy"]
        if strategy["type"].isNull {
            strategy["type"] = "RollingUpdate"
            if strategy["rollingUpdate"].isNull { strategy["rollingUpdate"] = .emptyObject }
        }
        if strategy["type"].string == "RollingUpdate", !strategy["rollingUpdate"].isNull {
            var rolling = strategy["rollingUpdate"]
            if rolling["partition"].isNull { rolling["partition"] = 0 }
            if rolling["maxUnavailable"].isNull { rolling["maxUnavailable"] = 1 }
            strategy["rollingUpdate"] = rolling
        }
        spec["updateStrategy"] = strategy
        var retention = spec["persistentVolumeClaimRetentionPolicy"]
        if retention["whenDeleted"].isNull { retention["whenDeleted"] = "Retain" }
        if retention["whenScaled"].isNull { retention["whenScaled"] = "Retain" }
        spec["persistentVolumeClaimRetentionPolicy"] = retention
        if spec["replicas"].isNull { spec["replicas"] = 1 }
        if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
        spec["template"] = template(spec["template"])
        if let claims = spec["volumeClaimTemplates"].array {
            // The v1 conversion gives each claim template its type; `SetDefaults_PersistentVolumeClaim` and its
            // status defaults add the volume mode and the Pending phase.
            spec["volumeClaimTemplates"] = .array(
                claims.map { claim in
                    var claim = claim
                    claim["apiVersion"] = "v1"
                    claim["kind"] = "PersistentVolumeClaim"
                    if claim["spec"]["volumeMode"].isNull { claim["spec"]["volumeMode"] = "Filesystem" }
                    if claim["status"]["phase"].isNull { claim["status"]["phase"] = "Pending" }
                    return claim
                })
        }
        return spec
    }

    /// Job spec defaults (`SetDefaults_Job`): one completion at a time, 6 retries, NonIndexed, not suspended, pods
    /// replaced once terminating or failed.
    static func jobSpec(_ input: JSONValue) -> JSONValue {
        var spec = input
        if spec["completions"].isNull && spec["parallelism"].isNull {
            spec["completions"] = 1
            spec["parallelism"] = 1
        }
        if spec["parallelism"].isNull { spec["parallelism"] = 1 }
        if spec["backoffLimit"].isNull { spec["backoffLimit"] = 6 }
        if spec["completionMode"].isNull { spec["completionMode"] = "NonIndexed" }
        if spec["suspend"].isNull { spec["suspend"] = false }
        if spec["podReplacementPolicy"].isNull, spec["podFailurePolicy"].isNull { spec["podReplacementPolicy"] = "TerminatingOrFailed" }
        spec["template"] = template(spec["template"])
        return spec
    }

    /// CronJob spec defaults (`SetDefaults_CronJob`): Allow, not suspended, 3 successful and 1 failed job kept.
    static func cronJobSpec(_ input: JSONValue) -> JSONValue {
        var spec = input
        if spec["concurrencyPolicy"].isNull { spec["concurrencyPolicy"] = "Allow" }
        if spec["suspend"].isNull { spec["suspend"] = false }
        if spec["successfulJobsHistoryLimit"].isNull { spec["successfulJobsHistoryLimit"] = 3 }
        if spec["failedJobsHistoryLimit"].isNull { spec["failedJobsHistoryLimit"] = 1 }
        var jobSpec = spec["jobTemplate"]["spec"]
        // The job template keeps its counts unset (the Job gets them when it is created); only the pod template is
        // defaulted.
        jobSpec["template"] = template(jobSpec["template"])
        spec["jobTemplate"]["spec"] = jobSpec
        if spec["jobTemplate"]["metadata"].isNull { spec["jobTemplate"]["metadata"] = .emptyObject }
        return spec
    }

    /// ReplicaSet spec defaults (replicas 1).
    static func replicaSetSpec(_ input: JSONValue) -> JSONValue {
        var spec = input
        if spec["replicas"].isNull { spec["replicas"] = 1 }
        spec["template"] = template(spec["template"])
        return spec
    }

    /// Service spec defaults (type ClusterIP, session affinity, IP families, traffic policy, port protocol/targetPort).
    static func serviceSpec(_ input: JSONValue) -> JSONValue {
        var spec = input
        if spec["type"].isNull { spec["type"] = "ClusterIP" }
        if spec["sessionAffinity"].isNull { spec["sessionAffinity"] = "None" }
        if spec["internalTrafficPolicy"].isNull { spec["internalTrafficPolicy"] = "Cluster" }
        if spec["ipFamilies"].isNull { spec["ipFamilies"] = ["IPv4"] }
        if spec["ipFamilyPolicy"].isNull { spec["ipFamilyPolicy"] = "SingleStack" }
        let type = spec["type"].string ?? "ClusterIP"
        if type == "NodePort" || type == "LoadBalancer", spec["externalTrafficPolicy"].isNull { spec["externalTrafficPolicy"] = "Cluster" }
        if type == "LoadBalancer", spec["allocateLoadBalancerNodePorts"].isNull { spec["allocateLoadBalancerNodePorts"] = true }
        if let ports = spec["ports"].array {
            spec["ports"] = .array(
                ports.map { port in
                    var copy = port
                    if copy["protocol"].isNull { copy["protocol"] = "TCP" }
                    if copy["targetPort"].isNull || copy["targetPort"].int == 0 { copy["targetPort"] = copy["port"] }
                    return copy
                })
        }
        return spec
    }
}

extension Defaults {
    /// A Secret as the API server stores it: `stringData` merged into `data` as base64 (the v1 conversion, where
    /// `stringData` wins over `data`), and `type` defaulted to `Opaque`.
    static func secret(_ input: JSONValue) -> JSONValue {
        var secret = input
        if let strings = secret["stringData"].object {
            var data = secret["data"].object ?? [:]
            for (key, value) in strings { data[key] = .string(Base64.encode(value.string ?? "")) }
            secret["data"] = .object(data)
        }
        secret["stringData"] = .null
        if (secret["type"].string ?? "").isEmpty { secret["type"] = "Opaque" }
        return secret
    }
}
