/// The form in which a command displayed an object.
public enum ObservationFormat: String, Hashable, Sendable {
    /// A row of a default table.
    case table
    /// A row of an `-o wide` table.
    case wide
    /// `-o json`.
    case json
    /// `-o yaml`.
    case yaml
    /// `-o name`.
    case name
    /// `-o jsonpath=…` (and custom columns).
    case jsonpath
    /// `kubectl describe`.
    case describe
    /// A row printed by `get -w` after the initial list.
    case watch
}
