import ClusterModel
import Kubectl
import Testing

/// `kubectl apply` on objects that exist: the three-way merge, seen through the command and the stored object.
@Suite struct ClientSideApplyTests {
    private static let manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
            tier: front
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: nginx
                image: nginx:1.27
                ports:
                - containerPort: 80
        """

    private func deployment(_ session: KubectlSession) -> JSONValue {
        session.cluster.object(.deployments, namespace: "default", name: "web") ?? .null
    }

    @Test func aLabelRemovedFromTheManifestIsRemovedLive() {
        let session = KubectlSession(files: ["web.yaml": Self.manifest])
        #expect(session.run("kubectl apply -f web.yaml").stdout == "deployment.apps/web created\n")
        session.host.files["web.yaml"] = Self.manifest.replacingOccurrences(of: "    tier: front\n", with: "")
        #expect(session.run("kubectl apply -f web.yaml").stdout == "deployment.apps/web configured\n")
        #expect(deployment(session)["metadata"]["labels"] == ["app": "web"])
        #expect(session.run("kubectl apply -f web.yaml").stdout == "deployment.apps/web unchanged\n")
    }

    @Test func fieldsTheManifestLeavesOutKeepWhatOthersSet() {
        let session = KubectlSession(files: ["web.yaml": Self.manifest])
        session.run("kubectl apply -f web.yaml")
        #expect(session.run("kubectl scale deployment web --replicas=3").exitCode == 0)
        #expect(session.run("kubectl apply -f web.yaml").stdout == "deployment.apps/web unchanged\n")
        #expect(deployment(session)["spec"]["replicas"] == 3)
        // The controller's revision annotation stays too.
        #expect(deployment(session)["metadata"]["annotations"]["deployment.kubernetes.io/revision"] == "1")
    }

    @Test func aFieldTheManifestSetsIsRestoredAfterAnotherChange() {
        let text = Self.manifest.replacingOccurrences(of: "spec:\n  selector:", with: "spec:\n  replicas: 1\n  selector:")
        let session = KubectlSession(files: ["web.yaml": text])
        session.run("kubectl apply -f web.yaml")
        session.run("kubectl scale deployment web --replicas=3")
        #expect(session.run("kubectl apply -f web.yaml").stdout == "deployment.apps/web configured\n")
        #expect(deployment(session)["spec"]["replicas"] == 1)
    }

    @Test func aNewContainerImageIsMergedIntoTheContainerByName() {
        let session = KubectlSession(files: ["web.yaml": Self.manifest])
        session.run("kubectl apply -f web.yaml")
        session.host.files["web.yaml"] = Self.manifest.replacingOccurrences(of: "nginx:1.27", with: "nginx:1.28")
        #expect(session.run("kubectl apply -f web.yaml").stdout == "deployment.apps/web configured\n")
        let container = deployment(session)["spec"]["template"]["spec"]["containers"][0]
        #expect(container["image"] == "nginx:1.28")
        // Server defaults on the container survive the patch.
        #expect(container["imagePullPolicy"] == "IfNotPresent")
        #expect(container["ports"] == [["containerPort": 80, "protocol": "TCP"]])
    }

    @Test func serverDryRunChangesNothing() {
        let session = KubectlSession(files: ["web.yaml": Self.manifest])
        let before = session.cluster.lastSequence
        #expect(session.run("kubectl apply -f web.yaml --dry-run=server").stdout == "deployment.apps/web created (server dry run)\n")
        #expect(session.cluster.lastSequence == before)
        session.run("kubectl apply -f web.yaml")
        let stored = deployment(session)
        session.host.files["web.yaml"] = Self.manifest.replacingOccurrences(of: "nginx:1.27", with: "nginx:1.28")
        #expect(session.run("kubectl apply -f web.yaml --dry-run=server").stdout == "deployment.apps/web configured (server dry run)\n")
        #expect(deployment(session) == stored)
    }

    @Test func validationModesOnApply() {
        let typo = Self.manifest.replacingOccurrences(of: "spec:\n  selector:", with: "spec:\n  replicass: 2\n  selector:")
        let session = KubectlSession(files: ["web.yaml": typo])
        let strict = session.run("kubectl apply -f web.yaml")
        #expect(strict.exitCode == 1)
        #expect(
            strict.stderr
                == "Error from server (BadRequest): error when creating \"web.yaml\": Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: unknown field \"spec.replicass\"\n"
        )
        #expect(session.names(.deployments).isEmpty)
        let warn = session.run("kubectl apply -f web.yaml --validate=warn")
        #expect(warn.stderr == "Warning: unknown field \"spec.replicass\"\n")
        #expect(warn.stdout == "deployment.apps/web created\n")
        #expect(deployment(session)["spec"]["replicass"].isNull)
        let ignored = session.run("kubectl apply -f web.yaml --validate=false")
        #expect(ignored.stderr == "")
        // The live object never gets the unknown field, so the three-way patch always carries it: `configured`, as on
        // a real cluster, and still not stored.
        #expect(ignored.stdout == "deployment.apps/web configured\n")
        #expect(deployment(session)["spec"]["replicass"].isNull)
    }

    @Test func aTypoInATypeIsRefusedWhateverTheValidation() {
        let wrong = Self.manifest.replacingOccurrences(of: "spec:\n  selector:", with: "spec:\n  replicas: three\n  selector:")
        let session = KubectlSession(files: ["web.yaml": wrong])
        let output = session.run("kubectl apply -f web.yaml --validate=false")
        #expect(output.exitCode == 1)
        #expect(
            output.stderr
                == "Error from server (BadRequest): error when creating \"web.yaml\": Deployment in version \"v1\" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32\n"
        )
        #expect(session.names(.deployments).isEmpty)
    }
}
