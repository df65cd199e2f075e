import Dispatch

/// Releases large collections of discarded values on a background queue.
///
/// Dropping the compacted part of the change feed frees tens of thousands of superseded object versions; doing that
/// on a utility queue keeps it off the simulation's path. Nothing observable depends on when memory is freed.
enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "k8s-tutor.cluster-model.release", qos: .utility)

    /// The values on their way to the queue: the box is their only owner.
    private final class Box<Value: Sendable>: Sendable {
        let values: Value
        init(_ values: consuming Value) { self.values = values }
    }

    /// Takes over `values` and lets them go on a background queue. The caller must hand over its last reference
    /// (`release(consume values)`): whoever drops the last reference frees the memory, and the box is the only owner
    /// by the time the queue can run, so that is always the queue.
    static func release<Value: Sendable>(_ values: consuming Value) {
        let box = Unmanaged.passRetained(Box(consume values))
        queue.async { box.release() }
    }
}
