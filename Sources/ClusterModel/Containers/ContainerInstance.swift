/// What the container runtime recorded about one run of a container: when its process started, when the stop
/// signal reached it, and when it exited.
///
/// Not stored as such, so that the 10,000 running pods of a large cluster carry nothing extra: the start and the exit
/// are the container's status (`ContainerRecord.state`), the sent stop signal is the kubelet's termination
/// bookkeeping (`PodTermination`). `Cluster.podLog` assembles the instance when a log is read, and the container's
/// `ContainerProgram` turns it into lines.
struct ContainerInstance: Sendable, Equatable {
    /// When the runtime started the container's process.
    var startedAt: Timestamp
    /// When the runtime sent the stop signal (the image's STOPSIGNAL), if it has.
    var stopSignalAt: Timestamp? = nil
    /// When the process exited, if it has.
    var exitedAt: Timestamp? = nil
}
