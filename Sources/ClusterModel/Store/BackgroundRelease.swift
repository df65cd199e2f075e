import Dispatch

/// Releases large collections of discarded values on a background queue.
///
/// Dropping the compacted part of the change feed frees tens of thousands of superseded object versions; doing that
/// on a utility queue keeps it off the simulation's path. Nothing observable depends on when memory is freed.
enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "k8s-tutor.cluster-model.release", qos: .utility)

    /// Keeps `values` alive until a background queue gets to them, then lets them go.
    static func release<Value: Sendable>(_ values: consuming Value) {
        let values = values
        queue.async { withExtendedLifetime(values) {} }
    }
}
