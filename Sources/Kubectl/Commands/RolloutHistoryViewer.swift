import ClusterModel

/// `rollout history`'s revisions of one object (kubectl's `HistoryViewer`s in `pkg/polymorphichelpers/history.go`):
/// a Deployment's ReplicaSets by their revision annotation, a DaemonSet's ControllerRevisions.
enum RolloutHistoryViewer {
    /// One revision: its pod template (what `--revision=N` describes), its change cause, and the object
    /// `-o` prints for it (`GetHistory`: the ReplicaSet, or the DaemonSet as it was at that revision).
    struct Revision {
        var template: JSONValue
        var changeCause: String?
        var object: JSONValue
    }

    /// The revisions of `object` by number.
    static func revisions(of object: JSONValue, kind: RolloutKind, in cluster: some ClusterClient) -> [Int: Revision] {
        var result: [Int: Revision] = [:]
        switch kind {
        case .deployment:
            for replicaSet in RolloutRevisions.replicaSets(of: object, in: cluster) {
                // `deploymentutil.Revision`: a missing annotation is revision 0; one that does not parse is skipped.
                guard let number = Int(replicaSet["metadata"]["annotations"]["deployment.kubernetes.io/revision"].string ?? "0") else { continue }
                var template = replicaSet["spec"]["template"]
                let cause = replicaSet["metadata"]["annotations"]["kubernetes.io/change-cause"].string
                // `ViewHistory` copies the change cause into the template's annotations, so `--revision` shows it.
                if let cause, !cause.isEmpty { template["metadata"]["annotations"]["kubernetes.io/change-cause"] = .string(cause) }
                result[number] = Revision(template: template, changeCause: cause, object: replicaSet)
            }
        case .daemonSet, .statefulSet:
            for revision in ControllerRevisionHistory.revisions(of: object, in: cluster) {
                let applied = ControllerRevisionHistory.applying(revision, to: object)
                result[ControllerRevisionHistory.number(revision)] = Revision(
                    template: applied["spec"]["template"], changeCause: revision["metadata"]["annotations"]["kubernetes.io/change-cause"].string,
                    object: applied)
            }
        }
        return result
    }

    /// `ViewHistory`: the `REVISION  CHANGE-CAUSE` table (tabwriter minwidth 0, tabwidth 8, padding 2), the described
    /// pod template of `revision` (`printTemplate`: `DescribePodTemplate` without a tabwriter, so its tabs stay), or
    /// `No rollout history found.`.
    static func view(_ revisions: [Int: Revision], revision: Int) throws(KubectlError) -> String {
        if revisions.isEmpty { return "No rollout history found." }
        if revision > 0 {
            guard let found = revisions[revision] else { throw .plain("unable to find the specified revision") }
            return describe(found.template)
        }
        var table = "REVISION\tCHANGE-CAUSE\n"
        for number in revisions.keys.sorted() {
            let cause = revisions[number]?.changeCause ?? ""
            table += "\(number)\t\(cause.isEmpty ? "<none>" : cause)\n"
        }
        var writer = TabWriter(minWidth: 0, tabWidth: 8, padding: 2, rememberWidths: false)
        return writer.format(table)
    }

    /// `printTemplate`: `Pod Template:` and its sections, with the describer's raw tabs.
    static func describe(_ template: JSONValue) -> String {
        var w = PrefixWriter()
        DescribeSections.podTemplate(&w, template)
        return w.text
    }
}
