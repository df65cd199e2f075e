/// The bad-input catalogue of issue 18: malformed, hostile and absurd input, each with the exact answer.
///
/// Texts are kubectl's and the API server's (checked against kubectl v1.32 run offline with `label --local`
/// for client-side parsing, and against cli-runtime, apimachinery, sigs.k8s.io/yaml and go-yaml sources), or
/// the tutor's own where kubectl has nothing to say (shell syntax, `sleep`, `clock`, our limits). Where the
/// tutor differs from kubectl on purpose or by a library limit, the case says so.
enum BadInputCatalogue {
    /// Every case.
    static let all: [BadInput] = yaml + documents + conversion + names + types + ports + workloads + commandLines + shell + pipes + realFiles

    // MARK: Manifests

    private static func pod(_ name: String = "web", metadata: String = "", container: String = "", spec: String = "") -> String {
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \(name)\n\(metadata)spec:\n\(spec)  containers:\n  - name: c\n    image: nginx\n\(container)"
    }

    private static func deployment(replicas: String = "2", selector: String = "  selector:\n    matchLabels: {app: web}\n", labels: String = "{app: web}", name: String = "web") -> String {
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: \(name)\nspec:\n  replicas: \(replicas)\n\(selector)  template:\n    metadata:\n      labels: \(labels)\n    spec:\n      containers:\n      - name: c\n        image: nginx\n"
    }

    private static func service(_ spec: String, name: String = "web") -> String {
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: \(name)\nspec:\n\(spec)"
    }

    /// `kubectl apply -f x.yaml` of `content`, failing with `stderr`.
    private static func apply(_ name: String, _ content: String, _ stderr: String, knownIssue: String? = nil) -> BadInput {
        BadInput(name: name, line: "kubectl apply -f x.yaml", stderr: stderr + "\n", files: ["x.yaml": content], knownIssue: knownIssue)
    }

    private static func yamlError(_ problem: String, source: String = "x.yaml") -> String {
        "error: error parsing \(source): error converting YAML to JSON: yaml: \(problem)"
    }

    private static func badRequest(_ kind: String, _ problem: String) -> String {
        "Error from server (BadRequest): error when creating \"x.yaml\": \(kind) in version \"v1\" cannot be handled as a \(kind): \(problem)"
    }

    private static let subdomainRule =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    private static let dns1035Rule =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"

    private static func laughs(levels: Int, fanout: Int) -> String {
        var lines = ["  l0: &a0 [" + Array(repeating: "lol", count: fanout).joined(separator: ", ") + "]"]
        for level in 1..<levels {
            lines.append("  l\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: fanout).joined(separator: ", ") + "]")
        }
        return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n" + lines.joined(separator: "\n") + "\n"
    }

