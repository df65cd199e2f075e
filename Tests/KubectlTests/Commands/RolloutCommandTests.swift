import ClusterModel
import Kubectl
import Testing

/// `rollout restart` and `rollout undo` of Deployments as kubectl sends them (a strategic merge patch, a JSON patch), and
/// `--dry-run` for them and for `scale`: a dry run never changes the cluster.
@Suite struct RolloutCommandTests {
    func rolledOut() -> KubectlSession {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("rollout status deployment/nginx-deployment")
        return session
    }

    var deploymentName: String { "deployment/nginx-deployment" }

    @Test func restartStampsTheTemplateOncePerSecond() {
        let session = rolledOut()
        #expect(session.run("rollout restart \(deploymentName)").stdout == "deployment.apps/nginx-deployment restarted\n")
        let stamp = session.cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"]
        #expect(stamp == .string(session.cluster.now.rfc3339))
        let before = session.cluster.lastSequence
        let again = session.run("rollout restart \(deploymentName)")
        #expect(again.stderr == "error: failed to create patch for nginx-deployment: if restart has already been triggered within the past second, please wait before attempting to trigger another\n")
        #expect(again.exitCode == 1)
        #expect(session.cluster.lastSequence == before)
    }

    /// kubectl v1.35's `rollout restart` has no `--dry-run` (v1.36 added it); a bad `-o` changes nothing either.
    @Test func restartHasNoDryRunAndBadOutputChangesNothing() {
        let session = rolledOut()
        let before = session.cluster.lastSequence
        let dryRun = session.run("rollout restart \(deploymentName) --dry-run=server")
        #expect(dryRun.stderr == "error: unknown flag: --dry-run\nSee 'kubectl rollout restart --help' for usage.\n")
        #expect(dryRun.exitCode == 1)
        let bogus = session.run("rollout restart \(deploymentName) -o bogus")
        #expect(bogus.exitCode == 1)
        #expect(bogus.stderr.hasPrefix("error: unable to match a printer suitable for the output format \"bogus\""))
        #expect(session.cluster.lastSequence == before)
        #expect(session.cluster.list(.replicaSets, namespace: "default").count == 1)
    }

    @Test func restartRefusesAPausedDeployment() throws {
        let session = rolledOut()
        _ = try session.cluster.patch(.deployments, namespace: "default", name: "nginx-deployment", patch: ["spec": ["paused": true]], as: .merge)
        let output = session.run("rollout restart \(deploymentName)")
        #expect(output.stderr == "error: deployments.apps \"nginx-deployment\" can't restart paused deployment (run rollout resume first)\n")
        #expect(output.exitCode == 1)
    }

    /// kubectl v1.35 rolls an applied Deployment back without a word about its last-applied configuration (the
    /// warning came with v1.36).
    @Test func undoRestoresThePreviousTemplateOfAnAppliedDeployment() {
        let session = rolledOut()
        session.run("rollout restart \(deploymentName)")
        session.run("rollout status \(deploymentName)")
        let undo = session.run("rollout undo \(deploymentName)")
        #expect(undo.stdout == "deployment.apps/nginx-deployment rolled back\n")
        #expect(undo.stderr == "")
        let template = session.cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["spec"]["template"]
        #expect(template?["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"] == .null)
        #expect(template?["metadata"]["labels"]["pod-template-hash"] == .null)
        session.run("rollout status \(deploymentName)")
        // Revision 1 came back as revision 3, so the template already matches it.
        #expect(session.run("rollout undo \(deploymentName) --to-revision=3").stdout == "deployment.apps/nginx-deployment skipped rollback (current template already matches revision 3)\n")
    }

    @Test func undoErrorsAreKubectls() {
        let session = rolledOut()
        let none = session.run("rollout undo \(deploymentName)")
        #expect(none.stderr.hasSuffix("error: no rollout history found for deployment \"nginx-deployment\"\n"))
        #expect(none.exitCode == 1)
        #expect(session.run("rollout undo \(deploymentName) --to-revision=9").stderr.hasSuffix("error: unable to find specified revision 9 in history\n"))
    }

    @Test func undoServerDryRunChangesNothing() {
        let session = rolledOut()
        session.run("rollout restart \(deploymentName)")
        session.run("rollout status \(deploymentName)")
        let before = session.cluster.lastSequence
        #expect(session.run("rollout undo \(deploymentName) --dry-run=server").stdout == "deployment.apps/nginx-deployment rolled back (server dry run)\n")
        #expect(session.cluster.lastSequence == before)
    }

    @Test func scaleDryRunsChangeNothing() {
        let session = rolledOut()
        let before = session.cluster.lastSequence
        #expect(session.run("scale --replicas=3 \(deploymentName) --dry-run=server").stdout == "deployment.apps/nginx-deployment scaled (server dry run)\n")
        #expect(session.run("scale --replicas=3 \(deploymentName) --dry-run=client").stdout == "deployment.apps/nginx-deployment scaled (dry run)\n")
        #expect(session.cluster.lastSequence == before)
        #expect(session.cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["spec"]["replicas"] == 1)
    }

    /// `--revision` pins `rollout status` to a Deployment revision and picks one ReplicaSet's template for `history`.
    @Test func revisionsOfADeployment() {
        let session = rolledOut()
        session.run("rollout restart \(deploymentName)")
        session.run("rollout status \(deploymentName)")
        let pinned = session.run("rollout status \(deploymentName) --revision=1")
        #expect(pinned.stderr == "error: desired revision (1) is different from the running revision (2)\n")
        #expect(pinned.exitCode == 1)
        #expect(session.run("rollout status \(deploymentName) --revision=2").stdout == "deployment \"nginx-deployment\" successfully rolled out\n")
        let history = session.run("rollout history \(deploymentName) --revision=2").stdout
        #expect(history.hasPrefix("deployment.apps/nginx-deployment with revision #2\nPod Template:\n  Labels:\tapp=nginx\n\tpod-template-hash="))
        #expect(history.contains("\n  Annotations:\tkubectl.kubernetes.io/restartedAt: "))
        #expect(history.hasSuffix("\n\n"))
        #expect(session.run("rollout history \(deploymentName) -o name").stdout.split(separator: "\n").count == 2)
    }
}
