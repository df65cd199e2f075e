/// The outcome of one kubectl command line.
public struct KubectlResult: Sendable {
    /// The process exit status kubectl would return (0 success, 1 error).
    public var exitCode: Int32
    /// Every object the command displayed, in display order.
    public var observations: [Observation]
    /// The parsed command, nil when the line did not parse.
    public var command: KubectlCommand?
    /// The container shell the command left attached (`exec -i … -- sh`), which takes the next lines.
    public var attachment: ContainerAttachment? = nil

    /// Creates a result.
    public init(exitCode: Int32, observations: [Observation] = [], command: KubectlCommand? = nil) {
        self.exitCode = exitCode
        self.observations = observations
        self.command = command
    }
}
