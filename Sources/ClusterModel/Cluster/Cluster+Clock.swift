/// The virtual clock: scheduled transitions applied in time order.
extension Cluster {
    /// The time of the next scheduled transition, or nil when nothing is scheduled.
    public var nextEventTime: Timestamp? { queue.nextTime }

    /// Moves virtual time forward by `seconds`, applying every transition due up to the new time, in time order.
    public mutating func advance(by seconds: Double) {
        let target = now.adding(seconds: max(0, seconds))
        run(until: target)
        now = target
    }

    /// Moves virtual time forward transition by transition until `predicate` holds (checked before starting and
    /// after each instant's transitions), nothing more is scheduled, or `limit` seconds have passed. Returns
    /// whether the predicate holds. When the limit is reached, `now` is the limit; when nothing more is
    /// scheduled, `now` stays at the last transition's time.
    @discardableResult
    public mutating func advance(until predicate: (Cluster) -> Bool, limit: Double) -> Bool {
        if predicate(self) { return true }
        let deadline = now.adding(seconds: max(0, limit))
        while let next = queue.nextTime {
            if next > deadline {
                now = deadline
                return false
            }
            runInstant(next)
            if predicate(self) { return true }
        }
        return false
    }

    /// Applies every transition due at or before `target`.
    mutating func run(until target: Timestamp) {
        while let next = queue.nextTime, next <= target {
            runInstant(next)
        }
    }

    /// Applies all transitions scheduled at `time` (including ones they schedule for the same time), then lets the
    /// controllers react once.
    mutating func runInstant(_ time: Timestamp) {
        if time > now { now = time }
        while let next = queue.nextTime, next <= now {
            guard let item = queue.popFirst() else { break }
            apply(item.transition)
            if queue.nextTime.map({ $0 > now }) ?? true { reconcile() }
        }
    }

    /// Dispatches one transition.
    mutating func apply(_ transition: Transition) {
        switch transition {
        case .schedule(let key, let uid): schedulePod(key, uid: uid)
        case .kubeletStart(let key, let uid): kubeletStart(key, uid: uid)
        case .containersStarted(let key, let uid): containersStarted(key, uid: uid)
        case .readinessProbe(let key, let uid): readinessProbe(key, uid: uid)
        case .beginTermination(let key, let uid, let token): beginTermination(key, uid: uid, token: token)
        case .stopSignal(let key, let uid, let token): stopSignal(key, uid: uid, token: token)
        case .containersExited(let key, let uid, let token, let exitCode): containersExited(key, uid: uid, token: token, exitCode: exitCode)
        case .containerExited(let key, let uid, let container, let restart, let exitCode, let oomKilled):
            containerExited(key, uid: uid, container: container, restart: restart, exitCode: exitCode, oomKilled: oomKilled)
        case .containerSync(let key, let uid, let container, let restart): containerSync(key, uid: uid, container: container, restart: restart)
        case .livenessProbe(let key, let uid, let container, let restart): livenessProbe(key, uid: uid, container: container, restart: restart)
        case .collectGarbage(let owner, let namespace): collectGarbage(ownerUID: owner, namespace: namespace)
        case .dependentsGone(let owner): dependentsMayBeGone(ownerUID: owner)
        case .namespaceSync(let name): syncTerminatingNamespace(name)
        case .podGC: collectOrphanedPods()
        case .jobSync(let key): syncJob(key)
        case .statefulSetSync(let key): statefulSetController.resync(key)
        case .loadTick(let generation): loadTick(generation: generation)
        case .cronJobSync(let key): syncCronJob(key)
        }
    }

    /// Runs the controllers until nothing is left to do: Deployments, then ReplicaSets, then EndpointSlices (each
    /// Service's slices followed by its Endpoints), then the rest of the Endpoints controller's work.
    mutating func reconcile() {
        var rounds = 0
        while rounds < 50 {
            rounds += 1
            if let work = deploymentController.takeWork() {
                for key in work { syncDeployment(key) }
                continue
            }
            if let work = replicaSetController.takeWork() {
                for key in work { syncReplicaSet(key) }
                continue
            }
            if let work = daemonSetController.takeWork() {
                for key in work { syncDaemonSet(key) }
                continue
            }
            if runStatefulSetController() || runCronJobController() || runJobController() || runDisruptionController() { continue }
            if let work = endpointSliceController.takeWork() {
                for (key, podsChanged) in work {
                    syncService(key, changed: podsChanged)
                    // The Endpoints controller follows the Service's slices at once (both watch the same changes).
                    runEndpointsController()
                }
                continue
            }
            if endpointsController.hasWork {
                runEndpointsController()
                continue
            }
            if runServiceAccountController() || runRootCACertPublisher() || runNamespaceController() { continue }
            break
        }
    }
}