    /// Malformed YAML: go-yaml's messages and lines, as sigs.k8s.io/yaml wraps them.
    static let yaml: [BadInput] = [
        apply("a tab in the indentation", "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n", yamlError("line 4: found character that cannot start any token")),
        apply("a key indented too far", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   labels: {}\n", yamlError("line 5: mapping values are not allowed in this context")),
        apply("an unterminated double quote", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"x\n", yamlError("line 5: found unexpected end of stream")),
        apply("an unterminated single quote", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: 'x\n", yamlError("line 5: found unexpected end of stream")),
        apply("an unterminated flow mapping", "apiVersion: v1\nkind: Pod\nmetadata: {name: x\n", yamlError("line 3: did not find expected ',' or '}'")),
        apply("an unterminated flow sequence", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    app: [a\n", yamlError("line 6: did not find expected ',' or ']'")),
        // go-yaml keeps the last of duplicate keys; Yams refuses the document, so the tutor says so in go-yaml's
        // strict-mode words (a known difference from kubectl, which applies `name: y`).
        apply("a duplicate key", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  name: y\n", yamlError("unmarshal errors:\n  line 5: key \"name\" already set in map")),
        apply("an alias bomb (a billion laughs)", laughs(levels: 9, fanout: 9), yamlError("document contains excessive aliasing")),
        apply("an alias bomb of four levels of ten", laughs(levels: 4, fanout: 10), yamlError("document contains excessive aliasing")),
        apply("an alias to an unknown anchor", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: *nope\n", yamlError("line 4: found undefined alias")),
        // go-yaml allows 10,000 levels (encoding/json then refuses the depth); libyaml under Yams stops at 1,000.
        apply("10,000 nested flow sequences", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n",
              yamlError("line 5: exceeded max depth of 1000")),
        apply("10,000 nested flow mappings", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: " + String(repeating: "{a: ", count: 10_000) + "b" + String(repeating: "}", count: 10_000) + "\n",
              yamlError("line 5: exceeded max depth of 1000")),
        apply("1,200 nested block mappings", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n" + (0..<1200).map { String(repeating: "  ", count: $0 + 2) + "a:\n" }.joined(),
              yamlError("line 1003: exceeded max depth of 1000")),
        apply("a NUL byte", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: n\u{0}ul\n", yamlError("control characters are not allowed")),
        apply("a control character", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\u{1}b\n", yamlError("control characters are not allowed")),
        apply("a sequence as a mapping key", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    ? [a, b]\n    : c\n", yamlError("invalid map key: []interface {}{\"a\", \"b\"}")),
        apply("a mapping as a mapping key", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    ? {a: 1}\n    : c\n", yamlError("invalid map key: map[interface {}]interface {}{\"a\":1}")),
    ]

    /// Documents that are not objects kubectl can map.
    static let documents: [BadInput] = [
        apply("a document that is a list", "- a\n- b\n", "error: unable to decode \"x.yaml\": json: cannot unmarshal array into Go value of type unstructured.detector"),
        apply("a document that is a string", "hello\n", "error: unable to decode \"x.yaml\": json: cannot unmarshal string into Go value of type unstructured.detector"),
        apply("a document that is a number", "42\n", "error: unable to decode \"x.yaml\": json: cannot unmarshal number into Go value of type unstructured.detector"),
        apply("an empty file", "", "error: no objects passed to apply"),
        apply("a file of comments", "# nothing here\n# at all\n", "error: no objects passed to apply"),
        apply("a file of separators", "---\n---\n---\n", "error: no objects passed to apply"),
        apply("no kind", "apiVersion: v1\nmetadata: {name: web}\n", "error: unable to decode \"x.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web\"}}'"),
        apply("no apiVersion", "kind: Pod\nmetadata: {name: web}\n", "error: unable to decode \"x.yaml\": Object 'apiVersion' is missing in '{\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\"}}'"),
        apply("an unknown apiVersion", "apiVersion: v9\nkind: Pod\nmetadata: {name: web}\n",
              "error: resource mapping not found for name: \"web\" namespace: \"\" from \"x.yaml\": no matches for kind \"Pod\" in version \"v9\"\nensure CRDs are installed first"),
        apply("an unknown kind", "apiVersion: v1\nkind: Podd\nmetadata: {name: web}\n",
              "error: resource mapping not found for name: \"web\" namespace: \"\" from \"x.yaml\": no matches for kind \"Podd\" in version \"v1\"\nensure CRDs are installed first"),
        apply("a kind in the wrong group", "apiVersion: v1\nkind: Deployment\nmetadata: {name: web}\n",
              "error: resource mapping not found for name: \"web\" namespace: \"\" from \"x.yaml\": no matches for kind \"Deployment\" in version \"v1\"\nensure CRDs are installed first"),
        BadInput(name: "a namespace that contradicts -n", line: "kubectl apply -n other -f x.yaml",
                 stderr: "error: the namespace from the provided object \"prod\" does not match the namespace \"other\". You must pass '--namespace=prod' to perform this operation.\n",
                 files: ["x.yaml": pod(metadata: "  namespace: prod\n")]),
    ]

    /// Values the YAML-to-JSON conversion or typed decoding refuses (replicas at every kind of wrong).
    static let conversion: [BadInput] = [
        apply("replicas: .inf", deployment(replicas: ".inf"), "error: error parsing x.yaml: error converting YAML to JSON: json: unsupported value: +Inf"),
        apply("replicas: -.inf", deployment(replicas: "-.inf"), "error: error parsing x.yaml: error converting YAML to JSON: json: unsupported value: -Inf"),
        apply("replicas: .nan", deployment(replicas: ".nan"), "error: error parsing x.yaml: error converting YAML to JSON: json: unsupported value: NaN"),
        apply("replicas: \"3\"", deployment(replicas: "\"3\""), badRequest("Deployment", "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32")),
        apply("replicas: three", deployment(replicas: "three"), badRequest("Deployment", "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32")),
        // go-yaml's resolver leaves a float it cannot parse as a string.
        apply("replicas: 1e400", deployment(replicas: "1e400"), badRequest("Deployment", "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32")),
        apply("replicas: 3.5", deployment(replicas: "3.5"), badRequest("Deployment", "json: cannot unmarshal number 3.5 into Go struct field DeploymentSpec.spec.replicas of type int32")),
        apply("replicas: [1]", deployment(replicas: "[1]"), badRequest("Deployment", "json: cannot unmarshal array into Go struct field DeploymentSpec.spec.replicas of type int32")),
        apply("replicas: {a: 1}", deployment(replicas: "{a: 1}"), badRequest("Deployment", "json: cannot unmarshal object into Go struct field DeploymentSpec.spec.replicas of type int32")),
        apply("replicas: true", deployment(replicas: "true"), badRequest("Deployment", "json: cannot unmarshal bool into Go struct field DeploymentSpec.spec.replicas of type int32")),
        apply("replicas beyond int32", deployment(replicas: "3000000000"), badRequest("Deployment", "json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32")),
        apply("negative replicas", deployment(replicas: "-1"), "The Deployment \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0"),
        apply("replicas beyond the simulation's limit", deployment(replicas: "100001"),
              "The Deployment \"web\" is invalid: spec.replicas: Invalid value: 100001: must be less than or equal to 100000 (the most replicas k8s-tutor's simulated cluster runs per workload)"),
    ]

    /// Names and labels the API server's ObjectMeta validation refuses.
    static let names: [BadInput] = [
        apply("no name", "apiVersion: v1\nkind: Pod\nmetadata: {}\nspec:\n  containers: [{name: c, image: nginx}]\n",
              "The Pod \"\" is invalid: metadata.name: Required value: name or generateName is required"),
        apply("a name of 254 characters", pod(String(repeating: "a", count: 254)),
              "The Pod \"\(String(repeating: "a", count: 254))\" is invalid: metadata.name: Invalid value: \"\(String(repeating: "a", count: 254))\": must be no more than 253 characters"),
        apply("an uppercase name", pod("Web"), "The Pod \"Web\" is invalid: metadata.name: Invalid value: \"Web\": \(subdomainRule)"),
        apply("an underscore in a name", pod("web_1"), "The Pod \"web_1\" is invalid: metadata.name: Invalid value: \"web_1\": \(subdomainRule)"),
        apply("a name starting with a dash", pod("-web"), "The Pod \"-web\" is invalid: metadata.name: Invalid value: \"-web\": \(subdomainRule)"),
        apply("a dot in a Service name", service("  ports: [{port: 80}]\n", name: "a.b"), "The Service \"a.b\" is invalid: metadata.name: Invalid value: \"a.b\": \(dns1035Rule)"),
        apply("a Service name of 64 characters", service("  ports: [{port: 80}]\n", name: String(repeating: "s", count: 64)),
              "The Service \"\(String(repeating: "s", count: 64))\" is invalid: metadata.name: Invalid value: \"\(String(repeating: "s", count: 64))\": must be no more than 63 characters"),
        apply("a Service name starting with a digit", service("  ports: [{port: 80}]\n", name: "1web"), "The Service \"1web\" is invalid: metadata.name: Invalid value: \"1web\": \(dns1035Rule)"),
        apply("a space in a label key", pod(metadata: "  labels: {\"Bad Key\": v}\n"),
              "The Pod \"web\" is invalid: metadata.labels: Invalid value: \"Bad Key\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"),
        apply("a label value of 64 characters", pod(metadata: "  labels: {app: \(String(repeating: "v", count: 64))}\n"),
              "The Pod \"web\" is invalid: metadata.labels: Invalid value: \"\(String(repeating: "v", count: 64))\": must be no more than 63 characters"),
        apply("an escape sequence in a label value", pod(metadata: "  labels: {app: \"a\\e[2J\"}\n"),
              "The Pod \"web\" is invalid: metadata.labels: Invalid value: \"a\\x1b[2J\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        apply("an escape sequence in a name", pod("\"web\\e]0;title\\a\""),
              "The Pod \"web\u{1B}]0;title\u{7}\" is invalid: metadata.name: Invalid value: \"web\\x1b]0;title\\a\": \(subdomainRule)"),
    ]

    /// Wrong types at every level of an object (typed decoding, as the API server's decoder words them).
    static let types: [BadInput] = [
        apply("labels as a list", pod(metadata: "  labels: [a]\n"), badRequest("Pod", "json: cannot unmarshal array into Go struct field ObjectMeta.metadata.labels of type map[string]string")),
        apply("an annotation that is a number", pod(metadata: "  annotations: {a: 1}\n"), badRequest("Pod", "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.annotations of type string")),
        apply("spec as a list", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: [1]\n", badRequest("Pod", "json: cannot unmarshal array into Go struct field Pod.spec of type v1.PodSpec")),
        apply("containers as a mapping", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: {name: c}\n",
              badRequest("Pod", "json: cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container")),
        apply("an image as a list", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: c, image: [nginx]}]\n",
              badRequest("Pod", "json: cannot unmarshal array into Go struct field Container.spec.containers.image of type string")),
        apply("a containerPort as a string", pod(container: "    ports:\n    - containerPort: \"80\"\n"),
              badRequest("Pod", "json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32")),
        apply("an unknown field", pod(spec: "  bogusField: 1\n"), badRequest("Pod", "strict decoding error: unknown field \"spec.bogusField\"")),
        apply("no containers", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: []\n", "The Pod \"web\" is invalid: spec.containers: Required value"),
        apply("a container without an image", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: c}]\n", "The Pod \"web\" is invalid: spec.containers[0].image: Required value"),
        apply("two containers with one name", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: c, image: nginx}, {name: c, image: nginx}]\n",
              "The Pod \"web\" is invalid: spec.containers[1].name: Duplicate value: \"c\""),
    ]

