/// The simulated cluster's own limits, beyond the API server's (which the layers above report by name).
public enum SimulationLimits {
    /// The most replicas one Deployment or ReplicaSet may ask for: enough for 100,000 Pods, well inside int32.
    public static let maximumReplicas = 100_000
}
