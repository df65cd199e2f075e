/// A pod as the model keeps it: typed metadata and status, the defaulted spec as JSON.
///
/// Kept typed (instead of as JSON) so that the scheduler and kubelet can update thousands of pods cheaply;
/// `render()` produces the JSON a real API server would return.
struct PodRecord: Sendable, Equatable {
    /// The parts fixed when the pod is created that the pods of one template share (only `spec` may change later,
    /// through an update), behind one reference: every status change copies the record, and this way copies one
    /// reference for all of them; the pods of a ReplicaSet share one instance (see `PodTemplate`), so that
    /// reference is always in cache.
    final class Constants: Sendable, Equatable {
        let spec: JSONValue
        let facts: PodSpecFacts
        let extraTopLevel: [String: JSONValue]
        let qosClass: String

        init(spec: JSONValue, facts: PodSpecFacts, extraTopLevel: [String: JSONValue], qosClass: String) {
            self.spec = spec
            self.facts = facts
            self.extraTopLevel = extraTopLevel
            self.qosClass = qosClass
        }

        static func == (lhs: Constants, rhs: Constants) -> Bool {
            lhs === rhs || (lhs.spec == rhs.spec && lhs.extraTopLevel == rhs.extraTopLevel && lhs.qosClass == rhs.qosClass)
        }
    }

    private var constants: Constants
    /// The random part of the token volume's name (short enough to need no allocation).
    let tokenVolumeSuffix: String
    var meta: ObjectMeta
    /// The defaulted spec without `nodeName` and without the service-account token volume (added when rendering).
    var spec: JSONValue {
        get { constants.spec }
        set {
            constants = Constants(spec: newValue, facts: PodSpecFacts(spec: newValue), extraTopLevel: extraTopLevel, qosClass: qosClass)
        }
    }
    /// What the scheduler and kubelet read from `spec` (kept in step with it).
    var facts: PodSpecFacts { constants.facts }
    /// Top-level manifest fields other than apiVersion/kind/metadata/spec/status, kept as given.
    var extraTopLevel: [String: JSONValue] { constants.extraTopLevel }
    /// Name of the projected token volume, `kube-api-access-<5 chars>`.
    var tokenVolume: String { "kube-api-access-" + tokenVolumeSuffix }
    /// The QoS class (from the containers' resources).
    var qosClass: String { constants.qosClass }
    // Stored fields are laid out in declaration order: each one-byte field follows an optional timestamp (nine
    // bytes), filling padding that would otherwise make the record (copied on every status change) larger.
    var nodeName: String? = nil
    var hostIP: String? = nil
    var podIP: String? = nil
    var containers: [ContainerRecord]
    /// Bumped whenever the termination schedule changes, so stale transitions are ignored.
    var terminationToken = 0
    var startTime: Timestamp? = nil
    var phase = PodPhase.pending
    var scheduledAt: Timestamp? = nil
    var ready = false
    /// When the kubelet first reported on the pod (Initialized / sandbox ready).
    var kubeletSeenAt: Timestamp? = nil
    var sandboxReady = false
    var sandboxChangedAt: Timestamp? = nil
    var readyChangedAt: Timestamp? = nil
    /// Why the scheduler found no node (`FitError`), while the pod waits for one.
    var schedulingFailure: String? = nil

    /// A pod record; `facts` must be derived from `spec` (they are, when not given).
    init(
        meta: ObjectMeta, spec: JSONValue, facts: PodSpecFacts? = nil, extraTopLevel: [String: JSONValue] = [:], tokenVolumeSuffix: String,
        qosClass: String, containers: [ContainerRecord]
    ) {
        self.init(
            meta: meta,
            constants: Constants(spec: spec, facts: facts ?? PodSpecFacts(spec: spec), extraTopLevel: extraTopLevel, qosClass: qosClass),
            tokenVolumeSuffix: tokenVolumeSuffix, containers: containers)
    }

    /// A pod record sharing `constants` with other pods (of the same template).
    init(meta: ObjectMeta, constants: Constants, tokenVolumeSuffix: String, containers: [ContainerRecord]) {
        self.meta = meta
        self.constants = constants
        self.tokenVolumeSuffix = tokenVolumeSuffix
        self.containers = containers
    }

    var key: ObjectKey { meta.key }
    var isTerminal: Bool { phase.isTerminal }
    var isTerminating: Bool { meta.deletionTimestamp != nil }
    /// Active as the ReplicaSet controller counts pods: not terminal and not being deleted.
    var isActive: Bool { !isTerminal && meta.deletionTimestamp == nil }

    static let serviceAccountMountPath = "/var/run/secrets/kubernetes.io/serviceaccount"

    /// The pod as the API server serializes it.
    func render() -> JSONValue {
        var root = extraTopLevel
        root["apiVersion"] = "v1"
        root["kind"] = "Pod"
        root["metadata"] = meta.render()
        root["spec"] = renderSpec()
        root["status"] = renderStatus()
        return .object(root)
    }

    private func mount(status: Bool) -> JSONValue {
        var members: [String: JSONValue] = [
            "mountPath": .string(PodRecord.serviceAccountMountPath), "name": .string(tokenVolume), "readOnly": true,
        ]
        if status { members["recursiveReadOnly"] = "Disabled" }
        return .object(members)
    }

