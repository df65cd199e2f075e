import ClusterModel
import Kubectl
import Testing

@Suite struct ApplyCommandTests {
    @Test func createdThenUnchangedThenConfigured() {
        var manifest = Fixtures.tutorialManifest
        let session = KubectlSession(files: ["app.yaml": manifest])
        let first = session.run("kubectl apply -f app.yaml")
        #expect(first == .init(stdout: "deployment.apps/nginx-deployment created\nservice/nginx-service created\n", stderr: "", exitCode: 0,
                               combined: "deployment.apps/nginx-deployment created\nservice/nginx-service created\n"))
        let second = session.run("kubectl apply -f app.yaml")
        #expect(second.stdout == "deployment.apps/nginx-deployment unchanged\nservice/nginx-service unchanged\n")
        manifest = manifest.replacingOccurrences(of: "replicas: 1", with: "replicas: 2")
        session.host.files["app.yaml"] = manifest
        let third = session.run("kubectl apply -f app.yaml")
        #expect(third.stdout == "deployment.apps/nginx-deployment configured\nservice/nginx-service unchanged\n")
        #expect(third.exitCode == 0)
        #expect(session.cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["spec"]["replicas"] == 2)
    }

    @Test func invalidDocumentIsReportedWhileValidOnesApply() {
        let session = KubectlSession(files: Fixtures.files)
        let output = session.run("kubectl apply -f one-invalid.yaml")
        #expect(output.stdout == "deployment.apps/web created\nservice/web created\n")
        #expect(output.stderr == "The Deployment \"mismatched\" is invalid: spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`\n")
        #expect(output.exitCode == 1)
        #expect(session.names(.deployments) == ["web"])
    }

    @Test func yamlSyntaxErrorNamesFileAndLine() {
        let session = KubectlSession(files: Fixtures.files)
        let output = session.run("kubectl apply -f broken.yaml")
        #expect(output.stdout == "")
        #expect(output.stderr == "error: error parsing broken.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context\n")
        #expect(output.exitCode == 1)
    }

    @Test func documentsBeforeASyntaxErrorStillApply() {
        let text = Fixtures.tutorialManifest + "---\nkind: Pod\n  bad: [\n"
        let session = KubectlSession(files: ["mixed.yaml": text])
        let output = session.run("apply -f mixed.yaml")
        #expect(output.stdout == "deployment.apps/nginx-deployment created\nservice/nginx-service created\n")
        #expect(output.stderr.hasPrefix("error: error parsing mixed.yaml: error converting YAML to JSON: yaml: line "))
        #expect(output.exitCode == 1)
    }

    @Test func fileAndArgumentErrors() {
        let session = KubectlSession(files: Fixtures.files)
        #expect(session.run("apply -f nope.yaml").stderr == "error: the path \"nope.yaml\" does not exist\n")
        #expect(session.run("apply").stderr == "error: must specify one of -f and -k\n")
        session.host.files["empty.yaml"] = "# nothing here\n---\n"
        #expect(session.run("apply -f empty.yaml").stderr == "error: no objects passed to apply\n")
        #expect(session.run("apply -f missing-kind.yaml").stderr == "error: unable to decode \"missing-kind.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"no-kind\"}}'\n")
        session.host.files["foo.yaml"] = "apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n"
        #expect(session.run("apply -f foo.yaml").stderr == "error: resource mapping not found for name: \"x\" namespace: \"\" from \"foo.yaml\": no matches for kind \"Foo\" in version \"v1\"\nensure CRDs are installed first\n")
        #expect(session.cluster.list(.deployments, namespace: "default").isEmpty)
    }

    @Test func directoriesAndStandardInput() {
        let session = KubectlSession(files: ["manifests/app.yaml": Fixtures.tutorialManifest, "manifests/README.md": "not yaml"])
        #expect(session.run("apply -f manifests").stdout == "deployment.apps/nginx-deployment created\nservice/nginx-service created\n")
        let stdin = KubectlSession(standardInput: "{\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {\"name\": \"s\"}, \"spec\": {\"ports\": [{\"port\": 80}]}}")
        #expect(stdin.run("apply -f -").stdout == "service/s created\n")
    }

    @Test func createRefusesExistingObjects() {
        let session = KubectlSession(files: Fixtures.files)
        #expect(session.run("create -f pod-with-graceful-termination.yaml").stdout == "deployment.apps/nginx-deployment created\nservice/nginx-service created\n")
        let again = session.run("create -f pod-with-graceful-termination.yaml")
        #expect(again.stderr == """
            Error from server (AlreadyExists): error when creating "pod-with-graceful-termination.yaml": deployments.apps "nginx-deployment" already exists
            Error from server (AlreadyExists): error when creating "pod-with-graceful-termination.yaml": services "nginx-service" already exists

            """)
        #expect(again.exitCode == 1)
    }

    @Test func jsonOutputParsesBackAndReapplies() {
        let session = KubectlSession(files: Fixtures.files)
        session.run("apply -f pod-with-graceful-termination.yaml")
        let json = session.run("get deployment nginx-deployment -o json").stdout
        #expect(json.hasPrefix("{\n    \"apiVersion\": \"apps/v1\",\n"))
        session.host.standardInput = json
        let reapplied = session.run("apply -f -")
        #expect(reapplied.exitCode == 0)
        #expect(reapplied.stderr == "")
        #expect(reapplied.stdout == "deployment.apps/nginx-deployment configured\n" || reapplied.stdout == "deployment.apps/nginx-deployment unchanged\n")
        // Re-applying the original manifest afterwards changes nothing in the spec.
        #expect(session.cluster.object(.deployments, namespace: "default", name: "nginx-deployment")?["spec"]["replicas"] == 1)
    }
}

@Suite struct ApplyAfterCreateTests {
    @Test func applyingOverCreateWarnsAboutTheMissingAnnotation() {
        let session = KubectlSession(files: Fixtures.files)
        session.run("create -f pod-with-graceful-termination.yaml")
        let output = session.run("apply -f pod-with-graceful-termination.yaml")
        #expect(output.stderr == """
            Warning: resource deployments/nginx-deployment is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.
            Warning: resource services/nginx-service is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.

            """)
        #expect(output.stdout == "deployment.apps/nginx-deployment configured\nservice/nginx-service configured\n")
    }

    @Test func createWithSaveConfigThenApplyIsUnchanged() {
        let session = KubectlSession(files: Fixtures.files)
        #expect(session.run("create -f pod-with-graceful-termination.yaml --save-config").stdout == "deployment.apps/nginx-deployment created\nservice/nginx-service created\n")
        let output = session.run("apply -f pod-with-graceful-termination.yaml")
        #expect(output.combined == "deployment.apps/nginx-deployment unchanged\nservice/nginx-service unchanged\n")
    }

    @Test func dryRunChangesNothing() {
        let session = KubectlSession(files: Fixtures.files)
        #expect(session.run("apply -f pod-with-graceful-termination.yaml --dry-run=client").stdout == "deployment.apps/nginx-deployment created (dry run)\nservice/nginx-service created (dry run)\n")
        #expect(session.run("apply -f pod-with-graceful-termination.yaml --dry-run=server").stdout == "deployment.apps/nginx-deployment created (server dry run)\nservice/nginx-service created (server dry run)\n")
        #expect(session.names(.deployments).isEmpty)
        #expect(session.run("apply -f pod-with-graceful-termination.yaml --dry-run=maybe").stderr == "error: Invalid dry-run value (maybe). Must be \"none\", \"server\", or \"client\".\n")
    }

    @Test func outputNameAndYaml() {
        let session = KubectlSession(files: Fixtures.files)
        #expect(session.run("apply -f pod-with-graceful-termination.yaml -o name").stdout == "deployment.apps/nginx-deployment\nservice/nginx-service\n")
        let yaml = session.run("apply -f pod-with-graceful-termination.yaml -o yaml").stdout
        #expect(yaml.hasPrefix("apiVersion: apps/v1\nkind: Deployment\n"))
        #expect(yaml.contains("\n---\napiVersion: v1\nkind: Service\n"))
    }
}
