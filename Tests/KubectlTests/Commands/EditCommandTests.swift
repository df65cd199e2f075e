import ClusterModel
import Foundation
import Kubectl
import Testing

/// `kubectl edit` with a host whose "editor" is a closure: what the file holds when it opens (kubectl's header, the
/// object's YAML, the reasons it came back), what the command prints, and what reaches the cluster. The flows and
/// texts were checked against kubectl v1.35.2 driving a scripted editor.
@Suite struct EditCommandTests {
    /// A session holding ConfigMap `cfg` (a=1) and a rolled-out Deployment `web`.
    func prepared() -> KubectlSession {
        let session = KubectlSession()
        session.run("create configmap cfg --from-literal=a=1")
        session.run("create deployment web --image=nginx:1.29")
        session.run("rollout status deploy/web")
        return session
    }

    /// Makes the host's editor apply `edits` in turn (later opens save the file unchanged).
    func edit(_ session: KubectlSession, _ edits: [(String) -> String?]) {
        var index = 0
        session.host.editor = { text in
            defer { index += 1 }
            return index < edits.count ? edits[index](text) : text
        }
    }

    func replacing(_ old: String, _ new: String) -> (String) -> String? {
        { $0.replacingOccurrences(of: old, with: new) }
    }

    func configMap(_ session: KubectlSession) -> JSONValue? { session.cluster.object(.configMaps, namespace: "default", name: "cfg") }
    func deployment(_ session: KubectlSession) -> JSONValue? { session.cluster.object(.deployments, namespace: "default", name: "web") }

    static let header = """
        # Please edit the object below. Lines beginning with a '#' will be ignored,
        # and an empty file will abort the edit. If an error occurs while saving this file will be
        # reopened with the relevant failures.
        #

        """

    func configMapYAML(_ session: KubectlSession, data: String = "  a: \"1\"") -> String {
        let object = configMap(session)
        return """
            apiVersion: v1
            data:
            \(data)
            kind: ConfigMap
            metadata:
              creationTimestamp: "\(object?[path: "metadata.creationTimestamp"].string ?? "")"
              name: cfg
              namespace: default
              resourceVersion: "\(object?[path: "metadata.resourceVersion"].string ?? "")"
              uid: \(object?[path: "metadata.uid"].string ?? "")

            """
    }

    @Test func aChangedFieldIsPatchedIn() {
        let session = prepared()
        let opened = Self.header + configMapYAML(session)
        edit(session, [replacing("a: \"1\"", "a: \"2\"")])
        let output = session.run("edit configmap/cfg")
        #expect(output.stdout == "configmap/cfg edited\n")
        #expect(output.stderr == "")
        #expect(output.exitCode == 0)
        #expect(session.host.editorInputs == [opened])
        #expect(configMap(session)?["data"]["a"] == "2")
        // The file is gone once the edit went through.
        #expect(session.host.files["/tmp/kubectl-edit-1.yaml"] == nil)
    }

    @Test func aReplicaCountEditRollsTheDeploymentOut() {
        let session = prepared()
        edit(session, [replacing("\n  replicas: 1\n", "\n  replicas: 3\n")])
        #expect(session.run("edit deploy web").stdout == "deployment.apps/web edited\n")
        #expect(deployment(session)?["spec"]["replicas"] == 3)
        #expect(session.host.editorInputs[0].hasPrefix(Self.header + "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  annotations:\n"))
        #expect(session.run("rollout status deploy/web").stdout.hasSuffix("deployment \"web\" successfully rolled out\n"))
    }

    @Test func savingTheFileUnchangedCancels() {
        let session = prepared()
        let before = session.cluster.lastSequence
        edit(session, [{ $0 }])
        let output = session.run("edit cm/cfg")
        #expect(output.stdout == "")
        #expect(output.stderr == "Edit cancelled, no changes made.\n")
        #expect(output.exitCode == 0)
        // Comments and layout do not count: the YAML means the same.
        edit(session, [{ "# a comment of mine\n" + $0.replacingOccurrences(of: "a: \"1\"", with: "a: '1'") }])
        #expect(session.run("edit cm/cfg").stderr == "Edit cancelled, no changes made.\n")
        #expect(session.cluster.lastSequence == before)
        #expect(session.host.files.keys.filter { $0.hasPrefix("/tmp/") }.isEmpty)
    }

