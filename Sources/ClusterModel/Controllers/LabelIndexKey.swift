/// A key of the label indexes: one `key=value` label within a namespace.
///
/// A struct rather than a joined string, so that looking a label up allocates nothing.
struct LabelIndexKey: Hashable, Sendable {
    var namespace: String
    var key: String
    var value: String
}
