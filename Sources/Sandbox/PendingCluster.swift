import ClusterModel
import Dispatch

/// A fresh cluster being built on another thread.
///
/// Booting the simulated kind cluster (its system pods, add-ons and a minute of history) takes a few milliseconds;
/// a sandbox starts it at once and waits for it only when the cluster is first used, so the shell's prompt appears
/// while the cluster is still being built. The result is the same value `Cluster(seed:)` returns.
final class PendingCluster: @unchecked Sendable {
    /// The virtual time at which the cluster will start (its `now` when it is ready).
    let startTime: Timestamp
    private let group = DispatchGroup()
    /// Written once by the worker before it leaves the group; read only after waiting on the group.
    private var result: Cluster?

    /// Starts building the cluster of `seed`.
    init(seed: UInt64) {
        startTime = ClusterConfiguration().startTime
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Cluster(seed: seed)
            group.leave()
        }
    }

    /// The cluster, once it is built.
    var value: Cluster {
        group.wait()
        return result!
    }
}
