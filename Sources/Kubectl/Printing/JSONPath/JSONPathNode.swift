/// A node of a parsed kubectl JSONPath template (client-go `util/jsonpath` node types).
indirect enum JSONPathNode: Hashable, Sendable {
    /// One `{…}` action: its nodes are applied in sequence.
    case list([JSONPathNode])
    /// Literal text, outside braces or a quoted string inside them.
    case text(String)
    /// `.name`.
    case field(String)
    /// `[i]`, `[a:b]`, `[a:b:s]`, `[*]`.
    case array([JSONPathSliceParameter])
    /// `[?(left op right)]` or `[?(left)]` (operator `exists`).
    case filter(left: [JSONPathNode], right: [JSONPathNode], op: String)
    /// An integer literal.
    case int(Int)
    /// A float literal.
    case float(Double)
    /// `true` / `false`.
    case bool(Bool)
    /// `.*`.
    case wildcard
    /// `..`.
    case recursive
    /// `[a,b]`: each branch is a list of nodes.
    case union([[JSONPathNode]])
    /// `range`, `end` (anything else is an error when evaluated).
    case identifier(String)
}

/// One parameter of an array slice (`ParamsEntry`).
struct JSONPathSliceParameter: Hashable, Sendable {
    var value: Int
    var known: Bool
    var derived: Bool
}
