/// The namespace controller's state: the terminating namespaces to sync.
///
/// Its logic is in `Cluster+NamespaceController.swift`.
struct NamespaceController: Sendable {
    /// Namespaces to sync.
    var queue: Set<String> = []
}
