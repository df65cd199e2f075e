import ClusterModel

/// A shell kubectl left attached to a container (`kubectl exec -i POD -- sh`, `kubectl run NAME -it --rm -- sh`):
/// the lines the user types next go to it, each run by the container's shell, until `exit`.
public struct ContainerAttachment: Sendable, Equatable {
    public var namespace: String
    public var pod: String
    public var container: String
    /// The shell the session runs (`sh`, `/bin/bash`).
    public var shell: String
    /// Whether kubectl allocated a TTY (the shell then prints its prompt).
    public var terminal: Bool
    /// `kubectl run --rm`: the pod is deleted when the session ends.
    public var removePodOnExit = false

    public init(namespace: String, pod: String, container: String, shell: String, terminal: Bool, removePodOnExit: Bool = false) {
        self.namespace = namespace
        self.pod = pod
        self.container = container
        self.shell = shell
        self.terminal = terminal
        self.removePodOnExit = removePodOnExit
    }
}
