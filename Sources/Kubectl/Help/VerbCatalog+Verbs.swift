/// The verbs that change or inspect objects beyond get/apply: `patch`, `replace`, `cordon`, `uncordon`, `taint`,
/// `top`, `auth`, `set env`, `set resources` and `diff`, with kubectl v1.32's help texts (`kubectl … --help`).
extension VerbCatalog {
    /// `kubectl patch`.
    static let patch = VerbSpec(
        path: ["patch"], summary: "Update fields of a resource",
        long: """
        Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

         JSON and YAML formats are accepted.

         Note: Strategic merge patch is not supported for custom resources.
        """,
        examples: """
          # Partially update a node using a strategic merge patch, specifying the patch as JSON
          kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'
          \("")
          # Partially update a node using a strategic merge patch, specifying the patch as YAML
          kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'
          \("")
          # Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
          kubectl patch -f node.json -p '{"spec":{"unschedulable":true}}'
          \("")
          # Update a container's image; spec.containers[*].name is required because it's a merge key
          kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'
          \("")
          # Update a container's image using a JSON patch with positional arrays
          kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'
          \("")
          # Update a deployment's replicas through the 'scale' subresource using a merge patch
          kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}'

        """,
        usage: "kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]",
        flags: [
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."),
            FlagSpec("field-manager", nil, .string, default: "kubectl-patch", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files identifying the resource to update"),
            FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("local", nil, .bool, "If true, patch will operate on the content of the file, not the server-side resource."),
            FlagSpec("output", "o", .string, "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."),
            FlagSpec("patch", "p", .string, "The patch to be applied to the resource JSON file."),
            FlagSpec("patch-file", nil, .string, "A file containing a patch to be applied to the resource."),
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("subresource", nil, .string, "If specified, patch will operate on the subresource of the requested object. This flag is beta and may change in the future."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
            FlagSpec("type", nil, .string, default: "strategic", "The type of patch being provided; one of [json merge strategic]"),
        ])

    /// `kubectl replace`.
    static let replace = VerbSpec(
        path: ["replace"], summary: "Replace a resource by file name or stdin",
        long: """
        Replace a resource by file name or stdin.

         JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by

                $ kubectl get TYPE NAME -o yaml
        """,
        examples: """
          # Replace a pod using the data in pod.json
          kubectl replace -f ./pod.json
          \("")
          # Replace a pod based on the JSON passed into stdin
          cat pod.json | kubectl replace -f -
          \("")
          # Update a single-container pod's image version (tag) to v4
          kubectl get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | kubectl replace -f -
          \("")
          # Force replace, delete and then re-create the resource
          kubectl replace --force -f ./pod.json

        """,
        usage: "kubectl replace -f FILENAME [options]",
        flags: [
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            FlagSpec("cascade", nil, .string, default: "background", "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background."),
            FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."),
            FlagSpec("field-manager", nil, .string, default: "kubectl-replace", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "The files that contain the configurations to replace."),
            FlagSpec("force", nil, .bool, "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."),
            FlagSpec("grace-period", nil, .int, default: "-1", "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."),
            FlagSpec("kustomize", "k", .string, "Process a kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("output", "o", .string, "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."),
            FlagSpec("raw", nil, .string, "Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file."),
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("save-config", nil, .bool, "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("subresource", nil, .string, "If specified, replace will operate on the subresource of the requested object. This flag is beta and may change in the future."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
            FlagSpec("timeout", nil, .duration, "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object"),
            FlagSpec("validate", nil, .string, default: "strict", "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."),
            FlagSpec("wait", nil, .bool, "If true, wait for resources to be gone before returning. This waits for finalizers."),
        ])

    /// `kubectl cordon`.
    static let cordon = VerbSpec(
        path: ["cordon"], summary: "Mark node as unschedulable",
        long: """
        Mark node as unschedulable.
        """,
        examples: """
          # Mark node "foo" as unschedulable
          kubectl cordon foo

        """,
        usage: "kubectl cordon NODE [options]",
        flags: [
            FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
        ])

    /// `kubectl uncordon`.
    static let uncordon = VerbSpec(
        path: ["uncordon"], summary: "Mark node as schedulable",
        long: """
        Mark node as schedulable.
        """,
        examples: """
          # Mark node "foo" as schedulable
          kubectl uncordon foo

        """,
        usage: "kubectl uncordon NODE [options]",
        flags: [
            FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
        ])

    /// `kubectl taint`.
    static let taint = VerbSpec(
        path: ["taint"], summary: "Update the taints on one or more nodes",
        long: """
        Update the taints on one or more nodes.

          *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.
          *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.
          *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
          *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.
          *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.
          *  Currently taint can only apply to node.
        """,
        examples: """
          # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'
          # If a taint with that key and effect already exists, its value is replaced as specified
          kubectl taint nodes foo dedicated=special-user:NoSchedule
          \("")
          # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists
          kubectl taint nodes foo dedicated:NoSchedule-
          \("")
          # Remove from node 'foo' all the taints with key 'dedicated'
          kubectl taint nodes foo dedicated-
          \("")
          # Add a taint with key 'dedicated' on nodes having label myLabel=X
          kubectl taint node -l myLabel=X  dedicated=foo:PreferNoSchedule
          \("")
          # Add to node 'foo' a taint with key 'bar' and no value
          kubectl taint nodes foo bar:NoSchedule

        """,
        usage: "kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]",
        flags: [
            FlagSpec("all", nil, .bool, "Select all nodes in the cluster"),
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."),
            FlagSpec("field-manager", nil, .string, default: "kubectl-taint", "Name of the manager used to track field ownership."),
            FlagSpec("output", "o", .string, "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."),
            FlagSpec("overwrite", nil, .bool, "If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints."),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
            FlagSpec("validate", nil, .string, default: "strict", "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."),
        ])

    /// `kubectl top`.
    static let top = VerbSpec(
        path: ["top"], summary: "Display resource (CPU/memory) usage",
        long: """
        Display resource (CPU/memory) usage.

         The top command allows you to see the resource consumption for nodes or pods.

         This command requires Metrics Server to be correctly configured and working on the server.
        """,
        usage: "kubectl top [flags] [options]",
        subcommands: [("node", "Display resource (CPU/memory) usage of nodes"), ("pod", "Display resource (CPU/memory) usage of pods")])

    /// `kubectl top node`.
    static let topNode = VerbSpec(
        path: ["top", "node"], summary: "Display resource (CPU/memory) usage of nodes",
        long: """
        Display resource (CPU/memory) usage of nodes.

         The top-node command allows you to see the resource consumption of nodes.
        """,
        aliases: ["node", "nodes", "no"],
        examples: """
          # Show metrics for all nodes
          kubectl top node
          \("")
          # Show metrics for a given node
          kubectl top node NODE_NAME

        """,
        usage: "kubectl top node [NAME | -l label] [options]",
        flags: [
            FlagSpec("no-headers", nil, .bool, "If present, print output without headers"),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
            FlagSpec("show-capacity", nil, .bool, "Print node resources based on Capacity instead of Allocatable(default) of the nodes."),
            // kubectl v1.35's flag (top_node.go), not yet in v1.32's help.
            FlagSpec("show-swap", nil, .bool, "Print node resources related to swap memory."),
            FlagSpec("sort-by", nil, .string, "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'."),
            FlagSpec("use-protocol-buffers", nil, .bool, default: "true", "Enables using protocol-buffers to access Metrics API."),
        ])

    /// `kubectl top pod`.
    static let topPod = VerbSpec(
        path: ["top", "pod"], summary: "Display resource (CPU/memory) usage of pods",
        long: """
        Display resource (CPU/memory) usage of pods.

         The 'top pod' command allows you to see the resource consumption of pods.

         Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.
        """,
        aliases: ["pod", "pods", "po"],
        examples: """
          # Show metrics for all pods in the default namespace
          kubectl top pod
          \("")
          # Show metrics for all pods in the given namespace
          kubectl top pod --namespace=NAMESPACE
          \("")
          # Show metrics for a given pod and its containers
          kubectl top pod POD_NAME --containers
          \("")
          # Show metrics for the pods defined by label name=myLabel
          kubectl top pod -l name=myLabel

        """,
        usage: "kubectl top pod [NAME | -l label] [options]",
        flags: [
            FlagSpec("all-namespaces", "A", .bool, "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace."),
            FlagSpec("containers", nil, .bool, "If present, print usage of containers within a pod."),
            FlagSpec("field-selector", nil, .string, "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type."),
            FlagSpec("no-headers", nil, .bool, "If present, print output without headers."),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
            // kubectl v1.35's flag (top_pod.go), not yet in v1.32's help.
            FlagSpec("show-swap", nil, .bool, "Print pod resources related to swap memory."),
            FlagSpec("sort-by", nil, .string, "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'."),
            FlagSpec("sum", nil, .bool, "Print the sum of the resource usage"),
            FlagSpec("use-protocol-buffers", nil, .bool, default: "true", "Enables using protocol-buffers to access Metrics API."),
        ])

    /// `kubectl auth`.
    static let auth = VerbSpec(
        path: ["auth"], summary: "Inspect authorization",
        long: """
        Inspect authorization.
        """,
        usage: "kubectl auth [flags] [options]",
        subcommands: [("can-i", "Check whether an action is allowed"), ("reconcile", "Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects"), ("whoami", "Experimental: Check self subject attributes")])

    /// `kubectl auth can-i`.
    static let authCanI = VerbSpec(
        path: ["auth", "can-i"], summary: "Check whether an action is allowed",
        long: """
        Check whether an action is allowed.

         VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with "/". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.
        """,
        examples: """
          # Check to see if I can create pods in any namespace
          kubectl auth can-i create pods --all-namespaces
          \("")
          # Check to see if I can list deployments in my current namespace
          kubectl auth can-i list deployments.apps
          \("")
          # Check to see if service account "foo" of namespace "dev" can list pods in the namespace "prod"
          # You must be allowed to use impersonation for the global option "--as"
          kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod
          \("")
          # Check to see if I can do everything in my current namespace ("*" means all)
          kubectl auth can-i '*' '*'
          \("")
          # Check to see if I can get the job named "bar" in namespace "foo"
          kubectl auth can-i list jobs.batch/bar -n foo
          \("")
          # Check to see if I can read pod logs
          kubectl auth can-i get pods --subresource=log
          \("")
          # Check to see if I can access the URL /logs/
          kubectl auth can-i get /logs/
          \("")
          # Check to see if I can approve certificates.k8s.io
          kubectl auth can-i approve certificates.k8s.io
          \("")
          # List all allowed actions in namespace "foo"
          kubectl auth can-i --list --namespace=foo

        """,
        usage: "kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]",
        flags: [
            FlagSpec("all-namespaces", "A", .bool, "If true, check the specified action in all namespaces."),
            FlagSpec("list", nil, .bool, "If true, prints all allowed actions."),
            FlagSpec("no-headers", nil, .bool, "If true, prints allowed actions without headers"),
            FlagSpec("quiet", "q", .bool, "If true, suppress output and just return the exit code."),
            FlagSpec("subresource", nil, .string, "SubResource such as pod/log or deployment/scale"),
        ])

    /// `kubectl auth whoami`.
    static let authWhoami = VerbSpec(
        path: ["auth", "whoami"], summary: "Experimental: Check self subject attributes",
        long: """
        Experimental: Check who you are and your attributes (groups, extra).

                This command is helpful to get yourself aware of the current user attributes,
                especially when dynamic authentication, e.g., token webhook, auth proxy, or OIDC provider,
                is enabled in the Kubernetes cluster.
        """,
        examples: """
          # Get your subject attributes
          kubectl auth whoami
          \("")
          # Get your subject attributes in JSON format
          kubectl auth whoami -o json

        """,
        usage: "kubectl auth whoami [options]",
        flags: [
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            FlagSpec("output", "o", .string, "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
        ])

    /// `kubectl set env`.
    static let setEnv = VerbSpec(
        path: ["set", "env"], summary: "Update environment variables on a pod template",
        long: """
        Update environment variables on a pod template.

         List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.

         If "--env -" is passed, environment variables can be read from STDIN using the standard env syntax.

         Possible resources include (case insensitive):

                pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)
        """,
        examples: """
          # Update deployment 'registry' with a new environment variable
          kubectl set env deployment/registry STORAGE_DIR=/local
          \("")
          # List the environment variables defined on a deployments 'sample-build'
          kubectl set env deployment/sample-build --list
          \("")
          # List the environment variables defined on all pods
          kubectl set env pods --all --list
          \("")
          # Output modified deployment in YAML, and does not alter the object on the server
          kubectl set env deployment/sample-build STORAGE_DIR=/data -o yaml
          \("")
          # Update all containers in all replication controllers in the project to have ENV=prod
          kubectl set env rc --all ENV=prod
          \("")
          # Import environment from a secret
          kubectl set env --from=secret/mysecret deployment/myapp
          \("")
          # Import environment from a config map with a prefix
          kubectl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp
          \("")
          # Import specific keys from a config map
          kubectl set env --keys=my-example-key --from=configmap/myconfigmap deployment/myapp
          \("")
          # Remove the environment variable ENV from container 'c1' in all deployment configs
          kubectl set env deployments --all --containers="c1" ENV-
          \("")
          # Remove the environment variable ENV from a deployment definition on disk and
          # update the deployment config on the server
          kubectl set env -f deploy.json ENV-
          \("")
          # Set some of the local shell environment into a deployment config on the server
          env | grep RAILS_ | kubectl set env -e - deployment/registry

        """,
        usage: "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]",
        flags: [
            FlagSpec("all", nil, .bool, "If true, select all resources in the namespace of the specified resource types"),
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            FlagSpec("containers", "c", .string, default: "*", "The names of containers in the selected pod templates to change - may use wildcards"),
            FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."),
            FlagSpec("env", "e", .stringArray, "Specify a key-value pair for an environment variable to set into each container."),
            FlagSpec("field-manager", nil, .string, default: "kubectl-set", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files the resource to update the env"),
            FlagSpec("from", nil, .string, "The name of a resource from which to inject environment variables"),
            FlagSpec("keys", nil, .stringArray, "Comma-separated list of keys to import from specified resource"),
            FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("list", nil, .bool, "If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env."),
            FlagSpec("local", nil, .bool, "If true, set env will NOT contact api-server but run locally."),
            FlagSpec("output", "o", .string, "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."),
            FlagSpec("overwrite", nil, .bool, default: "true", "If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment."),
            FlagSpec("prefix", nil, .string, "Prefix to append to variable names"),
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("resolve", nil, .bool, "If true, show secret or configmap references when listing variables"),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
        ])

    /// `kubectl set resources`.
    static let setResources = VerbSpec(
        path: ["set", "resources"], summary: "Update resource requests/limits on objects with pod templates",
        long: """
        Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.

         For each compute resource, if a limit is specified and a request is omitted, the request will default to the limit.

         Possible resources include (case insensitive): Use "kubectl api-resources" for a complete list of supported resources..
        """,
        examples: """
          # Set a deployments nginx container cpu limits to "200m" and memory to "512Mi"
          kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi
          \("")
          # Set the resource request and limits for all containers in nginx
          kubectl set resources deployment nginx --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi
          \("")
          # Remove the resource requests for resources on containers in nginx
          kubectl set resources deployment nginx --limits=cpu=0,memory=0 --requests=cpu=0,memory=0
          \("")
          # Print the result (in yaml format) of updating nginx container limits from a local, without hitting the server
          kubectl set resources -f path/to/file.yaml --limits=cpu=200m,memory=512Mi --local -o yaml

        """,
        usage: "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]",
        flags: [
            FlagSpec("all", nil, .bool, "Select all resources, in the namespace of the specified resource types"),
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            FlagSpec("containers", "c", .string, default: "*", "The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards"),
            FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."),
            FlagSpec("field-manager", nil, .string, default: "kubectl-set", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files identifying the resource to get from a server."),
            FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("limits", nil, .string, "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges."),
            FlagSpec("local", nil, .bool, "If true, set resources will NOT contact api-server but run locally."),
            FlagSpec("output", "o", .string, "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."),
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("requests", nil, .string, "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges."),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
        ])

    /// `kubectl diff`.
    static let diff = VerbSpec(
        path: ["diff"], summary: "Diff the live version against a would-be applied version",
        long: """
        Diff configurations specified by file name or stdin between the current online configuration, and the configuration as it would be if applied.

         The output is always YAML.

         KUBECTL_EXTERNAL_DIFF environment variable can be used to select your own diff command. Users can use external commands with params too, example: KUBECTL_EXTERNAL_DIFF="colordiff -N -u"

         By default, the "diff" command available in your path will be run with the "-u" (unified diff) and "-N" (treat absent files as empty) options.

         Exit status: 0 No differences were found. 1 Differences were found. >1 Kubectl or diff failed with an error.

         Note: KUBECTL_EXTERNAL_DIFF, if used, is expected to follow that convention.
        """,
        examples: """
          # Diff resources included in pod.json
          kubectl diff -f pod.json
          \("")
          # Diff file read from stdin
          cat service.yaml | kubectl diff -f -

        """,
        usage: "kubectl diff -f FILENAME [options]",
        flags: [
            FlagSpec("concurrency", nil, .int, default: "1", "Number of objects to process in parallel when diffing against the live version. Larger number = faster, but more memory, I/O and CPU over that shorter period of time."),
            FlagSpec("field-manager", nil, .string, default: "kubectl-client-side-apply", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files contains the configuration to diff"),
            FlagSpec("force-conflicts", nil, .bool, "If true, server-side apply will force the changes against conflicts."),
            FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("prune", nil, .bool, "Include resources that would be deleted by pruning. Can be used with -l and default shows all resources would be pruned"),
            FlagSpec("prune-allowlist", nil, .stringArray, "Overwrite the default allowlist with <group/version/kind> for --prune"),
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
            FlagSpec("server-side", nil, .bool, "If true, apply runs in the server instead of the client."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, include managed fields in the diff."),
            // kubectl v1.35's flag (diff.go), not yet in v1.32's help.
            FlagSpec("show-secrets", nil, .bool, "If true, do not mask secret values in the diff."),
        ])
}
