import ClusterModel
import Kubectl
import Testing

/// `kubectl rollout` on kind's kube-proxy DaemonSet: the status viewer's waiting lines, the ControllerRevision history,
/// undo by strategic merge patch of a revision's data, restart; and kubectl's texts for kinds without the helpers
/// (all checked against kubectl v1.35.2 run on the same objects).
@Suite struct RolloutDaemonSetTests {
    static let proxy = "ds/kube-proxy -n kube-system"

    /// A session whose kube-proxy DaemonSet rolled out a second image (revision 2).
    func updated() -> KubectlSession {
        let session = KubectlSession()
        session.run("set image \(Self.proxy) kube-proxy=registry.k8s.io/kube-proxy:v1.35.1")
        session.run("rollout status \(Self.proxy)")
        return session
    }

    func image(_ session: KubectlSession) -> JSONValue? {
        session.cluster.object(.daemonSets, namespace: "kube-system", name: "kube-proxy")?["spec"]["template"]["spec"]["containers"][0]["image"]
    }

    @Test func statusWaitsUntilEveryNodeRunsTheNewTemplate() {
        let session = KubectlSession()
        #expect(session.run("set image \(Self.proxy) kube-proxy=registry.k8s.io/kube-proxy:v1.35.1").stdout == "daemonset.apps/kube-proxy image updated\n")
        let status = session.run("rollout status \(Self.proxy)")
        #expect(status.stdout == """
            Waiting for daemon set "kube-proxy" rollout to finish: 0 out of 3 new pods have been updated...
            Waiting for daemon set "kube-proxy" rollout to finish: 1 out of 3 new pods have been updated...
            Waiting for daemon set "kube-proxy" rollout to finish: 1 out of 3 new pods have been updated...
            Waiting for daemon set "kube-proxy" rollout to finish: 2 out of 3 new pods have been updated...
            Waiting for daemon set "kube-proxy" rollout to finish: 2 out of 3 new pods have been updated...
            Waiting for daemon set "kube-proxy" rollout to finish: 2 of 3 updated pods are available...
            daemon set "kube-proxy" successfully rolled out

            """)
        #expect(status.exitCode == 0)
        #expect(session.run("rollout status daemonset kube-proxy -n kube-system --watch=false").stdout == "daemon set \"kube-proxy\" successfully rolled out\n")
    }

    @Test func statusRefusesOnDeleteDaemonSets() throws {
        let session = KubectlSession()
        _ = try session.cluster.patch(
            .daemonSets, namespace: "kube-system", name: "kindnet", patch: ["spec": ["updateStrategy": ["type": "OnDelete", "rollingUpdate": .null]]],
            as: .merge)
        let output = session.run("rollout status ds/kindnet -n kube-system")
        #expect(output.stderr == "error: rollout status is only available for RollingUpdate strategy type\n")
        #expect(output.exitCode == 1)
    }

    @Test func historyListsTheControllerRevisionsAndDescribesOne() {
        let session = updated()
        #expect(session.run("rollout history \(Self.proxy)").stdout == "daemonset.apps/kube-proxy \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n")
        let revision = session.run("rollout history \(Self.proxy) --revision=1")
        #expect(revision.stdout == """
            daemonset.apps/kube-proxy with revision #1
            Pod Template:
              Labels:\tk8s-app=kube-proxy
              Service Account:\tkube-proxy
              Containers:
               kube-proxy:
                Image:\tregistry.k8s.io/kube-proxy:v1.35.2
                Port:\t<none>
                Host Port:\t<none>
                Command:
                  /usr/local/bin/kube-proxy
                  --config=/var/lib/kube-proxy/config.conf
                  --hostname-override=$(NODE_NAME)
                Environment:
                  NODE_NAME:\t (v1:spec.nodeName)
                Mounts:
                  /lib/modules from lib-modules (ro)
                  /run/xtables.lock from xtables-lock (rw)
                  /var/lib/kube-proxy from kube-proxy (rw)
              Volumes:
               kube-proxy:
                Type:\tConfigMap (a volume populated by a ConfigMap)
                Name:\tkube-proxy
                Optional:\tfalse
               xtables-lock:
                Type:\tHostPath (bare host directory volume)
                Path:\t/run/xtables.lock
                HostPathType:\tFileOrCreate
               lib-modules:
                Type:\tHostPath (bare host directory volume)
                Path:\t/lib/modules
                HostPathType:\t
              Priority Class Name:\tsystem-node-critical
              Node-Selectors:\tkubernetes.io/os=linux
              Tolerations:\top=Exists
            \tCriticalAddonsOnly op=Exists


            """)
        let missing = session.run("rollout history \(Self.proxy) --revision=7")
        #expect(missing.stderr == "error: unable to find the specified revision\n")
        #expect(missing.exitCode == 1)
        #expect(session.run("rollout history \(Self.proxy) --revision=-1").stderr == "error: revision must be a positive integer: -1\n")
        let names = session.run("rollout history \(Self.proxy) -o jsonpath={.spec.template.spec.containers[0].image}")
        #expect(names.stdout == "registry.k8s.io/kube-proxy:v1.35.2registry.k8s.io/kube-proxy:v1.35.1")
    }

    @Test func undoRestoresTheRevisionAndMakesItTheNewest() {
        let session = updated()
        #expect(session.run("rollout undo \(Self.proxy) --to-revision=2").stdout
            == "daemonset.apps/kube-proxy skipped rollback (current template already matches revision 2)\n")
        let before = session.cluster.lastSequence
        let dryRun = session.run("rollout undo \(Self.proxy) --dry-run=client")
        #expect(dryRun.stdout.hasPrefix("daemonset.apps/kube-proxy will roll back to Pod Template:\n  Labels:\tk8s-app=kube-proxy\n"))
        #expect(dryRun.stdout.contains("    Image:\tregistry.k8s.io/kube-proxy:v1.35.2\n"))
        #expect(dryRun.stdout.hasSuffix("  Tolerations:\top=Exists\n\tCriticalAddonsOnly op=Exists\n (dry run)\n"))
        #expect(session.run("rollout undo \(Self.proxy) --dry-run=server").stdout == "daemonset.apps/kube-proxy rolled back (server dry run)\n")
        #expect(session.cluster.lastSequence == before)
        #expect(session.run("rollout undo \(Self.proxy)").stdout == "daemonset.apps/kube-proxy rolled back\n")
        #expect(image(session) == "registry.k8s.io/kube-proxy:v1.35.2")
        session.run("rollout status \(Self.proxy)")
        #expect(session.run("rollout history \(Self.proxy)").stdout == "daemonset.apps/kube-proxy \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n")
        #expect(session.run("get controllerrevisions -n kube-system -l k8s-app=kube-proxy").stdout == """
            NAME                    CONTROLLER                  REVISION   AGE
            kube-proxy-5bc478674f   daemonset.apps/kube-proxy   2          12s
            kube-proxy-8455bffd78   daemonset.apps/kube-proxy   3          79s

            """)
    }

    @Test func undoErrors() {
        let session = updated()
        #expect(session.run("rollout undo ds/kindnet -n kube-system").stderr == "error: no last revision to roll back to\n")
        #expect(session.run("rollout undo \(Self.proxy) --to-revision=9").stderr == "error: unable to find specified revision 9 in history\n")
        #expect(session.run("rollout undo \(Self.proxy) --to-revision=-2").stderr == "error: unable to find specified revision -2 in history\n")
        #expect(image(session) == "registry.k8s.io/kube-proxy:v1.35.1")
    }

    @Test func restartStampsThePodTemplate() {
        let session = updated()
        #expect(session.run("rollout restart \(Self.proxy)").stdout == "daemonset.apps/kube-proxy restarted\n")
        let stamp = session.cluster.object(.daemonSets, namespace: "kube-system", name: "kube-proxy")?["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"]
        #expect(stamp == .string(session.cluster.now.rfc3339))
        #expect(session.run("rollout history \(Self.proxy)").stdout.hasSuffix("2         <none>\n3         <none>\n\n"))
    }

    /// kubectl's helpers are per kind: a kind outside its visitor, one inside without the helper, and the pauser's
    /// Deployments-only rule; errors of several objects are listed without the `error: ` prefix.
    @Test func kindsWithoutHelpersGetKubectlsErrors() {
        let session = KubectlSession()
        let replicaSet = session.run("rollout status rs -n kube-system")
        #expect(replicaSet.stderr == "error: no status viewer has been implemented for ReplicaSet.apps\n")
        #expect(replicaSet.exitCode == 1)
        #expect(session.run("rollout history rs -n kube-system").stderr == "error: no history viewer has been implemented for \"ReplicaSet.apps\"\n")
        #expect(session.run("rollout undo rs -n kube-system").stderr == "error: no rollbacker has been implemented for \"ReplicaSet.apps\"\n")
        #expect(session.run("rollout undo svc/kubernetes").stderr == "error: error retrieving rollbacker for \"Service\", no visitor method exists for { Service}\n")
        #expect(session.run("rollout history svc/kubernetes").stderr == "error: error retrieving history for \"Service\", no visitor method exists for { Service}\n")
        #expect(session.run("rollout status svc/kubernetes").stderr == "error: no status viewer has been implemented for Service\n")
        #expect(session.run("rollout restart svc/kubernetes").stderr == "error: services \"kubernetes\" restarting is not supported\n")
        #expect(session.run("rollout pause \(Self.proxy)").stderr == "error: daemonsets.apps \"kube-proxy\" pausing is not supported\n")
        #expect(session.run("rollout resume \(Self.proxy)").stderr == "error: daemonsets.apps \"kube-proxy\" resuming is not supported\n")
        #expect(session.run("rollout undo ds/kindnet ds/kube-proxy -n kube-system").stderr == "no last revision to roll back to\nno last revision to roll back to\n")
        #expect(session.run("rollout status ds/nope ds/kindnet -n kube-system").combined
            == "daemon set \"kindnet\" successfully rolled out\nError from server (NotFound): daemonsets.apps \"nope\" not found\n")
        #expect(session.run("rollout history").stderr == "error: required resource not specified\n")
        #expect(session.run("rollout restart ds -l nothing=here").stderr == "No resources found in default namespace.\n")
    }
}
