/// `status.phase` of a pod.
///
/// An enum rather than the string: the controllers ask whether a pod is terminal on every pod write.
enum PodPhase: String, Sendable, Equatable {
    case pending = "Pending"
    case running = "Running"
    case succeeded = "Succeeded"
    case failed = "Failed"
    case unknown = "Unknown"

    /// Succeeded or Failed: the containers have stopped for good.
    var isTerminal: Bool { self == .succeeded || self == .failed }
}