    /// With `--validate` (strict by default) the client's check sees an empty file as no object at all; without it
    /// the edit is cancelled.
    @Test func anEmptyFile() {
        let session = prepared()
        edit(session, [{ _ in "" }, { _ in "" }])
        let strict = session.run("edit cm/cfg")
        #expect(strict.stderr == """
            error: configmaps "cfg" is invalid
            A copy of your changes has been stored to "/tmp/kubectl-edit-2.yaml"
            error: Edit cancelled, no valid changes were saved.

            """)
        #expect(strict.exitCode == 1)
        #expect(session.host.editorInputs[1] == Self.header + """
            # configmaps "cfg" was not valid:
            # * <nil>: Invalid value: "The edited file failed validation": invalid object to validate
            #

            """)
        edit(session, [{ _ in "" }])
        let loose = session.run("edit cm/cfg --validate=false")
        #expect(loose.stderr == "Edit cancelled, saved file was empty.\n")
        #expect(loose.exitCode == 0)
        #expect(configMap(session)?["data"]["a"] == "1")
    }

    /// A file that is not YAML comes back with go-yaml's error (lines counted without the comments, as the check
    /// reads the stripped file); fixed, it goes through.
    @Test func brokenYAMLReopensTheFileWithTheError() {
        let session = prepared()
        let opened = configMapYAML(session)
        edit(session, [replacing("\ndata:\n", "\ndata\n"), replacing("\ndata\n  a: \"1\"\n", "\ndata:\n  a: \"2\"\n")])
        let output = session.run("edit cm/cfg")
        #expect(output.stderr == "error: configmaps \"cfg\" is invalid\n")
        #expect(output.stdout == "configmap/cfg edited\n")
        #expect(output.exitCode == 0)
        #expect(session.host.editorInputs.count == 2)
        #expect(session.host.editorInputs[1] == Self.header + """
            # configmaps "cfg" was not valid:
            # * <nil>: Invalid value: "The edited file failed validation": yaml: line 3: could not find expected ':'
            #

            """ + opened.replacingOccurrences(of: "\ndata:\n", with: "\ndata\n"))
        #expect(configMap(session)?["data"]["a"] == "2")
    }

    /// Fixed back to what it was, the file is as good as unchanged.
    @Test func aFileFixedBackToTheOriginalCancels() {
        let session = prepared()
        edit(session, [replacing("\ndata:\n", "\ndata\n"), replacing("\ndata\n", "\ndata:\n")])
        #expect(session.run("edit cm/cfg").stderr == "error: configmaps \"cfg\" is invalid\nEdit cancelled, no changes made.\n")
    }

    /// Without the client's check the builder reports the syntax error, counting the header's lines.
    @Test func brokenYAMLWithoutValidationIsASyntaxError() {
        let session = prepared()
        edit(session, [replacing("\ndata:\n", "\ndata\n"), { $0 }])
        let output = session.run("edit cm/cfg --validate=false")
        #expect(output.combined == "A copy of your changes has been stored to \"/tmp/kubectl-edit-2.yaml\"\nerror: Edit cancelled, no valid changes were saved.\n")
        #expect(output.exitCode == 1)
        #expect(session.host.editorInputs[1].hasPrefix(Self.header + """
            # The edited file had a syntax error: error parsing edited-file: error converting YAML to JSON: yaml: line 7: could not find expected ':'
            #
            apiVersion: v1
            data

            """))
        // The copy stays for the user (here in the host's files).
        #expect(session.host.files["/tmp/kubectl-edit-2.yaml"]?.contains("data\n  a: \"1\"") == true)
    }

    /// The API server refuses the patch as Invalid: its causes go into the header, and the user fixes the file.
    @Test func anInvalidValueReopensTheFileWithTheServersCauses() {
        let session = prepared()
        edit(session, [replacing("\n  replicas: 1\n", "\n  replicas: -1\n"), replacing("\n  replicas: -1\n", "\n  replicas: 2\n")])
        let output = session.run("edit deploy/web")
        #expect(output.combined == "error: deployments.apps \"web\" is invalid\ndeployment.apps/web edited\n")
        #expect(session.host.editorInputs[1].hasPrefix(Self.header + """
            # deployments.apps "web" was not valid:
            # * spec.replicas: Invalid value: -1: must be greater than or equal to 0
            #
            apiVersion: apps/v1

            """))
        #expect(deployment(session)?["spec"]["replicas"] == 2)
    }

    @Test func givingUpAfterAnErrorKeepsACopy() {
        let session = prepared()
        let before = session.cluster.lastSequence
        edit(session, [replacing("\n  replicas: 1\n", "\n  replicas: -1\n"), { $0 }])
        let output = session.run("edit deploy/web")
        #expect(output.stderr == """
            error: deployments.apps "web" is invalid
            A copy of your changes has been stored to "/tmp/kubectl-edit-2.yaml"
            error: Edit cancelled, no valid changes were saved.

            """)
        #expect(output.exitCode == 1)
        #expect(session.cluster.lastSequence == before)
        #expect(session.host.files["/tmp/kubectl-edit-2.yaml"]?.contains("\n  replicas: -1\n") == true)
    }

    /// Errors other than Invalid end the edit with the way out kubectl suggests.
    @Test func conflictsAndStrictDecodingSuggestReplace() {
        let session = prepared()
        edit(session, [replacing("resourceVersion: \"", "resourceVersion: \"9")])
        let conflict = session.run("edit cm/cfg")
        #expect(conflict.stderr == """
            error: configmaps "cfg" could not be patched: Operation cannot be fulfilled on configmaps "cfg": the object has been modified; please apply your changes to the latest version and try again
            You can run `kubectl replace -f /tmp/kubectl-edit-1.yaml` to try this update again.

            """)
        #expect(conflict.exitCode == 1)
        #expect(session.host.files["/tmp/kubectl-edit-1.yaml"] != nil)
        edit(session, [replacing("\n  replicas: 1\n", "\n  replicas: 1\n  bogus: 1\n")])
        let strict = session.run("edit deploy/web")
        #expect(strict.stderr.hasPrefix("error: deployments.apps \"web\" could not be patched: "))
        #expect(strict.stderr.contains("strict decoding error: unknown field \"spec.bogus\"\n"))
        #expect(strict.stderr.hasSuffix("You can run `kubectl replace -f /tmp/kubectl-edit-2.yaml` to try this update again.\n"))
        edit(session, [replacing("\n  replicas: 1\n", "\n  replicas: 2\n  bogus: 1\n")])
        let warned = session.run("edit deploy/web --validate=warn")
        #expect(warned.combined == "Warning: unknown field \"spec.bogus\"\ndeployment.apps/web edited\n")
        #expect(deployment(session)?["spec"]["replicas"] == 2)
    }

    @Test func identityAndNamespaceMustStay() {
        let session = prepared()
        edit(session, [replacing("  name: cfg\n", "  name: other\n")])
        #expect(session.run("edit cm/cfg").combined
            == "A copy of your changes has been stored to \"/tmp/kubectl-edit-1.yaml\"\nerror: At least one of apiVersion, kind and name was changed\n")
        edit(session, [replacing("  namespace: default\n", "  namespace: kube-system\n")])
        #expect(session.run("edit cm/cfg").combined == """
            A copy of your changes has been stored to "/tmp/kubectl-edit-2.yaml"
            error: the namespace from the provided object "kube-system" does not match the namespace "default". You must pass '--namespace=kube-system' to perform this operation.

            """)
        let uid = configMap(session)?[path: "metadata.uid"].string ?? ""
        edit(session, [{ $0.replacingOccurrences(of: "  uid: \(uid)\n", with: "").replacingOccurrences(of: "a: \"1\"", with: "a: \"2\"") }])
        let resourceVersion = configMap(session)?[path: "metadata.resourceVersion"].string ?? ""
        let created = configMap(session)?[path: "metadata.creationTimestamp"].string ?? ""
        #expect(session.run("edit cm/cfg").stderr == """
            A copy of your changes has been stored to "/tmp/kubectl-edit-3.yaml"
            error: no original object found for &unstructured.Unstructured{Object:map[string]interface {}{"apiVersion":"v1", "data":map[string]interface {}{"a":"2"}, "kind":"ConfigMap", "metadata":map[string]interface {}{"creationTimestamp":"\(created)", "name":"cfg", "namespace":"default", "resourceVersion":"\(resourceVersion)"}}}

            """)
        #expect(configMap(session)?["data"]["a"] == "1")
    }

    /// Several objects are edited as one `List`; the unchanged ones are `skipped`.
    @Test func severalObjectsAreOneList() {
        let session = prepared()
        edit(session, [replacing("a: \"1\"", "a: \"3\"")])
        let output = session.run("edit deploy/web cm/cfg")
        #expect(output.stdout == "deployment.apps/web skipped\nconfigmap/cfg edited\n")
        let opened = session.host.editorInputs[0]
        #expect(opened.hasPrefix(Self.header + "apiVersion: v1\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n"))
        #expect(opened.hasSuffix("    uid: \(configMap(session)?[path: "metadata.uid"].string ?? "")\nkind: List\nmetadata: {}\n"))
        #expect(configMap(session)?["data"]["a"] == "3")
        // A type alone is every object of it.
        edit(session, [replacing("a: \"3\"", "a: \"4\"")])
        #expect(session.run("edit configmaps").stdout == "configmap/cfg edited\nconfigmap/kube-root-ca.crt skipped\n")
        #expect(session.run("edit pods -n nowhere").stderr == "error: edit cancelled, no objects found\n")
    }

    @Test func jsonHasNoHeader() {
        let session = prepared()
        edit(session, [replacing("\"a\": \"1\"", "\"a\": \"5\"")])
        let output = session.run("edit cm/cfg -o json")
        let edited = configMap(session) ?? .null
        #expect(output.stdout == edited.indentedJSON(indent: "    ") + "\n")
        #expect(session.host.editorInputs[0].hasPrefix("{\n    \"apiVersion\": \"v1\",\n    \"data\": {\n        \"a\": \"1\"\n    },\n"))
        #expect(edited["data"]["a"] == "5")
        #expect(session.host.files.keys.contains { $0.hasSuffix(".json") } == false)
    }

    @Test func outputPatchAndSaveConfig() {
        let session = prepared()
        edit(session, [replacing("a: \"1\"", "a: \"6\"")])
        let output = session.run("edit cm/cfg --output-patch --save-config")
        let object = configMap(session)
        let applied = object?["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"].string ?? ""
        #expect(applied.hasPrefix("{\"apiVersion\":\"v1\",\"data\":{\"a\":\"6\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"creationTimestamp\":"))
        #expect(output.stdout == "Patch: " + (["data": ["a": "6"], "metadata": ["annotations": ["kubectl.kubernetes.io/last-applied-configuration": .string(applied)]]] as JSONValue).compactJSON + "\nconfigmap/cfg edited\n")
    }

    @Test func windowsLineEndings() {
        let session = prepared()
        let opened = (Self.header + configMapYAML(session)).replacingOccurrences(of: "\n", with: "\r\n")
        edit(session, [replacing("a: \"1\"", "a: \"7\"")])
        #expect(session.run("edit cm/cfg --windows-line-endings").stdout == "configmap/cfg edited\n")
        #expect(session.host.editorInputs[0] == opened)
        #expect(configMap(session)?["data"]["a"] == "7")
        // A JSON file saved as it was is unchanged, CR LF and all.
        edit(session, [{ $0 }])
        #expect(session.run("edit cm/cfg -o json --windows-line-endings").stderr == "Edit cancelled, no changes made.\n")
    }

    @Test func errorsBeforeTheEditorOpens() {
        let session = prepared()
        edit(session, [])
        #expect(session.run("edit cm/cfg cm/nope").stderr == "Error from server (NotFound): configmaps \"nope\" not found\n")
        #expect(session.run("edit cm/cfg -o name").stderr
            == "error: unable to match a printer suitable for the output format \"name\", allowed formats are: json,kyaml,yaml\n")
        #expect(session.run("edit cm/cfg --validate=maybe").stderr
            == "error: invalid - validate option \"maybe\"; must be one of: strict (or true), warn, ignore (or false)\n")
        #expect(session.run("edit").stderr.hasPrefix("error: You must provide one or more resources by argument or filename.\n"))
        #expect(session.host.editorInputs.isEmpty)
    }

    @Test func editorsThatFailOrAreMissing() {
        let session = prepared()
        session.host.editor = { _ in nil }
        let failed = session.run("edit cm/cfg")
        #expect(failed.stderr == "error: there was a problem with the editor \"vi\"\n")
        #expect(failed.exitCode == 1)
        session.host.editor = nil
        let none = session.run("edit cm/cfg")
        #expect(none.stderr.hasPrefix("error: kubectl edit opens your editor, which k8s-tutor only runs in an interactive terminal"))
        #expect(none.exitCode == 1)
        session.host.language = "zh-CN"
        #expect(session.run("edit cm/cfg").stderr.hasPrefix("error: kubectl edit 会打开你的编辑器"))
    }

    /// `-f` names the objects; the server's copies are what is edited. `--subresource=status` edits the status.
    @Test func filesAndTheStatusSubresource() {
        let session = prepared()
        session.host.files["cfg.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: stale\n"
        edit(session, [replacing("a: \"1\"", "a: \"8\"")])
        #expect(session.run("edit -f cfg.yaml").stdout == "configmap/cfg edited\n")
        #expect(session.host.editorInputs.last?.contains("  a: \"1\"\n") == true)
        edit(session, [replacing("  observedGeneration: 1\n", "  observedGeneration: 7\n")])
        #expect(session.run("edit deploy/web --subresource=status").stdout == "deployment.apps/web edited\n")
        #expect(deployment(session)?["status"]["observedGeneration"] == 7)
    }
}
