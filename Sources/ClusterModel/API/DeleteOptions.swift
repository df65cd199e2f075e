/// Options of a DELETE request (`metav1.DeleteOptions`).
public struct DeleteOptions: Sendable, Equatable {
    /// How dependents of the deleted object are handled.
    public enum Propagation: String, Sendable, Equatable {
        /// The owner disappears at once; the garbage collector deletes dependents shortly after (kubectl default).
        case background = "Background"
        /// Dependents are deleted first; the owner (marked with the `foregroundDeletion` finalizer) goes last.
        case foreground = "Foreground"
        /// Dependents are kept and their ownerReferences to this owner removed.
        case orphan = "Orphan"
    }

    /// The grace period in seconds: nil lets the server decide (the pod's `terminationGracePeriodSeconds`),
    /// 0 deletes immediately (kubectl `--force --grace-period=0`), 1 is kubectl's `--now`.
    public var gracePeriodSeconds: Int?
    /// The propagation policy (`--cascade`).
    public var propagation: Propagation

    /// Creates options; the defaults are kubectl's (server-chosen grace, background cascade).
    public init(gracePeriodSeconds: Int? = nil, propagation: Propagation = .background) {
        self.gracePeriodSeconds = gracePeriodSeconds
        self.propagation = propagation
    }
}
