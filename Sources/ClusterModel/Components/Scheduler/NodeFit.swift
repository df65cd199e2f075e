/// Whether a pod fits a node, as the default scheduler's filter plugins decide, and the reason it does not.
///
/// The plugins run in the default profile's order and a node fails at the first one that rejects it
/// (`RunFilterPlugins`): NodeUnschedulable, TaintToleration, NodeAffinity (NodeName never rejects here: a pod
/// written with `spec.nodeName` is bound at creation and never reaches the scheduler). Their reasons are the plugins'
/// `ErrReason…` texts (`pkg/scheduler/framework/plugins/…`), which `FitError.Error()` counts per reason.
struct NodeFit: Sendable {
    /// What the scheduler keeps of a Node (its informer cache).
    struct Node: Sendable, Equatable {
        var name: String
        var labels: [String: String]
        var taints: [Taint]
        var unschedulable: Bool

        /// The parts of a Node object the filters read.
        init(_ object: JSONValue) {
            name = object["metadata"]["name"].string ?? ""
            labels = object["metadata"]["labels"].stringMap
            taints = (object["spec"]["taints"].array ?? []).map(Taint.init)
            unschedulable = object["spec"]["unschedulable"].bool ?? false
        }
    }

    /// A node taint or a pod toleration's matching fields.
    struct Taint: Sendable, Equatable {
        var key: String
        var value: String
        var effect: String

        init(_ object: JSONValue) {
            key = object["key"].string ?? ""
            value = object["value"].string ?? ""
            effect = object["effect"].string ?? ""
        }
    }

    /// What the filters read from a pod spec.
    struct Pod: Sendable {
        var nodeSelector: [String: String]
        var tolerations: [JSONValue]
        var requiredTerms: [JSONValue]?

        init(spec: JSONValue) {
            nodeSelector = spec["nodeSelector"].stringMap
            tolerations = spec["tolerations"].array ?? []
            requiredTerms = spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"].array
        }
    }

    /// `nodeunschedulable.ErrReasonUnschedulable`.
    static let unschedulableReason = "node(s) were unschedulable"
    /// `tainttoleration.ErrReasonNotMatch` (v1.34+ no longer names the taint).
    static let taintReason = "node(s) had untolerated taint(s)"
    /// `nodeaffinity.ErrReasonPod`.
    static let affinityReason = "node(s) didn't match Pod's node affinity/selector"

    /// Why `pod` cannot run on `node`, or nil when it fits.
    static func rejection(_ pod: Pod, on node: Node) -> String? {
        if node.unschedulable {
            let tolerated = pod.tolerations.contains {
                tolerates($0, Taint(["key": "node.kubernetes.io/unschedulable", "effect": "NoSchedule"]))
            }
            if !tolerated { return unschedulableReason }
        }
        for taint in node.taints where taint.effect == "NoSchedule" || taint.effect == "NoExecute" {
            if !pod.tolerations.contains(where: { tolerates($0, taint) }) { return taintReason }
        }
        if !matchesAffinity(pod, node) { return affinityReason }
        return nil
    }

    /// `Toleration.ToleratesTaint`: an empty effect matches every effect, `Exists` with an empty key every taint;
    /// `Equal` (the default operator) compares the values.
    static func tolerates(_ toleration: JSONValue, _ taint: Taint) -> Bool {
        let effect = toleration["effect"].string ?? ""
        if !effect.isEmpty, effect != taint.effect { return false }
        let key = toleration["key"].string ?? ""
        if !key.isEmpty, key != taint.key { return false }
        switch toleration["operator"].string ?? "Equal" {
        case "Exists": return true
        case "Equal": return !key.isEmpty && (toleration["value"].string ?? "") == taint.value
        default: return false
        }
    }

    /// The pod's `nodeSelector` (every label) and required node affinity (any term, every expression of it).
    static func matchesAffinity(_ pod: Pod, _ node: Node) -> Bool {
        for (key, value) in pod.nodeSelector where node.labels[key] != value { return false }
        guard let terms = pod.requiredTerms else { return true }
        return terms.contains { term in
            let expressions = term["matchExpressions"].array ?? []
            let fields = term["matchFields"].array ?? []
            if expressions.isEmpty && fields.isEmpty { return false }
            return expressions.allSatisfy { requirement($0, value: node.labels[$0["key"].string ?? ""]) }
                && fields.allSatisfy { $0["key"].string == "metadata.name" && requirement($0, value: node.name) }
        }
    }

    /// One `NodeSelectorRequirement` against a label (or field) value.
    static func requirement(_ requirement: JSONValue, value: String?) -> Bool {
        let values = (requirement["values"].array ?? []).compactMap(\.string)
        switch requirement["operator"].string ?? "" {
        case "In": return value.map(values.contains) ?? false
        case "NotIn": return !(value.map(values.contains) ?? false)
        case "Exists": return value != nil
        case "DoesNotExist": return value == nil
        case "Gt", "Lt":
            guard let value, let number = Int(value), values.count == 1, let bound = Int(values[0]) else { return false }
            return requirement["operator"].string == "Gt" ? number > bound : number < bound
        default: return false
        }
    }

    /// `FitError.Error()`: `0/N nodes are available: <count> <reason>, …` (sorted as strings), then the
    /// DynamicResources and preemption post-filter texts (every reason here is unresolvable by preemption).
    static func fitError(reasons: [String], nodeCount: Int) -> String {
        // `ErrNoNodesAvailable`: without any node the scheduler does not even run the filters.
        if nodeCount == 0 { return "no nodes available to schedule pods" }
        var counts: [String: Int] = [:]
        for reason in reasons { counts[reason, default: 0] += 1 }
        let histogram = counts.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")
        var message = "0/\(nodeCount) nodes are available"
        if !histogram.isEmpty { message += ": " + histogram }
        message += ". no new claims to deallocate, preemption: 0/\(nodeCount) nodes are available: "
        message += "\(nodeCount) Preemption is not helpful for scheduling."
        return message
    }
}
