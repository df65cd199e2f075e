import ClusterModel
import Foundation
import Kubectl
import Testing

/// `kubectl get --subresource status|scale`: what the sub-resource paths answer, and the builder's and the
/// server's refusals.
@Suite struct GetSubresourceTests {
    func rolledOut() -> KubectlSession {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("rollout status deployment/nginx-deployment")
        return session
    }

    @Test func statusPrintsTheObjectsOwnTable() {
        let session = rolledOut()
        #expect(session.run("get deploy nginx-deployment --subresource status").stdout == session.run("get deploy nginx-deployment").stdout)
        #expect(session.run("get deploy nginx-deployment --subresource=status -o json").stdout == session.run("get deploy nginx-deployment -o json").stdout)
    }

    @Test func scaleIsAnAutoscalingScale() throws {
        let session = rolledOut()
        let scale = session.run("get deploy nginx-deployment --subresource scale -o jsonpath={.kind}/{.spec.replicas}/{.status.replicas}/{.status.selector}")
        #expect(scale.stdout == "Scale/1/1/app=nginx")
        let table = session.run("get deploy nginx-deployment --subresource scale")
        #expect(table.exitCode == 1)
        #expect(table.stderr == "error: k8s-tutor cannot print the scale subresource as a table yet; add -o yaml or -o json\n")
    }

    @Test func refusals() {
        let session = rolledOut()
        #expect(session.run("get deploy --subresource status").stderr == "error: subresource cannot be used when bulk resources are specified\n")
        let unserved = "Error from server (NotFound): the server could not find the requested resource\n"
        #expect(session.run("get svc kubernetes --subresource scale -o yaml").stderr == unserved)
        #expect(session.run("get deploy nginx-deployment --subresource bogus").stderr == unserved)
        #expect(session.run("get deploy nope --subresource status").stderr == "Error from server (NotFound): deployments.apps \"nope\" not found\n")
    }
}
