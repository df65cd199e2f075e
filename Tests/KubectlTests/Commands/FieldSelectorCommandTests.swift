import ClusterModel
import Kubectl
import Testing

/// `--field-selector` reaches the API server: `get` and `delete` act only on what it selects, and an unsupported
/// field is the server's BadRequest as kubectl's resource builder words it.
@Suite struct FieldSelectorCommandTests {
    func scaledOut() -> KubectlSession {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        session.run("scale deployment/nginx-deployment --replicas=3")
        session.run("rollout status deployment/nginx-deployment")
        return session
    }

    @Test func getListsOnlyTheSelectedPod() {
        let session = scaledOut()
        let pod = session.names(.pods)[1]
        #expect(session.run("get pods --field-selector metadata.name=\(pod) -o name").stdout == "pod/\(pod)\n")
        #expect(session.run("get pods --field-selector status.phase!=Running").stderr == "No resources found in default namespace.\n")
    }

    @Test func deleteDeletesOnlyTheSelectedPod() {
        let session = scaledOut()
        let pods = session.names(.pods)
        let output = session.run("delete pods --field-selector metadata.name=\(pods[0]) --wait=false")
        #expect(output.stdout == "pod \"\(pods[0])\" deleted from default namespace\n")
        let terminating = session.cluster.list(.pods, namespace: "default").filter { !$0["metadata"]["deletionTimestamp"].isNull }
        #expect(terminating.compactMap { $0["metadata"]["name"].string } == [pods[0]])
        #expect(session.run("delete pods --all --field-selector metadata.name=x").stderr == "error: cannot set --all and --field-selector at the same time\n")
    }

    @Test func unsupportedFieldsAreTheServersBadRequest() {
        let session = scaledOut()
        let before = session.cluster.lastSequence
        let get = session.run("get pods --field-selector spec.replicas=3")
        #expect(get.stderr == "Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" that match label selector \"\", field selector \"spec.replicas=3\": field label not supported: spec.replicas\n")
        #expect(get.exitCode == 1)
        let delete = session.run("delete deployments --field-selector status.replicas=3")
        #expect(delete.stderr == "Error from server (BadRequest): Unable to find \"apps/v1, Resource=deployments\" that match label selector \"\", field selector \"status.replicas=3\": \"status.replicas\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"\n")
        #expect(delete.exitCode == 1)
        #expect(session.cluster.lastSequence == before)
    }
}
