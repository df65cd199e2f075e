/// The patch formats the API server accepts, by their `Content-Type`.
public enum PatchType: String, Sendable, Equatable, CaseIterable {
    /// `application/strategic-merge-patch+json`: a merge that merges lists by their merge keys (containers by
    /// `name`, ports by `containerPort`) and understands `$patch`, `$retainKeys`, `$setElementOrder` and
    /// `$deleteFromPrimitiveList` directives. Built-in kinds only.
    case strategic
    /// `application/merge-patch+json` (RFC 7386): objects merge, `null` removes, everything else replaces.
    case merge
    /// `application/json-patch+json` (RFC 6902): a list of operations.
    case json

    /// The media type.
    public var contentType: String {
        switch self {
        case .strategic: return "application/strategic-merge-patch+json"
        case .merge: return "application/merge-patch+json"
        case .json: return "application/json-patch+json"
        }
    }
}
