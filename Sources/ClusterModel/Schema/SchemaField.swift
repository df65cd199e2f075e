/// One field of an object definition: its JSON name, type, whether it is required, and how strategic merge
/// patches merge it.
public struct SchemaField: Sendable, Equatable {
    /// The JSON name, e.g. `containerPort`.
    public let name: String
    /// The type.
    public let type: SchemaType
    /// Whether the OpenAPI marks the field required.
    public let required: Bool
    /// `x-kubernetes-patch-merge-key`: the key that identifies list elements in a strategic merge patch
    /// (`name` for containers, `containerPort` for ports).
    public let mergeKey: String?
    /// `x-kubernetes-patch-strategy`: `merge`, `retainKeys` or `merge,retainKeys`.
    public let patchStrategy: String?

    /// Parses a field token of the generated definitions: `name:type[!][^mergeKey][~strategy]`.
    init?(token: Substring) {
        guard let colon = token.firstIndex(of: ":") else { return nil }
        name = String(token[..<colon])
        var rest = token[token.index(after: colon)...]
        var strategy: String? = nil
        if let tilde = rest.firstIndex(of: "~") {
            strategy = String(rest[rest.index(after: tilde)...])
            rest = rest[..<tilde]
        }
        var key: String? = nil
        if let caret = rest.firstIndex(of: "^") {
            key = String(rest[rest.index(after: caret)...])
            rest = rest[..<caret]
        }
        required = rest.hasSuffix("!")
        if required { rest = rest.dropLast() }
        guard let type = SchemaType(token: rest) else { return nil }
        self.type = type
        mergeKey = key
        patchStrategy = strategy
    }

    /// Whether a strategic merge patch merges this list by `mergeKey` instead of replacing it.
    public var mergesByKey: Bool { mergeKey != nil && (patchStrategy?.split(separator: ",").contains("merge") ?? false) }
}
