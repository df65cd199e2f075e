/// What a step asks of the learner.
public enum StepKind: String, Codable, Hashable, Sendable {
    /// Prose only; the learner moves on with `next`.
    case read
    /// Change the cluster; passes when its checks pass.
    case task
    /// Look at something at the right moment; passes when its (observation) checks pass.
    case observe
}
