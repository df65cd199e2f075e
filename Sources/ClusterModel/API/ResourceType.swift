/// One kind of API resource as discovery describes it: kind, group, version, names and scope.
///
/// Equality and hashing use the group and plural only, which identify a resource uniquely.
public struct ResourceType: Hashable, Sendable, CustomStringConvertible {
    /// The object kind, e.g. `Deployment`.
    public let kind: String
    /// The API group, `""` for the core group.
    public let group: String
    /// The served version, e.g. `v1`.
    public let version: String
    /// The lower-case plural resource name, e.g. `deployments`.
    public let plural: String
    /// The lower-case singular name, e.g. `deployment`.
    public let singular: String
    /// Short names kubectl accepts, e.g. `["deploy"]`.
    public let shortNames: [String]
    /// Whether objects of this type live in a namespace.
    public let namespaced: Bool

    /// Creates a resource description.
    public init(kind: String, group: String, version: String, plural: String, singular: String, shortNames: [String], namespaced: Bool) {
        self.kind = kind
        self.group = group
        self.version = version
        self.plural = plural
        self.singular = singular
        self.shortNames = shortNames
        self.namespaced = namespaced
    }

    /// The `apiVersion` field value: `v1`, `apps/v1`, `discovery.k8s.io/v1`.
    public var apiVersion: String { group.isEmpty ? version : group + "/" + version }

    /// The group-qualified plural used in server messages: `pods`, `deployments.apps`, `endpointslices.discovery.k8s.io`.
    public var qualifiedName: String { group.isEmpty ? plural : plural + "." + group }

    /// The group-qualified lower-case kind kubectl prints in `deleted`/`created` lines: `pod`, `deployment.apps`.
    public var qualifiedSingular: String { group.isEmpty ? kind.lowercased() : kind.lowercased() + "." + group }

    public var description: String { qualifiedName }

    public static func == (lhs: ResourceType, rhs: ResourceType) -> Bool {
        lhs.plural == rhs.plural && lhs.group == rhs.group
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(plural)
        hasher.combine(group)
    }

    /// Core `v1` Pods (`po`).
    public static let pods = ResourceType(kind: "Pod", group: "", version: "v1", plural: "pods", singular: "pod", shortNames: ["po"], namespaced: true)
    /// `apps/v1` Deployments (`deploy`).
    public static let deployments = ResourceType(kind: "Deployment", group: "apps", version: "v1", plural: "deployments", singular: "deployment", shortNames: ["deploy"], namespaced: true)
    /// `apps/v1` ReplicaSets (`rs`).
    public static let replicaSets = ResourceType(kind: "ReplicaSet", group: "apps", version: "v1", plural: "replicasets", singular: "replicaset", shortNames: ["rs"], namespaced: true)
    /// Core `v1` Services (`svc`).
    public static let services = ResourceType(kind: "Service", group: "", version: "v1", plural: "services", singular: "service", shortNames: ["svc"], namespaced: true)
    /// `discovery.k8s.io/v1` EndpointSlices (no short name).
    public static let endpointSlices = ResourceType(kind: "EndpointSlice", group: "discovery.k8s.io", version: "v1", plural: "endpointslices", singular: "endpointslice", shortNames: [], namespaced: true)
    /// Legacy core `v1` Endpoints (`ep`).
    public static let endpoints = ResourceType(kind: "Endpoints", group: "", version: "v1", plural: "endpoints", singular: "endpoints", shortNames: ["ep"], namespaced: true)
    /// Core `v1` Nodes (`no`), cluster-scoped.
    public static let nodes = ResourceType(kind: "Node", group: "", version: "v1", plural: "nodes", singular: "node", shortNames: ["no"], namespaced: false)
    /// Core `v1` Events (`ev`).
    public static let events = ResourceType(kind: "Event", group: "", version: "v1", plural: "events", singular: "event", shortNames: ["ev"], namespaced: true)
    /// Core `v1` Namespaces (`ns`), cluster-scoped.
    public static let namespaces = ResourceType(kind: "Namespace", group: "", version: "v1", plural: "namespaces", singular: "namespace", shortNames: ["ns"], namespaced: false)

    /// Core `v1` ConfigMaps (`cm`).
    public static let configMaps = ResourceType(kind: "ConfigMap", group: "", version: "v1", plural: "configmaps", singular: "configmap", shortNames: ["cm"], namespaced: true)
    /// Core `v1` Secrets (no short name).
    public static let secrets = ResourceType(kind: "Secret", group: "", version: "v1", plural: "secrets", singular: "secret", shortNames: [], namespaced: true)
    /// Core `v1` ServiceAccounts (`sa`).
    public static let serviceAccounts = ResourceType(kind: "ServiceAccount", group: "", version: "v1", plural: "serviceaccounts", singular: "serviceaccount", shortNames: ["sa"], namespaced: true)

