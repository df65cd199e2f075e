/// The uid of an owner (a ReplicaSet) as a dictionary key.
///
/// Every pod write looks up its owner's entry; the key carries its hash, computed once when the pod's metadata is
/// made, so those lookups do not run SipHash over a 36-character uid.
struct OwnerKey: CarriesHash, Sendable {
    let uid: String
    let hashCode: UInt64

    init(_ uid: String) {
        self.uid = uid
        self.hashCode = ObjectKey.fnv1a(uid, 0xcbf2_9ce4_8422_2325)
    }

    static func == (lhs: OwnerKey, rhs: OwnerKey) -> Bool { lhs.hashCode == rhs.hashCode && lhs.uid == rhs.uid }
}
