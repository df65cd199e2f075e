import ClusterModel
import Kubectl
import Testing

/// `kubectl rollout pause|resume` and what the Deployment controller does with `spec.paused`: no new ReplicaSet for
/// a changed template, scaling as usual, the Progressing condition `DeploymentPaused` and `DeploymentResumed`.
@Suite struct RolloutPauseTests {
    /// A Deployment `web` of two replicas, rolled out.
    func running() -> KubectlSession {
        let session = KubectlSession()
        session.run("create deployment web --image=nginx:1.29 --replicas=2")
        session.run("rollout status deploy/web")
        return session
    }

    func replicaSets(_ session: KubectlSession) -> [String: Int] {
        var sizes: [String: Int] = [:]
        for rs in session.cluster.list(.replicaSets, namespace: "default") {
            sizes[rs["spec"]["template"]["spec"]["containers"][0]["image"].string ?? ""] = rs["spec"]["replicas"].int
        }
        return sizes
    }

    func progressing(_ session: KubectlSession) -> JSONValue? {
        session.cluster.object(.deployments, namespace: "default", name: "web")?["status"]["conditions"].array?.first { $0["type"] == "Progressing" }
    }

    @Test func pauseAndResumePatchSpecPaused() {
        let session = running()
        let pause = session.run("rollout pause deployment/web")
        #expect(pause.stdout == "deployment.apps/web paused\n")
        #expect(pause.exitCode == 0)
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["spec"]["paused"] == true)
        let again = session.run("rollout pause deploy web")
        #expect(again.stderr == "error: deployments.apps \"web\" is already paused\n")
        #expect(again.exitCode == 1)
        #expect(session.run("rollout resume deploy/web -o name").stdout == "deployment.apps/web\n")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["spec"]["paused"] == .null)
        let notPaused = session.run("rollout resume deploy/web")
        #expect(notPaused.stderr == "error: deployments.apps \"web\" is not paused\n")
        #expect(notPaused.exitCode == 1)
        #expect(session.run("rollout pause deploy/nope").stderr == "Error from server (NotFound): deployments.apps \"nope\" not found\n")
        #expect(session.run("rollout pause").stderr == "error: required resource not specified\n")
    }

    @Test func aPausedDeploymentKeepsItsTemplateOutOfTheReplicaSets() {
        let session = running()
        session.run("rollout pause deploy/web")
        let condition = progressing(session)
        #expect(condition?["status"] == "Unknown")
        #expect(condition?["reason"] == "DeploymentPaused")
        #expect(condition?["message"] == "Deployment is paused")
        #expect(condition?["lastTransitionTime"] == .string(session.cluster.now.rfc3339))
        #expect(session.run("set image deploy/web nginx=nginx:1.28").stdout == "deployment.apps/web image updated\n")
        session.cluster.advance(by: 30)
        #expect(replicaSets(session) == ["nginx:1.29": 2])
        let status = session.run("rollout status deploy/web --timeout=10s")
        #expect(status.stdout == "Waiting for deployment \"web\" rollout to finish: 0 out of 2 new replicas have been updated...\n")
        #expect(status.stderr == "error: timed out waiting for the condition\n")
    }

    /// `DeploymentRollbacker` finds the revision first, then refuses a paused Deployment; the restarter refuses it too.
    @Test func undoAndRestartRefuseAPausedDeployment() {
        let session = running()
        session.run("set image deploy/web nginx=nginx:1.28")
        session.run("rollout status deploy/web")
        session.run("rollout pause deploy/web")
        let undo = session.run("rollout undo deploy/web")
        #expect(undo.stderr == "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n")
        #expect(undo.exitCode == 1)
        #expect(session.run("rollout undo deploy/web --dry-run=client").stdout.hasPrefix("deployment.apps/web Pod Template:\n  Labels:\tapp=web\n\tpod-template-hash="))
        #expect(session.run("rollout restart deploy/web").stderr
            == "error: deployments.apps \"web\" can't restart paused deployment (run rollout resume first)\n")
        #expect(replicaSets(session) == ["nginx:1.29": 0, "nginx:1.28": 2])
    }

    @Test func aPausedDeploymentStillScales() {
        let session = running()
        session.run("rollout pause deploy/web")
        session.run("set image deploy/web nginx=nginx:1.28")
        #expect(session.run("scale deploy/web --replicas=4").stdout == "deployment.apps/web scaled\n")
        session.cluster.advance(by: 30)
        #expect(replicaSets(session) == ["nginx:1.29": 4])
        let replicaSet = session.cluster.list(.replicaSets, namespace: "default")[0]
        #expect(replicaSet["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] == "4")
        #expect(replicaSet["metadata"]["annotations"]["deployment.kubernetes.io/max-replicas"] == "5")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["status"]["availableReplicas"] == 4)
        #expect(progressing(session)?["reason"] == "DeploymentPaused")
    }

    @Test func resumingRollsOutTheTemplateChangedWhilePaused() {
        let session = running()
        session.run("rollout pause deploy/web")
        session.run("set image deploy/web nginx=nginx:1.28")
        session.run("set env deploy/web MODE=blue")
        session.cluster.advance(by: 5)
        session.run("rollout resume deploy/web")
        let status = session.run("rollout status deploy/web")
        #expect(status.stdout.hasSuffix("deployment \"web\" successfully rolled out\n"))
        #expect(replicaSets(session) == ["nginx:1.29": 0, "nginx:1.28": 2])
        // One rollout for both changes: revision 2.
        #expect(session.run("rollout history deploy/web").stdout == "deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n")
        #expect(progressing(session)?["reason"] == "NewReplicaSetAvailable")
    }

    /// The resume is its own status update before the rollout's (`checkPausedConditions` writes it at once).
    @Test func resumingReportsDeploymentResumedFirst() {
        let session = running()
        session.run("rollout pause deploy/web")
        let sequence = session.cluster.lastSequence
        session.run("rollout resume deploy/web")
        let reasons = session.cluster.changes(since: sequence).filter { $0.resource == .deployments }
            .compactMap { $0.object["status"]["conditions"].array?.first { $0["type"] == "Progressing" }?["reason"].string }
        #expect(reasons.prefix(3) == ["DeploymentPaused", "DeploymentResumed", "NewReplicaSetAvailable"])
    }
}
