/// Which object a binding takes when its query matches several.
public enum BindingPick: String, Codable, Hashable, Sendable {
    /// Exactly one object must match; otherwise the binding stays unresolved.
    case only
    /// The object with the earliest `metadata.creationTimestamp` (then name).
    case oldest
    /// The object with the latest `metadata.creationTimestamp` (then name).
    case newest
}
