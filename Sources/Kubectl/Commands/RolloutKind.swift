import ClusterModel

/// The workload kinds `kubectl rollout` has helpers for, and kubectl's errors for the others.
///
/// kubectl picks a status viewer, history viewer, rollbacker, pauser or resumer per kind (`pkg/polymorphichelpers`):
/// Deployments, DaemonSets and StatefulSets (the latter two with their ControllerRevisions read through
/// ``ControllerRevisionHistory``).
enum RolloutKind {
    case deployment
    case daemonSet
    case statefulSet

    /// The kind of `type`, or nil when kubectl has no rollout helpers for it.
    init?(_ type: ResourceType) {
        switch type {
        case .deployments: self = .deployment
        case .daemonSets: self = .daemonSet
        case .statefulSets: self = .statefulSet
        default: return nil
        }
    }

    /// `schema.GroupKind.String()`: `ReplicaSet.apps`, `Pod`.
    static func groupKind(_ type: ResourceType) -> String {
        type.group.isEmpty ? type.kind : type.kind + "." + type.group
    }

    /// The error `apps.GroupKindElement.Accept` returns for kinds outside kubectl's `KindVisitor` (which knows
    /// DaemonSets, Deployments, Jobs, Pods, ReplicaSets, ReplicationControllers, StatefulSets and CronJobs), or nil.
    /// The element is printed with `%v` as the struct it is: `{ Service}`, `{apps ControllerRevision}`.
    static func visitorError(_ type: ResourceType) -> String? {
        let known: [(String, String)] = [
            ("apps", "DaemonSet"), ("apps", "Deployment"), ("batch", "Job"), ("", "Pod"), ("apps", "ReplicaSet"),
            ("", "ReplicationController"), ("apps", "StatefulSet"), ("batch", "CronJob"),
        ]
        if known.contains(where: { $0.0 == type.group && $0.1 == type.kind }) { return nil }
        return "no visitor method exists for {\(type.group) \(type.kind)}"
    }

    /// `StatusViewerFor`: the kind, or `no status viewer has been implemented for ReplicaSet.apps`.
    static func forStatus(_ type: ResourceType) throws(KubectlError) -> RolloutKind {
        guard let kind = RolloutKind(type) else { throw .plain("no status viewer has been implemented for \(groupKind(type))") }
        return kind
    }

    /// `HistoryViewerFor`: the kind, or kubectl's error for kinds without a history viewer.
    static func forHistory(_ type: ResourceType) throws(KubectlError) -> RolloutKind {
        if let error = visitorError(type) { throw .plain("error retrieving history for \(GoQuote.quoted(groupKind(type))), \(error)") }
        guard let kind = RolloutKind(type) else { throw .plain("no history viewer has been implemented for \(GoQuote.quoted(groupKind(type)))") }
        return kind
    }

    /// `RollbackerFor`: the kind, or kubectl's error for kinds without a rollbacker.
    static func forRollback(_ type: ResourceType) throws(KubectlError) -> RolloutKind {
        if let error = visitorError(type) { throw .plain("error retrieving rollbacker for \(GoQuote.quoted(groupKind(type))), \(error)") }
        guard let kind = RolloutKind(type) else { throw .plain("no rollbacker has been implemented for \(GoQuote.quoted(groupKind(type)))") }
        return kind
    }
}