    /// Ports out of range.
    static let ports: [BadInput] = [
        apply("containerPort 70000", pod(container: "    ports:\n    - containerPort: 70000\n"),
              "The Pod \"web\" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"),
        apply("a negative containerPort", pod(container: "    ports:\n    - containerPort: -1\n"),
              "The Pod \"web\" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: -1: must be between 1 and 65535, inclusive"),
        // The targetPort defaults to the port (SetDefaults_Service), so it is out of range too.
        apply("Service port 0", service("  ports: [{port: 0}]\n"),
              "The Service \"web\" is invalid: \n* spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive"),
        apply("Service port 65536", service("  ports: [{port: 65536}]\n"),
              "The Service \"web\" is invalid: \n* spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 65536: must be between 1 and 65535, inclusive"),
        apply("Service targetPort 70000", service("  ports: [{port: 80, targetPort: 70000}]\n"),
              "The Service \"web\" is invalid: spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive"),
        apply("an unknown Service type", service("  type: Bogus\n  ports: [{port: 80}]\n"),
              "The Service \"web\" is invalid: spec.type: Unsupported value: \"Bogus\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\""),
    ]

    /// Deployment rules: selectors and templates.
    static let workloads: [BadInput] = [
        apply("a selector that does not match the template", deployment(labels: "{app: other}"),
              "The Deployment \"web\" is invalid: spec.template.metadata.labels: Invalid value: {\"app\":\"other\"}: `selector` does not match template `labels`"),
        apply("no selector", deployment(selector: ""),
              "The Deployment \"web\" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`"),
        apply("an empty selector", deployment(selector: "  selector: {}\n"), "The Deployment \"web\" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for deployment"),
    ]

