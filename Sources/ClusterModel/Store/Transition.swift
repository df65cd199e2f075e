/// A scheduled state change of the simulation (scheduler, kubelet, garbage collector).
///
/// Pod transitions carry the pod's uid (a recreated pod with the same name ignores them) and, for
/// termination steps, the termination token (a shortened grace period supersedes older steps).
enum Transition: Sendable {
    /// The scheduler binds the pod to a node.
    case schedule(ObjectKey, uid: String)
    /// The kubelet picks the pod up: sandbox, IP, `ContainerCreating`, `Pulling` event.
    case kubeletStart(ObjectKey, uid: String)
    /// Images pulled, containers created and started.
    case containersStarted(ObjectKey, uid: String)
    /// A readiness probe runs.
    case readinessProbe(ObjectKey, uid: String)
    /// The kubelet begins killing the pod's containers (Killing event, preStop hook).
    case beginTermination(ObjectKey, uid: String, token: Int)
    /// The stop signal is sent (preStop done or grace exhausted).
    case stopSignal(ObjectKey, uid: String, token: Int)
    /// The containers have exited; the pod turns terminal and is removed.
    case containersExited(ObjectKey, uid: String, token: Int, exitCode: Int)
    /// A container's process exits by itself (its command ended, it crashed, it ran out of memory).
    case containerExited(ObjectKey, uid: String, container: Int, restart: Int, exitCode: Int, oomKilled: Bool)
    /// The kubelet syncs a container that is not running: restarts it, or keeps it waiting in back-off; pulls an
    /// image again.
    case containerSync(ObjectKey, uid: String, container: Int, restart: Int)
    /// A container's liveness probe runs.
    case livenessProbe(ObjectKey, uid: String, container: Int, restart: Int)
    /// The Job controller syncs a Job again (its pod-creation back-off is over).
    case jobSync(ObjectKey)
    /// The load generator sends its next request.
    case loadTick(generation: Int)
    /// The StatefulSet controller syncs a StatefulSet again (a pod has been Ready for `minReadySeconds`).
    case statefulSetSync(ObjectKey)
    /// The CronJob controller syncs a CronJob at its next scheduled time.
    case cronJobSync(ObjectKey)
    /// The pod garbage collector's pass (pods bound to removed nodes).
    case podGC
    /// The namespace controller checks a terminating namespace again.
    case namespaceSync(String)
    /// The garbage collector deletes the dependents of a removed owner.
    case collectGarbage(ownerUID: String, namespace: String)
    /// The garbage collector checks whether an owner deleted in the foreground has no dependents left.
    case dependentsGone(ownerUID: String)
}
