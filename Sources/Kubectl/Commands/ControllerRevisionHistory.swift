import ClusterModel

/// The revisions of a workload that keeps its history in ControllerRevisions (DaemonSets; StatefulSets use the same
/// form), as kubectl reads them in `pkg/polymorphichelpers/history.go` and `rollback.go`.
///
/// Each revision's `data` is a strategic merge patch that replaces the pod template:
/// `{"spec":{"template":{…,"$patch":"replace"}}}` (the controller's `getPatch`).
enum ControllerRevisionHistory {
    /// `controlledHistory`: the ControllerRevisions in the object's namespace that match its selector and name it
    /// as their controller, in list order.
    static func revisions(of object: JSONValue, in cluster: some ClusterClient) -> [JSONValue] {
        let selector = LabelSelector(json: object["spec"]["selector"])
        let uid = object["metadata"]["uid"].string
        return cluster.list(.controllerRevisions, namespace: object["metadata"]["namespace"].string, selector: selector).filter { revision in
            revision["metadata"]["ownerReferences"].array?.contains { $0["uid"].string == uid && $0["controller"].bool == true } == true
        }
    }

    /// The revision number a ControllerRevision carries.
    static func number(_ revision: JSONValue) -> Int { revision["revision"].int ?? 0 }

    /// The patch that would restore `object`'s current template (`getDaemonSetPatch`, `getStatefulSetPatch`).
    static func patch(restoring object: JSONValue) -> JSONValue {
        var template = object["spec"]["template"]
        template["$patch"] = "replace"
        return ["spec": ["template": template]]
    }

    /// `applyDaemonSetHistory`: the object with the revision's pod template (the strategic merge of its `data`,
    /// which replaces `spec.template` whole).
    static func applying(_ revision: JSONValue, to object: JSONValue) -> JSONValue {
        var result = object
        var template = revision["data"]["spec"]["template"]
        template["$patch"] = .null
        result["spec"]["template"] = template
        return result
    }

    /// `daemonSetMatch`: whether the object's template is the one stored in the revision.
    static func matches(_ object: JSONValue, _ revision: JSONValue) -> Bool {
        patch(restoring: object) == revision["data"]
    }

    /// `findHistory`: the revision numbered `toRevision`, or with 0 the one before the newest; nil when there is none.
    static func find(_ toRevision: Int, in history: [JSONValue]) -> JSONValue? {
        if toRevision == 0 {
            guard history.count > 1 else { return nil }
            // `sort.Sort(historiesByRevision)` then the second largest.
            return history.sorted { number($0) < number($1) }[history.count - 2]
        }
        return history.first { number($0) == toRevision }
    }
}