    /// Command lines kubectl refuses.
    static let commandLines: [BadInput] = [
        BadInput(name: "an unknown flag", line: "kubectl get pods --bogus", stderr: "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n"),
        BadInput(name: "an unknown shorthand flag", line: "kubectl get pods -z", stderr: "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n"),
        BadInput(name: "an unknown output format", line: "kubectl get pods -o bogus",
                 stderr: "error: unable to match a printer suitable for the output format \"bogus\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml\n"),
        BadInput(name: "a replica count that is not a number", line: "kubectl scale deployment web --replicas=abc",
                 stderr: "error: invalid argument \"abc\" for \"--replicas\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax\nSee 'kubectl scale --help' for usage.\n"),
        BadInput(name: "a negative replica count", line: "kubectl scale deployment web --replicas=-1",
                 stderr: "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n"),
        BadInput(name: "a replica count beyond int32", line: "kubectl scale deployment web --replicas=3000000000",
                 stderr:
                     // kubectl sends a merge patch; the API server cannot decode the patched Scale (jsonPatcher).
                     "The request is invalid: patch: Invalid value: \"{\\\"apiVersion\\\":\\\"autoscaling/v1\\\",\\\"kind\\\":\\\"Scale\\\",\\\"metadata\\\":{\\\"creationTimestamp\\\":\\\"2026-11-28T12:00:00Z\\\",\\\"name\\\":\\\"web\\\",\\\"namespace\\\":\\\"default\\\",\\\"resourceVersion\\\":\\\"199\\\",\\\"uid\\\":\\\"35e1803b-f458-4807-ad0d-723fd1859e5b\\\"},\\\"spec\\\":{\\\"replicas\\\":3000000000},\\\"status\\\":{\\\"replicas\\\":2,\\\"selector\\\":\\\"app=web\\\"}}\": json: cannot unmarshal number 3000000000 into Go struct field ScaleSpec.spec.replicas of type int32\n", files: ["web.yaml": deployment()], setup: ["kubectl apply -f web.yaml"]),
        BadInput(name: "a timeout that is not a duration", line: "kubectl delete pod web --timeout=abc",
                 stderr: "error: invalid argument \"abc\" for \"--timeout\" flag: time: invalid duration \"abc\"\nSee 'kubectl delete --help' for usage.\n"),
        BadInput(name: "an unknown resource type", line: "kubectl get foos", stderr: "error: the server doesn't have a resource type \"foos\"\n"),
        BadInput(name: "an unbalanced set in a label selector", line: "kubectl get pods -l 'a in (b'", stderr: "error: unable to parse requirement: found '', expected: ',' or ')'\n"),
        BadInput(name: "a label selector of bangs", line: "kubectl get pods -l '!!'", stderr: "error: unable to parse requirement: found '!', expected: identifier\n"),
        BadInput(name: "a label selector key of 70 characters", line: "kubectl get pods -l " + String(repeating: "k", count: 70),
                 stderr: "error: unable to parse requirement: key: Invalid value: \"\(String(repeating: "k", count: 70))\": name part must be no more than 63 characters\n"),
        BadInput(name: "an unterminated jsonpath filter", line: "kubectl get pods -o 'jsonpath={.items[?(@.x=='", stderr: "error: error parsing jsonpath {.items[?(@.x==, unterminated filter\n"),
        BadInput(name: "an unsupported field selector", line: "kubectl get pods --field-selector=bogus=1",
                 stderr: "Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" that match label selector \"\", field selector \"bogus=1\": field label not supported: bogus\n"),
        BadInput(name: "deleting a Pod that does not exist", line: "kubectl delete pod nothere", stderr: "Error from server (NotFound): pods \"nothere\" not found\n"),
        BadInput(name: "deleting two Deployments that do not exist", line: "kubectl delete deployment a b",
                 stderr: "Error from server (NotFound): deployments.apps \"a\" not found\nError from server (NotFound): deployments.apps \"b\" not found\n"),
        BadInput(name: "scaling a Deployment that does not exist", line: "kubectl scale deployment nothere --replicas=2",
                 stderr: "Error from server (NotFound): deployments.apps \"nothere\" not found\n"),
        BadInput(name: "a file that does not exist", line: "kubectl apply -f missing.yaml", stderr: "error: the path \"missing.yaml\" does not exist\n"),
        BadInput(name: "a one-megabyte name", line: "kubectl get pod " + String(repeating: "a", count: 1 << 20),
                 stderr: "Error from server (NotFound): pods \"\(String(repeating: "a", count: 1 << 20))\" not found\n"),
    ]

