/// The identity of a stored object within its resource type: namespace (empty when cluster-scoped) and name.
struct ObjectKey: Hashable, Comparable, Sendable {
    /// The namespace, `""` for cluster-scoped objects.
    var namespace: String
    /// The object name.
    var name: String

    static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        lhs.namespace != rhs.namespace ? lhs.namespace < rhs.namespace : lhs.name < rhs.name
    }
}
