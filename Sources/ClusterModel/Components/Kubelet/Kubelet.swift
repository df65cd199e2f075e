/// The kubelets' state (one per node, kept together): pod IP allocation, the container runtime's image store, image
/// pulls in progress, termination bookkeeping and probe results.
///
/// Its logic is in `Cluster+Kubelet.swift`.
struct Kubelet: Sendable {
    /// Next host number per node for pod IPs (host-local IPAM hands them out in order), by node position.
    var nextPodHost: [Int] = []
    /// Images already pulled, per node.
    var pulledImages: Set<NodeImage> = []
    /// Pull duration of pods whose images are being pulled.
    var pullSeconds: [ObjectKey: Double] = [:]
    /// Termination bookkeeping of the pods being deleted.
    var podTermination: [ObjectKey: PodTermination] = [:]
    /// Readiness outcomes a lesson forces on a pod's app (the simulated process's behaviour, not an API field).
    var readinessOverrides: [ObjectKey: Bool] = [:]
    /// Consecutive readiness-probe failures per pod.
    var probeFailures: [ObjectKey: Int] = [:]
    /// Consecutive liveness-probe failures per container (`<namespace>/<pod>/<container>`).
    var livenessFailures: [String: Int] = [:]
    /// Failed attempts to mount a pod's volumes (the volume manager retries 0.5 s doubling to 2m2s).
    var mountAttempts: [ObjectKey: Int] = [:]
    /// Crash-loop back-off per container (`<namespace>/<pod>/<container>`).
    var crashBackOff = BackOff()
    /// Image-pull back-off per pod and image (`<namespace>/<pod>/<image>`).
    var imageBackOff = BackOff()

    /// The kubelets of `nodes`, with nothing pulled or running yet.
    init(nodes: [ClusterConfiguration.NodeSpec]) {
        nextPodHost = Array(repeating: 0, count: nodes.count)
    }
}