    /// The shell language: quoting, sleep and clock.
    static let shell: [BadInput] = [
        BadInput(name: "an unbalanced double quote", line: "kubectl get pods \"web", stderr: "error: unexpected EOF while looking for matching `\"'\n"),
        BadInput(name: "an unbalanced single quote", line: "kubectl get pods 'web", stderr: "error: unexpected EOF while looking for matching `''\n"),
        BadInput(name: "sleep -5", line: "sleep -5", stderr: "sleep: invalid time interval '-5'\nTry 'sleep --help' for more information.\n"),
        BadInput(name: "sleep 99999h", line: "sleep 99999h", stderr: "sleep: at most 30d of virtual time can pass in one sleep\n"),
        BadInput(name: "sleep of a word", line: "sleep abc", stderr: "sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n"),
        BadInput(name: "clock speed 1e308", line: "clock speed 1e308", stderr: "clock: speed must be a number from 0.1 to 1000, e.g. clock speed 10\n"),
        BadInput(name: "clock speed nan", line: "clock speed nan", stderr: "clock: speed must be a number from 0.1 to 1000, e.g. clock speed 10\n"),
        BadInput(name: "clock speed -1", line: "clock speed -1", stderr: "clock: speed must be a number from 0.1 to 1000, e.g. clock speed 10\n"),
    ]