    /// `apps/v1` DaemonSets (`ds`).
    public static let daemonSets = ResourceType(kind: "DaemonSet", group: "apps", version: "v1", plural: "daemonsets", singular: "daemonset", shortNames: ["ds"], namespaced: true)
    /// `apps/v1` StatefulSets (`sts`).
    public static let statefulSets = ResourceType(
        kind: "StatefulSet", group: "apps", version: "v1", plural: "statefulsets", singular: "statefulset", shortNames: ["sts"], namespaced: true)
    /// `apps/v1` ControllerRevisions (a DaemonSet's or StatefulSet's template history; no short name).
    public static let controllerRevisions = ResourceType(
        kind: "ControllerRevision", group: "apps", version: "v1", plural: "controllerrevisions", singular: "controllerrevision", shortNames: [], namespaced: true)
    /// `coordination.k8s.io/v1` Leases (node heartbeats, leader election; no short name).
    public static let leases = ResourceType(kind: "Lease", group: "coordination.k8s.io", version: "v1", plural: "leases", singular: "lease", shortNames: [], namespaced: true)
    /// `scheduling.k8s.io/v1` PriorityClasses (`pc`), cluster-scoped.
    public static let priorityClasses = ResourceType(
        kind: "PriorityClass", group: "scheduling.k8s.io", version: "v1", plural: "priorityclasses", singular: "priorityclass", shortNames: ["pc"], namespaced: false)
    /// `storage.k8s.io/v1` StorageClasses (`sc`), cluster-scoped.
    public static let storageClasses = ResourceType(
        kind: "StorageClass", group: "storage.k8s.io", version: "v1", plural: "storageclasses", singular: "storageclass", shortNames: ["sc"], namespaced: false)

    /// `batch/v1` Jobs (no short name).
    public static let jobs = ResourceType(kind: "Job", group: "batch", version: "v1", plural: "jobs", singular: "job", shortNames: [], namespaced: true)
    /// `batch/v1` CronJobs (`cj`).
    public static let cronJobs = ResourceType(kind: "CronJob", group: "batch", version: "v1", plural: "cronjobs", singular: "cronjob", shortNames: ["cj"], namespaced: true)

    /// `policy/v1` PodDisruptionBudgets (`pdb`).
    public static let podDisruptionBudgets = ResourceType(
        kind: "PodDisruptionBudget", group: "policy", version: "v1", plural: "poddisruptionbudgets", singular: "poddisruptionbudget",
        shortNames: ["pdb"], namespaced: true)

    /// Every resource type the simulated cluster serves. New types go at the end: the change feed stores a type
    /// as its index in this list.
    public static let all: [ResourceType] = [
        .pods, .deployments, .replicaSets, .services, .endpointSlices, .endpoints, .nodes, .events, .namespaces, .configMaps, .secrets,
        .serviceAccounts, .daemonSets, .controllerRevisions, .leases, .priorityClasses, .storageClasses, .jobs, .cronJobs,
        .podDisruptionBudgets, .statefulSets,
    ]

    /// Resolves a name as kubectl does: singular, plural, short name, Kind (any case), or `plural.group` /
    /// `singular.group` (e.g. `deployments.apps`, `endpointslice.discovery.k8s.io`). Returns nil when unknown.
    public static func lookup(_ name: String) -> ResourceType? {
        let lower = name.lowercased()
        for type in all {
            if lower == type.plural || lower == type.singular || lower == type.kind.lowercased() || type.shortNames.contains(lower) {
                return type
            }
            if !type.group.isEmpty {
                let suffixes = ["." + type.group, "." + type.version + "." + type.group]
                for suffix in suffixes where lower.hasSuffix(suffix) {
                    let base = String(lower.dropLast(suffix.count))
                    if base == type.plural || base == type.singular || base == type.kind.lowercased() { return type }
                }
            } else {
                for suffix in [".v1", "."] where lower.hasSuffix(suffix) {
                    let base = String(lower.dropLast(suffix.count))
                    if base == type.plural || base == type.singular { return type }
                }
            }
        }
        return nil
    }

    /// The type whose `apiVersion` and `kind` are given, if served.
    public static func forManifest(apiVersion: String, kind: String) -> ResourceType? {
        all.first { $0.apiVersion == apiVersion && $0.kind == kind }
    }
}