    /// A spec as a client sends it back (the rendered spec, possibly changed) without what rendering adds: `nodeName`,
    /// the service-account token volume and its mounts. The result compares with `spec`.
    func ownSpec(fromRendered rendered: JSONValue) -> JSONValue {
        guard case .object(var members) = rendered else { return rendered }
        members["nodeName"] = nil
        if let volumes = members["volumes"]?.array {
            let kept = volumes.filter { $0["name"].string != tokenVolume }
            members["volumes"] = kept.isEmpty ? nil : .array(kept)
        }
        if case .array(let containers)? = members["containers"] {
            members["containers"] = .array(
                containers.map { container in
                    var copy = container
                    let mounts = (container["volumeMounts"].array ?? []).filter { $0["name"].string != tokenVolume }
                    copy["volumeMounts"] = mounts.isEmpty ? .null : .array(mounts)
                    return copy
                })
        }
        return .object(members)
    }

    /// Whether the pod has the service-account token volume (every pod but a mirror pod, which has no service
    /// account).
    private var hasTokenVolume: Bool { !spec["serviceAccountName"].isNull }

    private func renderSpec() -> JSONValue {
        guard case .object(var members) = spec else { return spec }
        if let nodeName { members["nodeName"] = .string(nodeName) }
        guard hasTokenVolume else { return .object(members) }
        let volume: JSONValue = [
            "name": .string(tokenVolume),
            "projected": [
                "defaultMode": 420,
                "sources": [
                    ["serviceAccountToken": ["expirationSeconds": 3607, "path": "token"]],
                    ["configMap": ["items": [["key": "ca.crt", "path": "ca.crt"]], "name": "kube-root-ca.crt"]],
                    [
                        "downwardAPI": [
                            "items": [["fieldRef": ["apiVersion": "v1", "fieldPath": "metadata.namespace"], "path": "namespace"]]
                        ]
                    ],
                ],
            ],
        ]
        members["volumes"] = .array((members["volumes"]?.array ?? []) + [volume])
        if case .array(let containers)? = members["containers"] {
            members["containers"] = .array(
                containers.map { container in
                    var copy = container
                    copy["volumeMounts"] = .array((container["volumeMounts"].array ?? []) + [mount(status: false)])
                    return copy
                })
        }
        return .object(members)
    }

    private func condition(_ type: String, _ status: Bool, _ time: Timestamp?, reason: String? = nil, message: String? = nil) -> JSONValue {
        var members: [String: JSONValue] = [
            "type": .string(type), "status": status ? "True" : "False", "lastProbeTime": .null,
            "lastTransitionTime": .string((time ?? meta.creationTimestamp).rfc3339),
        ]
        if let reason { members["reason"] = .string(reason) }
        if let message { members["message"] = .string(message) }
        // `CalculatePodConditionObservedGeneration` with `PodObservedGenerationTracking` (GA in v1.35).
        if let generation = meta.generation { members["observedGeneration"] = .int(generation) }
        return .object(members)
    }

    private func renderStatus() -> JSONValue {
        var status: [String: JSONValue] = ["phase": .string(phase.rawValue), "qosClass": .string(qosClass)]
        var conditions: [JSONValue] = []
        if kubeletSeenAt != nil {
            conditions.append(condition("PodReadyToStartContainers", sandboxReady, sandboxChangedAt))
            // `GeneratePodInitializedCondition`: a Succeeded pod's is True with reason PodCompleted.
            conditions.append(condition("Initialized", true, kubeletSeenAt, reason: phase == .succeeded ? "PodCompleted" : nil))
            if ready {
                conditions.append(condition("Ready", true, readyChangedAt))
                conditions.append(condition("ContainersReady", true, readyChangedAt))
            } else if isTerminal {
                // `generatePodReadyConditionForTerminalPhase`: PodCompleted or PodFailed.
                let reason = phase == .succeeded ? "PodCompleted" : "PodFailed"
                conditions.append(condition("Ready", false, readyChangedAt ?? kubeletSeenAt, reason: reason))
                conditions.append(condition("ContainersReady", false, readyChangedAt ?? kubeletSeenAt, reason: reason))
            } else {
                let unready = containers.filter { !$0.ready }.map(\.name).joined(separator: " ")
                let message = "containers with unready status: [\(unready)]"
                conditions.append(condition("Ready", false, readyChangedAt ?? kubeletSeenAt, reason: "ContainersNotReady", message: message))
                conditions.append(condition("ContainersReady", false, readyChangedAt ?? kubeletSeenAt, reason: "ContainersNotReady", message: message))
            }
        }
        if let scheduledAt {
            if nodeName == nil, let schedulingFailure {
                conditions.append(condition("PodScheduled", false, scheduledAt, reason: "Unschedulable", message: schedulingFailure))
            } else {
                conditions.append(condition("PodScheduled", true, scheduledAt))
            }
        }
        if !conditions.isEmpty { status["conditions"] = .array(conditions) }
        if kubeletSeenAt != nil {
            let mounts = hasTokenVolume ? [mount(status: true)] : []
            status["containerStatuses"] = .array(containers.map { $0.render(volumeMounts: mounts) })
        }
        if let hostIP {
            status["hostIP"] = .string(hostIP)
            status["hostIPs"] = [["ip": .string(hostIP)]]
        }
        if let podIP {
            status["podIP"] = .string(podIP)
            status["podIPs"] = [["ip": .string(podIP)]]
        }
        if let startTime { status["startTime"] = .string(startTime.rfc3339) }
        if let generation = meta.generation { status["observedGeneration"] = .int(generation) }
        return .object(status)
    }
}