    /// Pipes into the built-in filters: GNU grep/coreutils' and jq 1.6's own messages and statuses (checked
    /// against the real tools), the tutor's where a command after `|` is not a filter.
    static let pipes: [BadInput] = [
        BadInput(name: "head -n of a word", line: "echo x | head -n abc", stderr: "head: invalid number of lines: ‘abc’\n"),
        BadInput(name: "tail -n +word", line: "echo x | tail -n +x", stderr: "tail: invalid number of lines: ‘+x’\n"),
        BadInput(name: "grep of a lone [", line: "echo x | grep '['", stderr: "grep: Invalid regular expression\n", exitCode: 2),
        BadInput(name: "grep -E of an unmatched (", line: "echo x | grep -E '('", stderr: "grep: Unmatched ( or \\(\n", exitCode: 2),
        BadInput(name: "grep of an unmatched \\{", line: "echo x | grep 'a\\{1'", stderr: "grep: Unmatched \\{\n", exitCode: 2),
        BadInput(name: "grep with an unknown flag", line: "echo x | grep -Q x",
                 stderr: "grep: invalid option -- 'Q'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", exitCode: 2),
        BadInput(name: "grep -e without a pattern", line: "echo x | grep -e",
                 stderr: "grep: option requires an argument -- 'e'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", exitCode: 2),
        BadInput(name: "sort -k 0", line: "echo x | sort -k 0", stderr: "sort: field number is zero: invalid field specification ‘0’\n", exitCode: 2),
        BadInput(name: "sort -t of two characters", line: "echo x | sort -t ab", stderr: "sort: multi-character tab ‘ab’\n", exitCode: 2),
        BadInput(name: "cut of a decreasing range", line: "echo x | cut -f 3-1", stderr: "cut: invalid decreasing range\nTry 'cut --help' for more information.\n"),
        BadInput(name: "cut without a list", line: "echo x | cut -d :",
                 stderr: "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n"),
        BadInput(name: "uniq with an unknown flag", line: "echo x | uniq -x", stderr: "uniq: invalid option -- 'x'\nTry 'uniq --help' for more information.\n"),
        BadInput(name: "wc with an unknown long option", line: "echo x | wc --bogus", stderr: "wc: unrecognized option '--bogus'\nTry 'wc --help' for more information.\n"),
        BadInput(name: "jq of text that is not JSON", line: "echo NAME READY | jq .", stderr: "parse error: Invalid numeric literal at line 1, column 5\n", exitCode: 4),
        BadInput(name: "jq with a dangling pipe", line: "echo 1 | jq '.a |'",
                 stderr: "jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n.a |   \njq: 1 compile error\n", exitCode: 3),
        BadInput(name: "jq indexing a number", line: "echo '{\"a\":1}' | jq .a.b", stderr: "jq: error (at <stdin>:1): Cannot index number with string \"b\"\n", exitCode: 5),
        BadInput(name: "jq of an undefined function", line: "echo 1 | jq foo", stderr: "jq: error: foo/0 is not defined at <top-level>, line 1:\nfoo\njq: 1 compile error\n", exitCode: 3),
        BadInput(name: "awk beyond the supported subset", line: "echo 1 | awk '{s += $1} END {print s}'",
                 stderr: "awk: k8s-tutor's built-in awk runs only simple programs such as '{print $1}', '{print $1, $3}', '{print $NF}', 'NR>1', '/Running/ {print $1}' and '$3 == \"Running\"', not ‘{s += $1} END {print s}’\n", exitCode: 2),
        BadInput(name: "a pipe into less", line: "kubectl get pods | less",
                 stderr: "error: \"less\" after '|' is not one of k8s-tutor's built-in filters: grep, head, tail, wc, sort, uniq, cut, awk, jq (they run inside the tutor, never as host commands)\n"),
        BadInput(name: "a pipe into xargs to delete", line: "kubectl get pods -o name | xargs kubectl delete",
                 stderr: "error: \"xargs\" after '|' is not one of k8s-tutor's built-in filters: grep, head, tail, wc, sort, uniq, cut, awk, jq (they run inside the tutor, never as host commands)\n",
                 files: ["web.yaml": pod()], setup: ["kubectl apply -f web.yaml"]),
        BadInput(name: "a pipe with nothing after it", line: "kubectl get pods |", stderr: "error: syntax error: a command must follow '|'\n", exitCode: 2),
        BadInput(name: "a pipe with nothing before it", line: "| grep x", stderr: "error: syntax error near unexpected token `|'\n", exitCode: 2),
    ]

