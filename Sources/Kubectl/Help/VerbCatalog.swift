/// The commands kubectl offers: help texts, flags, groups for the top-level help, and which ones the
/// simulated cluster supports.
public enum VerbCatalog {
    // MARK: Shared flags

    /// A flag several commands share (`allNamespaces`).
    static let allNamespaces = FlagSpec("all-namespaces", "A", .bool,
        "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.")
    /// A flag several commands share (`filename`).
    static let filename = FlagSpec("filename", "f", .stringArray,
        "Filename, directory, or URL to files identifying the resource.")
    /// A flag several commands share (`recursive`).
    static let recursive = FlagSpec("recursive", "R", .bool,
        "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.")
    /// A flag several commands share (`selector`).
    static let selector = FlagSpec("selector", "l", .string,
        "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.")
    /// A flag several commands share (`fieldSelector`).
    static let fieldSelector = FlagSpec("field-selector", nil, .string,
        "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.")
    /// A flag several commands share (`dryRun`).
    static let dryRun = FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none",
        "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.")
    /// A flag several commands share (`outputPrinting`).
    static let outputPrinting = FlagSpec("output", "o", .string,
        "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).")
    /// A flag several commands share (`showManagedFields`).
    static let showManagedFields = FlagSpec("show-managed-fields", nil, .bool,
        "If true, keep the managedFields when printing objects in JSON or YAML format.")
    /// A flag several commands share (`allowMissingTemplateKeys`).
    static let allowMissingTemplateKeys = FlagSpec("allow-missing-template-keys", nil, .bool, default: "true",
        "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.")
    /// A flag several commands share (`template`).
    static let template = FlagSpec("template", nil, .string,
        "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].")
    /// A flag several commands share (`kustomize`).
    static let kustomize = FlagSpec("kustomize", "k", .string,
        "Process a kustomization directory. This flag can't be used together with -f or -R.")
    /// A flag several commands share (`chunkSize`).
    static let chunkSize = FlagSpec("chunk-size", nil, .int, default: "500",
        "Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.")

    /// Flags every command accepts (kubectl's persistent root flags, abridged).
    public static let globalFlags: [FlagSpec] = [
        FlagSpec("namespace", "n", .string, "If present, the namespace scope for this CLI request"),
        FlagSpec("context", nil, .string, "The name of the kubeconfig context to use"),
        FlagSpec("kubeconfig", nil, .string, "Path to the kubeconfig file to use for CLI requests."),
        FlagSpec("cluster", nil, .string, "The name of the kubeconfig cluster to use"),
        FlagSpec("user", nil, .string, "The name of the kubeconfig user to use"),
        FlagSpec("server", "s", .string, "The address and port of the Kubernetes API server"),
        FlagSpec("request-timeout", nil, .string, default: "0",
            "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests."),
        FlagSpec("v", "v", .int, "number for the log level verbosity"),
        FlagSpec("warnings-as-errors", nil, .bool, "Treat warnings received from the server as errors and exit with a non-zero exit code"),
        FlagSpec("match-server-version", nil, .bool, "Require server version to match client version"),
        FlagSpec("cache-dir", nil, .string, default: "$HOME/.kube/cache", "Default cache directory"),
        FlagSpec("insecure-skip-tls-verify", nil, .bool,
            "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure"),
    ]

    // MARK: Commands

    /// The `get` command.
    static let get = VerbSpec(
        path: ["get"], summary: "Display one or many resources",
        long: """
        Display one or many resources.

         Prints a table of the most important information about the specified resources. You can filter the list using a label
        selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current
        namespace if you don't specify any namespace.

         By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter
        the attributes of the fetched resources.

        Use "kubectl api-resources" for a complete list of supported resources.
        """,
        examples: """
          # List all pods in ps output format
          kubectl get pods

          # List all pods in ps output format with more information (such as node name)
          kubectl get pods -o wide

          # List deployments in JSON output format, in the "v1" version of the "apps" API group
          kubectl get deployments.v1.apps -o json

          # List a single pod in JSON output format
          kubectl get -o json pod web-pod-13je7

          # Return only the phase value of the specified pod
          kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}

          # List all replication controllers and services together in ps output format
          kubectl get rc,services

          # List one or more resources by their type and names
          kubectl get rc/web service/frontend pods/web-pod-13je7

          # List the EndpointSlices of a service, watching for changes
          kubectl get endpointslices -l kubernetes.io/service-name=nginx-service -w

        """,
        usage: "kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]",
        flags: [
            allNamespaces, allowMissingTemplateKeys, chunkSize, fieldSelector, filename,
            FlagSpec("ignore-not-found", nil, .bool, "If set to true, suppresses NotFound error for specific objects that do not exist. Using this flag with commands that query for collections of resources has no effect when no resources are found."),
            FlagSpec("label-columns", "L", .stringArray, "Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2..."),
            FlagSpec("no-headers", nil, .bool, "When using the default or custom-column output format, don't print headers (default print headers)."),
            FlagSpec("output", "o", .string, "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/]."),
            FlagSpec("output-watch-events", nil, .bool, "Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events."),
            recursive, selector,
            FlagSpec("show-kind", nil, .bool, "If present, list the resource type for the requested object(s)."),
            FlagSpec("show-labels", nil, .bool, "When printing, show all labels as the last column (default hide labels column)"),
            showManagedFields,
            FlagSpec("sort-by", nil, .string, "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string."),
            FlagSpec("subresource", nil, .string, "If specified, gets the subresource of the requested object."),
            template,
            FlagSpec("watch", "w", .bool, "After listing/getting the requested object, watch for changes."),
            FlagSpec("watch-only", nil, .bool, "Watch for changes to the requested object(s), without listing/getting first."),
        ])

    /// The `describe` command.
    static let describe = VerbSpec(
        path: ["describe"], summary: "Show details of a specific resource or group of resources",
        long: """
        Show details of a specific resource or group of resources.

         Print a detailed description of the selected resources, including related resources such as events or controllers. You
        may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

                $ kubectl describe TYPE NAME_PREFIX

         will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for
        every resource that has a name prefixed with NAME_PREFIX.

        Use "kubectl api-resources" for a complete list of supported resources.
        """,
        examples: """
          # Describe a node
          kubectl describe nodes kind-worker

          # Describe a pod
          kubectl describe pods/nginx

          # Describe pods by label name=myLabel
          kubectl describe pods -l name=myLabel

          # Describe all pods managed by the 'frontend' replication controller
          # (rc-created pods get the name of the rc as a prefix in the pod name)
          kubectl describe pods frontend

        """,
        usage: "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]",
        flags: [allNamespaces, chunkSize, filename, recursive, selector,
                FlagSpec("show-events", nil, .bool, default: "true", "If true, display events related to the described object.")])

    /// The `apply` command.
    static let apply = VerbSpec(
        path: ["apply"], summary: "Apply a configuration to a resource by file name or stdin",
        long: """
        Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be
        created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create
        --save-config'.

         JSON and YAML formats are accepted.

         Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current
        state is. See https://issues.k8s.io/34274.
        """,
        examples: """
          # Apply the configuration in pod.json to a pod
          kubectl apply -f ./pod.json

          # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
          kubectl apply -k dir/

          # Apply the JSON passed into stdin to a pod
          cat pod.json | kubectl apply -f -

        """,
        usage: "kubectl apply (-f FILENAME | -k DIRECTORY) [options]",
        flags: [allowMissingTemplateKeys, dryRun,
                FlagSpec("field-manager", nil, .string, default: "kubectl-client-side-apply", "Name of the manager used to track field ownership."),
                filename,
                FlagSpec("force", nil, .bool, "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."),
                FlagSpec("grace-period", nil, .int, default: "-1", "Period of time in seconds given to resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."),
                kustomize, outputPrinting,
                FlagSpec("overwrite", nil, .bool, default: "true", "Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration"),
                FlagSpec("prune", nil, .bool, "Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all."),
                recursive, selector,
                FlagSpec("server-side", nil, .bool, "If true, apply runs in the server instead of the client."),
                showManagedFields, template,
                FlagSpec("timeout", nil, .duration, "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object"),
                FlagSpec("validate", nil, .optionalString(noValue: "strict"), default: "strict", "Must be one of: strict (or true), warn, ignore (or false)."),
                FlagSpec("wait", nil, .bool, "If true, wait for resources to be gone before returning. This waits for finalizers.")])

    /// The `create` command.
    static let create = VerbSpec(
        path: ["create"], summary: "Create a resource from a file or from stdin",
        long: """
        Create a resource from a file or from stdin.

         JSON and YAML formats are accepted.
        """,
        examples: """
          # Create a pod using the data in pod.json
          kubectl create -f ./pod.json
          \("")
          # Create a pod based on the JSON passed into stdin
          cat pod.json | kubectl create -f -
          \("")
          # Edit the data in registry.yaml in JSON then create the resource using the edited data
          kubectl create -f registry.yaml --edit -o json

        """,
        usage: "kubectl create -f FILENAME [options]",
        flags: [allowMissingTemplateKeys, dryRun, filename, kustomize, outputPrinting, recursive,
                FlagSpec("save-config", nil, .bool, "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."),
                selector, showManagedFields, template,
                FlagSpec("validate", nil, .optionalString(noValue: "strict"), default: "strict", "Must be one of: strict (or true), warn, ignore (or false).")],
        subcommands: [
            ("clusterrole", "Create a cluster role"),
            ("clusterrolebinding", "Create a cluster role binding for a particular cluster role"),
            ("configmap", "Create a config map from a local file, directory or literal value"),
            ("cronjob", "Create a cron job with the specified name"),
            ("deployment", "Create a deployment with the specified name"),
            ("ingress", "Create an ingress with the specified name"),
            ("job", "Create a job with the specified name"),
            ("namespace", "Create a namespace with the specified name"),
            ("poddisruptionbudget", "Create a pod disruption budget with the specified name"),
            ("priorityclass", "Create a priority class with the specified name"),
            ("quota", "Create a quota with the specified name"),
            ("role", "Create a role with single rule"),
            ("rolebinding", "Create a role binding for a particular role or cluster role"),
            ("secret", "Create a secret using a specified subcommand"),
            ("service", "Create a service using a specified subcommand"),
            ("serviceaccount", "Create a service account with the specified name"),
            ("token", "Request a service account token"),
        ])

    /// The `delete` command.
    static let delete = VerbSpec(
        path: ["delete"], summary: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
        long: """
        Delete resources by file names, stdin, resources and names, or by resources and label selector.

         JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or
        resources and label selector.

         Some resources, such as pods, support graceful deletion. These resources define a default period before they are
        forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to
        set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be
        acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take
        significantly longer than the grace period. To force delete a resource, you must specify the --force flag and set
        grace-period to zero.

         IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can
        leave those processes running until the node detects the deletion and completes graceful deletion.
        """,
        examples: """
          # Delete a pod using the type and name specified in pod.json
          kubectl delete -f ./pod.json

          # Delete pods and services with same names "baz" and "foo"
          kubectl delete pod,service baz foo

          # Delete pods and services with label name=myLabel
          kubectl delete pods,services -l name=myLabel

          # Delete a pod with minimal delay
          kubectl delete pod foo --now

          # Force delete a pod on a dead node
          kubectl delete pod foo --force

          # Delete all pods
          kubectl delete pods --all

        """,
        usage: "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]",
        flags: [
            FlagSpec("all", nil, .bool, "Delete all resources, in the namespace of the specified resource types."),
            allNamespaces,
            FlagSpec("cascade", nil, .optionalString(noValue: "background"), default: "background", "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background."),
            dryRun, fieldSelector, filename,
            FlagSpec("force", nil, .bool, "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."),
            FlagSpec("grace-period", nil, .int, default: "-1", "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."),
            FlagSpec("ignore-not-found", nil, .bool, "Treat \"resource not found\" as a successful delete. Defaults to \"true\" when --all is specified."),
            FlagSpec("interactive", "i", .bool, "If true, delete resource only when user confirms."),
            kustomize,
            FlagSpec("now", nil, .bool, "If true, resources are signaled for immediate shutdown (same as --grace-period=1)."),
            FlagSpec("output", "o", .string, "Output mode. Use \"-o name\" for shorter output (resource/name)."),
            recursive, selector,
            FlagSpec("timeout", nil, .duration, "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object"),
            FlagSpec("wait", nil, .bool, default: "true", "If true, wait for resources to be gone before returning. This waits for finalizers."),
        ])

    /// The `scale` command.
    static let scale = VerbSpec(
        path: ["scale"], summary: "Set a new size for a deployment, replica set, or replication controller",
        long: """
        Set a new size for a deployment, replica set, replication controller, or stateful set.

         Scale also allows users to specify one or more preconditions for the scale action.

         If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is
        guaranteed that the precondition holds true when the scale is sent to the server.
        """,
        examples: """
          # Scale a replica set named 'foo' to 3
          kubectl scale --replicas=3 rs/foo

          # Scale a resource identified by type and name specified in "foo.yaml" to 3
          kubectl scale --replicas=3 -f foo.yaml

          # If the deployment named mysql's current size is 2, scale mysql to 3
          kubectl scale --current-replicas=2 --replicas=3 deployment/mysql

        """,
        usage: "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]",
        flags: [
            FlagSpec("all", nil, .bool, "Select all resources in the namespace of the specified resource types"),
            FlagSpec("current-replicas", nil, .int, default: "-1", "Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition."),
            dryRun, filename, outputPrinting, recursive,
            FlagSpec("replicas", nil, .int, "The new desired number of replicas. Required."),
            FlagSpec("resource-version", nil, .string, "Precondition for resource version. Requires that the current resource version match this value in order to scale."),
            selector,
            FlagSpec("timeout", nil, .duration, "The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)."),
        ])

    /// The `rollout` command.
    static let rollout = VerbSpec(
        path: ["rollout"], summary: "Manage the rollout of a resource",
        long: """
        Manage the rollout of one or many resources.

         Valid resource types include:

          *  deployments
          *  daemonsets
          *  statefulsets
        """,
        examples: """
          # Rollback to the previous deployment
          kubectl rollout undo deployment/abc

          # Check the rollout status of a daemonset
          kubectl rollout status daemonset/foo

          # Restart a deployment
          kubectl rollout restart deployment/abc

        """,
        usage: "kubectl rollout SUBCOMMAND [options]",
        subcommands: [("history", "View rollout history"), ("pause", "Mark the provided resource as paused"),
                      ("restart", "Restart a resource"), ("resume", "Resume a paused resource"),
                      ("status", "Show the status of the rollout"), ("undo", "Undo a previous rollout")])

    /// The `wait` command.
    static let wait = VerbSpec(
        path: ["wait"], summary: "Experimental: Wait for a specific condition on one or many resources",
        long: """
        Experimental: Wait for a specific condition on one or many resources.

         The command takes multiple resources and waits until the specified condition is seen in the Status field of every
        given resource.

         Alternatively, the command can wait for the given set of resources to be deleted by providing the "delete" keyword as
        the value to the --for flag.

         A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o
        option to change to output destination.
        """,
        examples: """
          # Wait for the pod "busybox1" to contain the status condition of type "Ready"
          kubectl wait --for=condition=Ready pod/busybox1

          # Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
          kubectl delete pod/busybox1
          kubectl wait --for=delete pod/busybox1 --timeout=60s

        """,
        usage: "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
        flags: [
            FlagSpec("all", nil, .bool, "Select all resources in the namespace of the specified resource types"),
            allNamespaces, allowMissingTemplateKeys, fieldSelector, filename,
            FlagSpec("for", nil, .string, "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true.  Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity."),
            FlagSpec("local", nil, .bool, "If true, annotation will NOT contact api-server but run locally."),
            outputPrinting, recursive, selector, showManagedFields, template,
            FlagSpec("timeout", nil, .duration, default: "30s", "The length of time to wait before giving up.  Zero means check once and don't wait, negative means wait for a week."),
        ])

    /// The `logs` command.
    static let logs = VerbSpec(
        path: ["logs"], summary: "Print the logs for a container in a pod",
        long: """
        Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is
        optional.
        """,
        examples: """
          # Return snapshot logs from pod nginx with only one container
          kubectl logs nginx

          # Begin streaming the logs of the nginx container in pod web-1
          kubectl logs -f -c nginx web-1

          # Display only the most recent 20 lines of output in pod nginx
          kubectl logs --tail=20 nginx

        """,
        usage: "kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]",
        flags: [
            FlagSpec("all-containers", nil, .bool, "Get all containers' logs in the pod(s)."),
            FlagSpec("container", "c", .string, "Print the logs of this container"),
            FlagSpec("follow", "f", .bool, "Specify if the logs should be streamed."),
            FlagSpec("ignore-errors", nil, .bool, "If watching / following pod logs, allow for any errors that occur to be non-fatal"),
            FlagSpec("limit-bytes", nil, .int, "Maximum bytes of logs to return. Defaults to no limit."),
            FlagSpec("max-log-requests", nil, .int, default: "5", "Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5."),
            FlagSpec("pod-running-timeout", nil, .duration, default: "20s", "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running"),
            FlagSpec("prefix", nil, .bool, "Prefix each log line with the log source (pod name and container name)"),
            FlagSpec("previous", "p", .bool, "If true, print the logs for the previous instance of the container in a pod if it exists."),
            selector,
            FlagSpec("since", nil, .duration, "Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used."),
            FlagSpec("since-time", nil, .string, "Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used."),
            FlagSpec("tail", nil, .int, default: "-1", "Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided."),
            FlagSpec("timestamps", nil, .bool, "Include timestamps on each line in the log output"),
        ])

    /// The `explain` command.
    static let explain = VerbSpec(
        path: ["explain"], summary: "Get documentation for a resource",
        long: """
        Describe fields and structure of various resources.

         This command describes the fields associated with each supported API resource. Fields are identified via a simple
        JSONPath identifier:

                <type>.<fieldName>[.<fieldName>]

         Information about each field is retrieved from the server in OpenAPI format.

        Use "kubectl api-resources" for a complete list of supported resources.
        """,
        examples: """
          # Get the documentation of the resource and its fields
          kubectl explain pods

          # Get the documentation of a specific field of a resource
          kubectl explain pods.spec.containers

        """,
        usage: "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]",
        flags: [
            FlagSpec("api-version", nil, .string, "Use given api-version (group/version) of the resource."),
            FlagSpec("output", "o", .string, default: "plaintext", "Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2)."),
            FlagSpec("recursive", nil, .bool, "When true, print the name of all the fields recursively. Otherwise, print the available fields with their description."),
        ])

    /// The `version` command.
    static let version = VerbSpec(
        path: ["version"], summary: "Print the client and server version information",
        long: "Print the client and server version information for the current context.",
        examples: """
          # Print the client and server versions for the current context
          kubectl version

        """,
        usage: "kubectl version [flags] [options]",
        flags: [FlagSpec("client", nil, .bool, "If true, shows client version only (no server required)."),
                FlagSpec("output", "o", .string, "One of 'yaml' or 'json'.")])

    /// The `config` command.
    static let config = VerbSpec(
        path: ["config"], summary: "Modify kubeconfig files",
        long: """
        Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

         The loading order follows these rules:

          1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes
        place.
          2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for
        your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza.
        When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates
        the last file in the list.
          3.  Otherwise, ${HOME}/.kube/config is used and no merging takes place.
        """,
        usage: "kubectl config SUBCOMMAND [options]",
        subcommands: [
            ("current-context", "Display the current-context"),
            ("delete-cluster", "Delete the specified cluster from the kubeconfig"),
            ("delete-context", "Delete the specified context from the kubeconfig"),
            ("delete-user", "Delete the specified user from the kubeconfig"),
            ("get-clusters", "Display clusters defined in the kubeconfig"),
            ("get-contexts", "Describe one or many contexts"),
            ("get-users", "Display users defined in the kubeconfig"),
            ("rename-context", "Rename a context from the kubeconfig file"),
            ("set", "Set an individual value in a kubeconfig file"),
            ("set-cluster", "Set a cluster entry in kubeconfig"),
            ("set-context", "Set a context entry in kubeconfig"),
            ("set-credentials", "Set a user entry in kubeconfig"),
            ("unset", "Unset an individual value in a kubeconfig file"),
            ("use-context", "Set the current-context in a kubeconfig file"),
            ("view", "Display merged kubeconfig settings or a specified kubeconfig file"),
        ])

    /// The `configView` command.
    static let configView = VerbSpec(
        path: ["config", "view"], summary: "Display merged kubeconfig settings or a specified kubeconfig file",
        long: """
        Display merged kubeconfig settings or a specified kubeconfig file.

         You can use --output jsonpath={...} to extract specific values using a jsonpath expression.
        """,
        examples: """
          # Show merged kubeconfig settings
          kubectl config view

        """,
        usage: "kubectl config view [flags] [options]",
        flags: [allowMissingTemplateKeys,
                FlagSpec("flatten", nil, .bool, "Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)"),
                FlagSpec("merge", nil, .bool, default: "true", "Merge the full hierarchy of kubeconfig files"),
                FlagSpec("minify", nil, .bool, "Remove all information not used by current-context from the output"),
                FlagSpec("output", "o", .string, default: "yaml", "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."),
                FlagSpec("raw", nil, .bool, "Display raw byte data and sensitive data"),
                showManagedFields, template])

    /// The `configCurrentContext` command.
    static let configCurrentContext = VerbSpec(
        path: ["config", "current-context"], summary: "Display the current-context",
        long: "Display the current-context.",
        examples: """
          # Display the current-context
          kubectl config current-context

        """,
        usage: "kubectl config current-context [options]")

    /// The `configGetContexts` command.
    static let configGetContexts = VerbSpec(
        path: ["config", "get-contexts"], summary: "Describe one or many contexts",
        long: "Display one or many contexts from the kubeconfig file.",
        examples: """
          # List all the contexts in your kubeconfig file
          kubectl config get-contexts

        """,
        usage: "kubectl config get-contexts [(-o|--output=)name)] [options]",
        flags: [FlagSpec("no-headers", nil, .bool, "When using the default or custom-column output format, don't print headers (default print headers)."),
                FlagSpec("output", "o", .string, "Output format. One of: (name).")])

    /// The `apiResources` command.
    static let apiResources = VerbSpec(
        path: ["api-resources"], summary: "Print the supported API resources on the server",
        long: "Print the supported API resources on the server.",
        examples: """
          # Print the supported API resources
          kubectl api-resources

          # Print the supported API resources with more information
          kubectl api-resources -o wide

          # Print the supported namespaced resources
          kubectl api-resources --namespaced=true

        """,
        usage: "kubectl api-resources [flags] [options]",
        flags: [FlagSpec("api-group", nil, .string, "Limit to resources in the specified API group."),
                FlagSpec("cached", nil, .bool, "Use the cached list of resources if available."),
                FlagSpec("categories", nil, .stringArray, "Limit to resources that belong to the specified categories."),
                FlagSpec("namespaced", nil, .bool, default: "true", "If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default."),
                FlagSpec("no-headers", nil, .bool, "When using the default or custom-column output format, don't print headers (default print headers)."),
                FlagSpec("output", "o", .string, "Output format. One of: (wide, name)."),
                FlagSpec("sort-by", nil, .string, "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'."),
                FlagSpec("verbs", nil, .stringArray, "Limit to resources that support the specified verbs.")])

    /// The `clusterInfo` command.
    static let clusterInfo = VerbSpec(
        path: ["cluster-info"], summary: "Display cluster information",
        long: """
        Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug
        and diagnose cluster problems, use 'kubectl cluster-info dump'.
        """,
        examples: """
          # Print the address of the control plane and cluster services
          kubectl cluster-info

        """,
        usage: "kubectl cluster-info [flags] [options]")

    /// The `api-versions` command.
    static let apiVersions = VerbSpec(
        path: ["api-versions"], summary: "Print the supported API versions on the server, in the form of \"group/version\"",
        long: "Print the supported API versions on the server, in the form of \"group/version\".",
        examples: """
          # Print the supported API versions
          kubectl api-versions

        """,
        usage: "kubectl api-versions [options]")

    /// The `events` command.
    static let events = VerbSpec(
        path: ["events"], summary: "List events",
        long: """
        Display events.

         Prints a table of the most important information about events. You can request events for a namespace, for all
        namespace, or filtered to only those pertaining to a specified resource.
        """,
        examples: """
          # List recent events in the default namespace
          kubectl events

          # List recent events for the specified pod, then wait for more events and list them as they arrive
          kubectl events --for pod/web-pod-13je7 --watch

        """,
        usage: "kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]",
        flags: [allNamespaces, FlagSpec("chunk-size", nil, .int, default: "500", "Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future."),
                FlagSpec("for", nil, .string, "Filter events to only those pertaining to the specified resource."),
                FlagSpec("no-headers", nil, .bool, "When using the default output format, don't print headers."),
                outputPrinting,
                FlagSpec("types", nil, .stringArray, "Output only events of given types."),
                FlagSpec("watch", "w", .bool, "After listing the requested events, watch for more events.")])

    /// `config use-context`.
    static let configUseContext = VerbSpec(
        path: ["config", "use-context"], summary: "Set the current-context in a kubeconfig file",
        long: "Set the current-context in a kubeconfig file.",
        examples: """
          # Use the context for the minikube cluster
          kubectl config use-context minikube

        """,
        usage: "kubectl config use-context CONTEXT_NAME [options]")

    /// The `options` command.
    static let options = VerbSpec(path: ["options"], summary: "Print the list of flags inherited by all commands",
        long: "Print the list of flags inherited by all commands.", usage: "kubectl options [flags] [options]")

    /// The `help` command.
    static let help = VerbSpec(path: ["help"], summary: "Help about any command",
        long: "Help provides help for any command in the application.\nSimply type kubectl help [path to command] for full details.",
        usage: "kubectl help [command] [options]")

    /// Real kubectl commands the simulated cluster does not implement, with their summaries.
    static let unsupported: [(String, String)] = [
        ("attach", "Attach to a running container"),
        ("autoscale", "Auto-scale a deployment, replica set, stateful set, or replication controller"),
        ("certificate", "Modify certificate resources"),
        ("completion", "Output shell completion code for the specified shell (bash, zsh, fish, or powershell)"),
        ("cp", "Copy files and directories to and from containers"),
        ("debug", "Create debugging sessions for troubleshooting workloads and nodes"),
        ("drain", "Drain node in preparation for maintenance"),
        ("exec", "Execute a command in a container"),
        ("kustomize", "Build a kustomization target from a directory or URL"),
        ("plugin", "Provides utilities for interacting with plugins"),
        ("port-forward", "Forward one or more local ports to a pod"),
        ("proxy", "Run a proxy to the Kubernetes API server"),
    ]

    /// Every implemented command and sub-command.
    static let supported: [VerbSpec] = [
        get, describe, apply, create, delete, scale, rollout, rolloutStatus, rolloutRestart, rolloutUndo, rolloutHistory,
        rolloutPause, rolloutResume, createNamespace, createServiceAccount, createConfigMap, createSecret, createDeployment, createJob, createCronJob, run, expose, set, setImage, label, annotate, wait, logs, explain, version, config, configView, configCurrentContext, configGetContexts,
        apiResources, clusterInfo, options, help, apiVersions, events, configUseContext,
        patch, replace, edit, cordon, uncordon, drain, taint, top, topNode, topPod, auth, authCanI, authWhoami, setEnv, setResources, diff,
        exec,
        VerbSpec(path: ["config", "set-context"], summary: "Set a context entry in kubeconfig", long: "Set a context entry in kubeconfig.",
                 usage: "kubectl config set-context [NAME | --current] [options]", supported: false),
        VerbSpec(path: ["config", "delete-context"], summary: "Delete the specified context from the kubeconfig",
                 long: "Delete the specified context from the kubeconfig.", usage: "kubectl config delete-context NAME [options]", supported: false),
        VerbSpec(path: ["config", "get-clusters"], summary: "Display clusters defined in the kubeconfig",
                 long: "Display clusters defined in the kubeconfig.", usage: "kubectl config get-clusters [options]"),
    ]

    /// The groups of the top-level help page, in kubectl's order.
    static let groups: [(String, [String])] = [
        ("Basic Commands (Beginner)", ["create", "expose", "run", "set"]),
        ("Basic Commands (Intermediate)", ["explain", "get", "edit", "delete"]),
        ("Deploy Commands", ["rollout", "scale", "autoscale"]),
        ("Cluster Management Commands", ["certificate", "cluster-info", "top", "cordon", "uncordon", "drain", "taint"]),
        ("Troubleshooting and Debugging Commands", ["describe", "logs", "attach", "exec", "port-forward", "proxy", "cp", "auth", "debug", "events"]),
        ("Advanced Commands", ["diff", "apply", "patch", "replace", "wait", "kustomize"]),
        ("Settings Commands", ["label", "annotate", "completion"]),
        ("Other Commands", ["api-resources", "api-versions", "config", "plugin", "version"]),
    ]

    /// The description of a command path, supported or not.
    public static func spec(for path: [String]) -> VerbSpec? {
        if let found = supported.first(where: { $0.path == path }) { return found }
        if let found = setUnsupported.first(where: { $0.path == path }) { return found }
        if path.count == 2, path[0] == "config", let entry = config.subcommands.first(where: { $0.0 == path[1] }) {
            // A kubeconfig sub-command the tutor does not run: the kubeconfig is fixed.
            return VerbSpec(path: path, summary: entry.1, long: entry.1 + ".", usage: "kubectl config \(path[1]) [options]", supported: false)
        }
        if path.count == 2, path[0] == "auth", let entry = auth.subcommands.first(where: { $0.0 == path[1] }) {
            // `auth reconcile` needs RBAC objects the simulated cluster does not keep.
            return VerbSpec(path: path, summary: entry.1, long: entry.1 + ".", usage: "kubectl auth \(path[1]) [options]", supported: false)
        }
        if path.count == 2, let parent = supported.first(where: { $0.path == [path[0]] }), !parent.subcommands.isEmpty,
           let found = supported.first(where: { $0.path.count == 2 && $0.path[0] == path[0] && $0.aliases.contains(path[1]) }) {
            // cobra's sub-command aliases (`top pods`, `top no`).
            return found
        }
        if path.count == 1, let entry = unsupported.first(where: { $0.0 == path[0] }) {
            return VerbSpec(path: path, summary: entry.1, long: entry.1 + ".", usage: "kubectl \(path[0]) [options]", supported: false)
        }
        return nil
    }

    /// All top-level command names (for suggestions), sorted as cobra sorts them.
    /// The commands the simulated cluster supports, for completion (`get`, `rollout`, …), sorted.
    public static var supportedTopLevelNames: [String] {
        supported.filter { $0.path.count == 1 }.map { $0.path[0] }.sorted()
    }

    /// The supported subcommands of a command (`rollout` → `history`, `restart`, …), sorted.
    public static func supportedSubcommands(of command: String) -> [String] {
        supported.filter { $0.path.count == 2 && $0.path[0] == command }.map { $0.path[1] }.sorted()
    }

    static var topLevelNames: [String] {
        (supported.filter { $0.path.count == 1 }.map { $0.path[0] } + unsupported.map(\.0)).sorted()
    }
}
