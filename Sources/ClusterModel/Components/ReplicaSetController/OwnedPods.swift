/// What the ReplicaSet controller keeps about the pods of one owner (a ReplicaSet, by uid): their running counts and
/// the owner's key, behind one lookup, since every pod write needs both. (The pods themselves are in the shared
/// `InformerIndexes`.)
struct OwnedPods: Sendable {
    /// Their counts (see `ReplicaSetCounts`), kept up to date on every pod write.
    var counts = ReplicaSetCounts()
    /// The owner's key while the owner is a ReplicaSet that exists (mirrors `ControllerState.replicaSetKeysByUID`).
    var replicaSet: ObjectKey? = nil
}