    /// Real folders: links, loops, FIFOs, bytes and sizes.
    static let realFiles: [BadInput] = [
        BadInput(name: "a folder of files without manifest extensions", line: "kubectl apply -f notes",
                 stderr: "error: error reading [notes]: recognized file extensions are [.json .yaml .yml]\n",
                 realFiles: ["notes": .directory, "notes/readme.txt": .text("hello\n"), "notes/web.yaml.bak": .text(pod())]),
        BadInput(name: "an empty folder", line: "kubectl apply -R -f empty",
                 stderr: "error: error reading [empty]: recognized file extensions are [.json .yaml .yml]\n", realFiles: ["empty": .directory]),
        BadInput(name: "a link to a folder given as the path", line: "kubectl apply -f link",
                 stderr: "error: error parsing link: read link: is a directory\n", realFiles: ["dir": .directory, "dir/a.txt": .text(""), "link": .symlink(to: "dir")]),
        BadInput(name: "a link to a folder named like a manifest", line: "kubectl apply -R -f dir",
                 stderr: "error: error parsing dir/x.yaml: read dir/x.yaml: is a directory\n", realFiles: ["dir": .directory, "dir/x.yaml": .symlink(to: "..")]),
        BadInput(name: "a FIFO named like a manifest", line: "kubectl apply -f pipe.yaml", stderr: "error: open pipe.yaml: not a regular file\n", realFiles: ["pipe.yaml": .fifo]),
        BadInput(name: "a 50 MB file", line: "kubectl apply -f big.yaml", stderr: "error: open big.yaml: file is larger than 8 MiB\n", realFiles: ["big.yaml": .large(50 << 20)]),
        // Bytes that are not UTF-8 read as U+FFFD, as kubectl's conversion shows them; the name is then invalid.
        BadInput(name: "bytes that are not UTF-8 in a name", line: "kubectl apply -f bytes.yaml",
                 stderr: "The Pod \"\u{FFFD}(ab\" is invalid: metadata.name: Invalid value: \"\u{FFFD}(ab\": \(subdomainRule)\n",
                 realFiles: ["bytes.yaml": .bytes(Array("apiVersion: v1\nkind: Pod\nmetadata:\n  name: ".utf8) + [0xC3, 0x28] + Array("ab\nspec:\n  containers: [{name: c, image: nginx}]\n".utf8))]),
        BadInput(name: "cat of a FIFO", line: "cat pipe", stderr: "cat: pipe: not a regular file\n", realFiles: ["pipe": .fifo]),
    ]
}
