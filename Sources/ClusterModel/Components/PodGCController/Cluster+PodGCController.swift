/// The pod garbage collector (`pkg/controller/podgc`, `gcOrphaned`): pods bound to a node that no longer exists are
/// force-deleted at its next pass (it runs every 20 seconds).
extension Cluster {
    /// How often the pod garbage collector runs (`gcCheckPeriod`).
    static let podGCPeriod = 20.0

    /// A node was removed: a pass runs at the collector's next tick.
    mutating func podGCNodeRemoved() {
        if podGCController.nodeRemoved() { queue.schedule(.podGC, at: now.adding(seconds: Cluster.podGCPeriod)) }
    }

    /// One pass: every pod bound to a node that is not registered is deleted with grace period 0.
    mutating func collectOrphanedPods() {
        podGCController.passScheduled = false
        let registered = Set(configuration.nodes.map(\.name).filter { exists(.nodes, ObjectKey(namespace: "", name: $0)) })
        let orphans = storedPods.filter { entry in entry.value.value.nodeName.map { !registered.contains($0) } ?? false }.keys
        for key in ObjectKey.sorted(Array(orphans)) { deletePod(key, gracePeriod: 0) }
    }
}
