/// The garbage collector's state: the owners deleted in the foreground that wait for their dependents.
///
/// An owner deleted with `propagationPolicy: Foreground` keeps existing, with a `deletionTimestamp` and the
/// `foregroundDeletion` finalizer, until the collector has deleted every dependent; then the collector removes the
/// finalizer and the API server removes the owner (kubernetes `pkg/controller/garbagecollector`,
/// `processDeletingDependentsItem`).
struct GarbageCollector: Sendable {
    /// An owner waiting for its dependents.
    struct WaitingOwner: Sendable, Equatable {
        var type: ResourceType
        var key: ObjectKey
    }

    /// Owner uid → the owner, while it carries the `foregroundDeletion` finalizer.
    var waitingForDependents: [String: WaitingOwner] = [:]

    /// The finalizer that marks a foreground deletion.
    static let foregroundFinalizer = "foregroundDeletion"
}
