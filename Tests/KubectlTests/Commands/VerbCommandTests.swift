import ClusterModel
import Testing

@testable import Kubectl

/// The errors of `patch`, `replace`, `cordon`, `taint`, `top`, `auth` and `set env|resources`, and that bad input
/// changes nothing in the cluster.
@Suite struct VerbCommandTests {
    /// A session with one Deployment `web`.
    private func session() -> KubectlSession {
        let session = KubectlSession(seed: 7, files: ["patch.json": "{\"spec\":{\"replicas\":4}}", "bad.json": "{\"spec\":"])
        session.run("create deployment web --image=nginx")
        return session
    }

    @Test func goSyntaxErrorsAreWordedAsEncodingJSON() throws {
        func error(_ text: String) -> String? {
            do {
                _ = try GoJSONDecoder.decode(text)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(error("{bad") == "invalid character 'b' looking for beginning of object key string")
        #expect(error("{\"a\" 1}") == "invalid character '1' after object key")
        #expect(error("{\"a\":1 \"b\"}") == "invalid character '\"' after object key:value pair")
        #expect(error("[1 2]") == "invalid character '2' after array element")
        #expect(error("{} x") == "invalid character 'x' after top-level value")
        #expect(error("{\"a\":tru}") == "invalid character '}' in literal true (expecting 'e')")
        #expect(error("{\"a\":-x}") == "invalid character 'x' in numeric literal")
        #expect(error("{\"a\":1.}") == "invalid character '}' after decimal point in numeric literal")
        #expect(error("{\"a\":\"\\q\"}") == "invalid character 'q' in string escape code")
        #expect(error("{\"a\":") == "unexpected end of JSON input")
        #expect(error("{\"a\":'x'}") == "invalid character '\\'' looking for beginning of value")
        #expect(try GoJSONDecoder.decode("{\"a\":null,\"b\":[1,2.5,\"\\u00e9\"]}") == .object(["a": .null, "b": [1, 2.5, "é"]]))
    }

    @Test func patchErrorsChangeNothing() {
        let session = session()
        let before = session.cluster.object(.deployments, namespace: "default", name: "web")
        let cases: [(String, String)] = [
            ("patch deployment web --type json -p '[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/3\",\"value\":1}]'",
             "The request is invalid: the server rejected our request due to an error in our request\n"),
            ("patch deployment web --type json -p '[{\"op\":\"replace\",\"path\":\"/spec/a/b\",\"value\":1}]'",
             "The request is invalid: the server rejected our request due to an error in our request\n"),
            ("patch deployment web --type json -p '[{\"op\":\"test\",\"path\":\"/spec/replicas\",\"value\":7}]'",
             "The request is invalid: the server rejected our request due to an error in our request\n"),
            ("patch deployment web --type json -p '[1]'",
             "Error from server (BadRequest): error decoding patch: json: cannot unmarshal number into Go value of type handlers.jsonPatchOp\n"),
            ("patch deployment web --type merge -p '{\"spec\":'",
             "Error from server (BadRequest): error decoding patch: unexpected end of JSON input\n"),
            ("patch deployment web --type merge -p '[1]'",
             "Error from server (BadRequest): error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}\n"),
            ("patch deployment web --patch-file=bad.json", "Error from server (BadRequest): unexpected end of JSON input\n"),
            ("patch deployment web --patch-file=nope.json", "error: unable to read patch file: open nope.json: no such file or directory\n"),
            ("patch deployment web -p '{}' --type=JSONX", "error: --type must be one of [json merge strategic], not \"JSONX\"\n"),
            ("patch -p '{}'",
             "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"),
            ("patch deployment web --local -p '{}'", "error: cannot specify --local and server resources\n"),
        ]
        for (line, stderr) in cases {
            let output = session.run(line)
            #expect(output.stderr == stderr, "\(line)")
            #expect(output.exitCode == 1, "\(line)")
        }
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web") == before)
    }

    @Test func patchFromFileAndTypeIsCaseInsensitive() {
        let session = session()
        #expect(session.run("patch deploy web --patch-file=patch.json").stdout == "deployment.apps/web patched\n")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["spec"]["replicas"] == 4)
        #expect(session.run("patch deploy/web --type=MERGE -p '{\"spec\":{\"replicas\":4}}'").stdout == "deployment.apps/web patched (no change)\n")
        let yaml = session.run("patch deploy web -p '{\"spec\":{\"replicas\":1}}' --dry-run=client -o jsonpath='{.spec.replicas}'")
        #expect(yaml.stdout == "1")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["spec"]["replicas"] == 4)
    }

    @Test func patchScaleSubresourcePrintsTheScale() {
        let session = session()
        let output = session.run("patch deployment web --subresource=scale -p '{\"spec\":{\"replicas\":3}}' -o jsonpath='{.kind} {.spec.replicas}'")
        #expect(output.stdout == "Scale 3")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["spec"]["replicas"] == 3)
        #expect(session.run("patch deployment web --subresource=scale -p '{\"spec\":{\"replicas\":3}}'").stdout == "scale.autoscaling/web patched (no change)\n")
    }

    @Test func labelWithAStaleResourceVersionConflicts() {
        let session = session()
        let output = session.run("label deployment web a=b --resource-version=1")
        #expect(output.stderr == "Error from server (Conflict): Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again\n")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["metadata"]["labels"]["a"] == .null)
    }

    @Test func cordonAddsTheUnschedulableTaintAndUncordonRemovesIt() {
        let session = session()
        #expect(session.run("cordon kind-worker kind-worker2").stdout == "node/kind-worker cordoned\nnode/kind-worker2 cordoned\n")
        let node = session.cluster.object(.nodes, namespace: nil, name: "kind-worker")
        #expect(node?["spec"]["unschedulable"] == true)
        #expect(node?["spec"]["taints"][0]["key"] == "node.kubernetes.io/unschedulable")
        #expect(session.run("uncordon -l kubernetes.io/hostname=kind-worker").stdout == "node/kind-worker uncordoned\n")
        let after = session.cluster.object(.nodes, namespace: nil, name: "kind-worker")
        #expect(after?["spec"]["unschedulable"] == .null)
        #expect(after?["spec"]["taints"] == .null)
        #expect(session.run("cordon kind-worker nope").stderr == "Error from server (NotFound): nodes \"nope\" not found\n")
        #expect(session.cluster.object(.nodes, namespace: nil, name: "kind-worker")?["spec"]["unschedulable"] == .null)
        #expect(session.run("cordon kind-worker -l a=b").stderr == "error: error: cannot specify both a node name and a --selector option\nSee 'kubectl cordon -h' for help and examples\n")
    }

    @Test func taintSpecErrors() {
        let session = session()
        let cases: [(String, String)] = [
            ("taint nodes kind-worker a=b=c:NoSchedule", "error: invalid taint spec: a=b=c:NoSchedule\nSee 'kubectl taint -h' for help and examples\n"),
            ("taint nodes kind-worker a:b:c", "error: invalid taint spec: a:b:c\nSee 'kubectl taint -h' for help and examples\n"),
            ("taint nodes kind-worker a=b", "error: invalid taint spec: a=b, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')\nSee 'kubectl taint -h' for help and examples\n"),
            ("taint nodes kind-worker a=b:NoSchedule x", "error: all resources must be specified before taint changes: x\n"),
            ("taint nodes --all -l a=b x=y:NoSchedule", "error: setting 'all' parameter with a non empty selector is prohibited\n"),
            ("taint nodes kind-worker a:NoExecute- b:NoSchedule-", "error: [taint \"a:NoExecute\" not found, taint \"b:NoSchedule\" not found]\n"),
        ]
        for (line, stderr) in cases {
            let output = session.run(line)
            #expect(output.stderr == stderr, "\(line)")
            #expect(output.exitCode == 1, "\(line)")
        }
        #expect(session.cluster.object(.nodes, namespace: nil, name: "kind-worker")?["spec"]["taints"] == .null)
    }

    @Test func taintAddsNewTaintsFirst() {
        let session = session()
        #expect(session.run("taint nodes kind-control-plane gpu=true:PreferNoSchedule").stdout == "node/kind-control-plane tainted\n")
        let taints = session.cluster.object(.nodes, namespace: nil, name: "kind-control-plane")?["spec"]["taints"].array?.compactMap { $0["key"].string }
        #expect(taints == ["gpu", "node-role.kubernetes.io/control-plane"])
        #expect(session.run("taint nodes kind-control-plane gpu- --dry-run=client").stdout == "node/kind-control-plane untainted (dry run)\n")
        #expect(session.cluster.object(.nodes, namespace: nil, name: "kind-control-plane")?["spec"]["taints"].array?.count == 2)
    }

    @Test func topAndAuth() {
        let session = session()
        #expect(session.run("top node kind-worker").stderr == "error: Metrics API not available\n")
        #expect(session.run("top pod web -l app=web").stderr == "error: only one of NAME or selector can be provided\n")
        #expect(session.run("top node a b").stderr == "error: node [NAME | -l label]\nSee 'kubectl top node -h' for help and examples\n")
        #expect(session.run("auth can-i delete pods -A").stdout == "yes\n")
        #expect(session.run("auth can-i delete pods -q").stdout == "")
        #expect(session.run("auth can-i get pods --no-headers").stderr == "error: --no-headers cannot be set without --list specified\n")
        #expect(session.run("auth can-i --list pods").stderr == "error: list option must be specified with no arguments\n")
        #expect(session.run("auth can-i get /logs --subresource=x").stderr == "error: --subresource can not be used with NonResourceURL\n")
        let warned = session.run("auth can-i launch widgets.example.com")
        #expect(warned.stderr == "Warning: the server doesn't have a resource type 'widgets' in group 'example.com'\nWarning: verb 'launch' is not a known verb\n")
        #expect(warned.stdout == "yes\n")
        #expect(session.run("auth whoami -o jsonpath='{.status.userInfo.username}'").stdout == "kubernetes-admin")
    }

    @Test func setEnvAndResources() {
        let session = session()
        session.run("create secret generic creds --from-literal=db-password=s3cret")
        #expect(session.run("set env deploy/web --from=secret/creds").stdout == "deployment.apps/web env updated\n")
        let env = session.cluster.object(.deployments, namespace: "default", name: "web")?[path: "spec.template.spec.containers"][0]["env"]
        #expect(env == [["name": "DB_PASSWORD", "valueFrom": ["secretKeyRef": ["key": "db-password", "name": "creds"]]]])
        #expect(session.run("set env deploy/web --list").stdout == "# Deployment web, container nginx\n# DB_PASSWORD from secret creds, key db-password\n")
        #expect(session.run("set env deploy/web --keys=a").stderr == "error: when specifying --keys, a configmap or secret must be provided with --from\n")
        #expect(session.run("set env deploy/web A=1 --list -o yaml").stderr == "error: --list and --output may not be specified together\n")
        #expect(session.run("set env deploy/web DB_PASSWORD=x --overwrite=false").stderr
            == "error: deployments.apps/web 'DB_PASSWORD' already has a value (), and --overwrite is false\n")
        #expect(session.run("set env deploy/web A=1 -c 'ng*x'").stdout == "deployment.apps/web env updated\n")
        #expect(session.run("set resources deploy/web --requests=memory=1Gi,cpu=x").stderr
            == "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n")
        #expect(session.run("set resources deploy/web --requests=memory=64Mi --dry-run=server").stdout
            == "deployment.apps/web resource requirements updated (server dry run)\n")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?[path: "spec.template.spec.containers"][0]["resources"] == .emptyObject)
        #expect(session.run("set resources svc/kubernetes --limits=cpu=1").stderr
            == "error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service\n")
    }

    @Test func unifiedDiffHunksFollowGNUDiff() {
        let old = UnifiedDiff.lines("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n")
        var changed = old
        changed[1] = "B"
        changed[11] = "L"
        changed.insert("new", at: 6)
        #expect(UnifiedDiff.hunks(old, changed) == """
            @@ -1,13 +1,14 @@
             a
            -b
            +B
             c
             d
             e
             f
            +new
             g
             h
             i
             j
             k
            -l
            +L
             m

            """)
        #expect(UnifiedDiff.hunks(old, old) == "")
        #expect(UnifiedDiff.hunks([], ["x"]) == "@@ -0,0 +1 @@\n+x\n")
        #expect(UnifiedDiff.hunks(["x", "y"], []) == "@@ -1,2 +0,0 @@\n-x\n-y\n")
        let far = UnifiedDiff.lines((1...20).map { "\($0)\n" }.joined())
        var farChanged = far
        farChanged[0] = "one"
        farChanged[19] = "twenty"
        #expect(UnifiedDiff.hunks(far, farChanged) == "@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -17,4 +17,4 @@\n 17\n 18\n 19\n-20\n+twenty\n")
    }

    @Test func diffExitsZeroWhenNothingChanges() {
        let session = KubectlSession(seed: 7, files: ["cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n"])
        let first = session.run("diff -f cm.yaml")
        #expect(first.exitCode == 1)
        #expect(first.stdout.hasPrefix("diff -u -N /tmp/LIVE-"))
        #expect(session.names(.configMaps).contains("c") == false)
        session.run("apply -f cm.yaml")
        let second = session.run("diff -f cm.yaml")
        #expect(second.exitCode == 0)
        #expect(second.stdout == "")
    }

    @Test func deepPatchesAreRefusedNotCrashed() {
        let session = session()
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let output = session.run("patch deployment web --type merge -p '{\"spec\":\(deep)}'")
        #expect(output.stderr == "error: the patch nests deeper than 1000 levels, more than k8s-tutor's simulated cluster accepts\n")
        session.host.language = "zh-CN"
        #expect(session.run("patch deployment web -p '\(deep)'").stderr == "error: 补丁的嵌套超过 1000 层，超出了 k8s-tutor 模拟集群能接受的深度\n")
    }

    @Test func aPodTakesNewImagesAndRefusesOtherChanges() {
        let session = session()
        session.run("run solo --image=nginx")
        #expect(session.run("patch pod solo -p '{\"spec\":{\"containers\":[{\"name\":\"solo\",\"image\":\"nginx:1.27\"}]}}'").stdout == "pod/solo patched\n")
        #expect(session.cluster.object(.pods, namespace: "default", name: "solo")?[path: "spec.containers"][0]["image"] == "nginx:1.27")
        #expect(session.run("set image pod/solo solo=nginx:1.28").stdout == "pod/solo image updated\n")
        let refused = session.run("set env pod/solo A=1")
        #expect(refused.stderr.hasPrefix("error: failed to patch env update to pod template: Pod \"solo\" is invalid: spec: Forbidden: pod updates may not change fields other than"))
        #expect(session.cluster.object(.pods, namespace: "default", name: "solo")?[path: "spec.containers"][0]["env"] == .null)
        session.run("label svc kubernetes x=y")
        #expect(session.cluster.object(.services, namespace: "default", name: "kubernetes")?["metadata"]["annotations"] == .null)
    }

    @Test func replaceForceRecreatesAndSaveConfigRecordsTheManifest() {
        let manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n"
        let session = KubectlSession(seed: 7, files: ["cm.yaml": manifest])
        session.run("create -f cm.yaml")
        let uid = session.cluster.object(.configMaps, namespace: "default", name: "c")?["metadata"]["uid"]
        #expect(session.run("replace -f cm.yaml --save-config").stdout == "configmap/c replaced\n")
        let saved = session.cluster.object(.configMaps, namespace: "default", name: "c")
        #expect(saved?["metadata"]["annotations"]["kubectl.kubernetes.io/last-applied-configuration"].string?.hasPrefix("{\"apiVersion\":\"v1\"") == true)
        let forced = session.run("replace --force -f cm.yaml")
        #expect(forced.stdout == "configmap \"c\" deleted from default namespace\nconfigmap/c replaced\n")
        #expect(session.cluster.object(.configMaps, namespace: "default", name: "c")?["metadata"]["uid"] != uid)
        #expect(session.run("replace -f cm.yaml --timeout=5s").stderr == "error: --timeout must have --force specified\n")
    }

    @Test func setEnvListResolvesReferences() {
        let session = session()
        session.run("create secret generic creds --from-literal=password=s3cret")
        session.run("create configmap cfg --from-literal=mode=fast")
        session.run("set env deploy/web --from=secret/creds")
        session.run("set env deploy/web --from=configmap/cfg")
        session.run("delete configmap cfg")
        let listed = session.run("set env deploy/web --list --resolve")
        #expect(listed.stdout == "# Deployment web, container nginx\nPASSWORD=s3cret\n# MODE from configmap cfg, key mode\n")
        #expect(listed.stderr == "error retrieving reference for MODE: configmaps \"cfg\" not found\n")
        #expect(listed.exitCode == 0)
    }

    @Test func jsonPatchReplaceSetsAMissingMemberAsJSONPatchV4Does() {
        let session = session()
        let output = session.run("patch deployment web --type json -p '[{\"op\":\"replace\",\"path\":\"/spec/paused\",\"value\":true}]'")
        #expect(output.stdout == "deployment.apps/web patched\n")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?["spec"]["paused"] == true)
        let copied = session.run("patch deployment web --type json -p '[{\"op\":\"copy\",\"from\":\"/metadata/nope\",\"path\":\"/metadata/labels/x\"}]'")
        // v4 copies the missing member as null; the simulated server's decoding then drops it.
        #expect(copied.exitCode == 0)
    }

    @Test func diffMasksSecretValues() {
        let manifest = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  same: YQ==\n  changed: Yg==\n"
        let session = KubectlSession(seed: 7, files: ["s.yaml": manifest])
        session.run("create secret generic s --from-literal=same=a --from-literal=changed=c")
        let output = session.run("diff -f s.yaml")
        #expect(output.exitCode == 1)
        #expect(output.stdout.contains("-  changed: '*** (before)'\n+  changed: '*** (after)'\n"))
        #expect(output.stdout.contains("   same: '***'\n"))
        #expect(session.run("diff -f s.yaml --show-secrets").stdout.contains("+  changed: Yg==\n"))
    }

    @Test func quantitiesAreSentInCanonicalForm() {
        let cases: [(String, String)] = [
            ("0.5", "500m"), ("1024Mi", "1Gi"), ("1536Mi", "1536Mi"), ("0.5Gi", "512Mi"), ("0.5Ki", "512"), ("1Ki", "1Ki"),
            ("2000", "2k"), ("1000m", "1"), ("100m", "100m"), ("1.5", "1500m"), ("1e3", "1e3"), ("0", "0"), ("0Mi", "0"),
            ("0.0000000001", "1n"), ("-1.5", "-1500m"), ("12e2", "1200"), ("1.5Gi", "1536Mi"), ("1000000k", "1G"), ("+3", "3"),
        ]
        for (input, canonical) in cases {
            #expect(CanonicalQuantity.text(input) == canonical, "\(input)")
        }
        let session = session()
        session.run("set resources deploy/web --limits=cpu=0.5,memory=1024Mi")
        #expect(session.cluster.object(.deployments, namespace: "default", name: "web")?[path: "spec.template.spec.containers"][0]["resources"]
            == ["limits": ["cpu": "500m", "memory": "1Gi"]])
    }

    @Test func containerSelectorsAreWildcards() {
        #expect(SetPodTemplateCommands.matches("nginx", "ng*x"))
        #expect(SetPodTemplateCommands.matches("nginx", "*"))
        #expect(SetPodTemplateCommands.matches("nginx", "n*"))
        #expect(SetPodTemplateCommands.matches("nginx", "*x"))
        #expect(!SetPodTemplateCommands.matches("nginx", "*a*"))
        #expect(!SetPodTemplateCommands.matches("nginx", "nginx2"))
        #expect(SetPodTemplateCommands.matches("a-b-c", "a*b*c"))
        let hostile = String(repeating: "*a", count: 500) + "b"
        #expect(!SetPodTemplateCommands.matches(String(repeating: "a", count: 63), hostile))
    }
}
