/// What the controllers keep about the pods of one owner (a ReplicaSet, by uid): the pods, their running counts and
/// the owner's key, all behind one lookup, since every pod write needs all three.
struct OwnedPods: Sendable {
    /// The pods whose controller is this owner.
    var pods: Set<ObjectKey> = []
    /// Their counts (see `ReplicaSetCounts`), kept up to date on every pod write.
    var counts = ReplicaSetCounts()
    /// The owner's key while the owner is a ReplicaSet that exists (mirrors `ControllerState.replicaSetKeysByUID`).
    var replicaSet: ObjectKey? = nil
}
