/// `kubectl run`, with kubectl v1.32's help text.
extension VerbCatalog {
    /// `kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]`.
    static let run = VerbSpec(
        path: ["run"], summary: "Run a particular image on the cluster",
        long: "Create and run a particular image in a pod.",
        examples: """
          # Start a nginx pod
          kubectl run nginx --image=nginx
          \("")
          # Start a hazelcast pod and let the container expose port 5701
          kubectl run hazelcast --image=hazelcast/hazelcast --port=5701
          \("")
          # Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
          kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"
          \("")
          # Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
          kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"
          \("")
          # Dry run; print the corresponding API objects without creating them
          kubectl run nginx --image=nginx --dry-run=client
          \("")
          # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
          kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'
          \("")
          # Start a busybox pod and keep it in the foreground, don't restart it if it exits
          kubectl run -i -t busybox --image=busybox --restart=Never
          \("")
          # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
          kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>
          \("")
          # Start the nginx pod using a different command and custom arguments
          kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>

        """,
        usage: "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]",
        flags: [
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            FlagSpec("annotations", nil, .stringArray, "Annotations to apply to the pod."),
            FlagSpec("attach", nil, .bool, "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned."),
            FlagSpec("cascade", nil, .optionalString(noValue: "background"), default: "background", "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background."),
            FlagSpec("command", nil, .bool, "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default."),
            dryRun,
            FlagSpec("env", nil, .stringArray, "Environment variables to set in the container."),
            FlagSpec("expose", nil, .bool, "If true, create a ClusterIP service associated with the pod.  Requires `--port`."),
            FlagSpec("field-manager", nil, .string, default: "kubectl-run", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "to use to replace the resource."),
            FlagSpec("force", nil, .bool, "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation."),
            FlagSpec("grace-period", nil, .int, default: "-1", "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion)."),
            FlagSpec("image", nil, .string, "The image for the container to run."),
            FlagSpec("image-pull-policy", nil, .string, "The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server."),
            FlagSpec("kustomize", "k", .string, "Process a kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("labels", "l", .string, "Comma separated labels to apply to the pod. Will override previous values."),
            FlagSpec("leave-stdin-open", nil, .bool, "If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes."),
            outputPrinting,
            FlagSpec("override-type", nil, .string, default: "merge", "The method used to override the generated object: json, merge, or strategic."),
            FlagSpec("overrides", nil, .string, "An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field."),
            FlagSpec("pod-running-timeout", nil, .duration, default: "1m0s", "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running"),
            FlagSpec("port", nil, .string, "The port that this container exposes."),
            FlagSpec("privileged", nil, .bool, "If true, run the container in privileged mode."),
            FlagSpec("quiet", "q", .bool, "If true, suppress prompt messages."),
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("restart", nil, .string, default: "Always", "The restart policy for this Pod.  Legal values [Always, OnFailure, Never]."),
            FlagSpec("rm", nil, .bool, "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'."),
            FlagSpec("save-config", nil, .bool, "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("stdin", "i", .bool, "Keep stdin open on the container in the pod, even if nothing is attached."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
            FlagSpec("timeout", nil, .duration, default: "0s", "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object"),
            FlagSpec("tty", "t", .bool, "Allocate a TTY for the container in the pod."),
            FlagSpec("wait", nil, .bool, "If true, wait for resources to be gone before returning. This waits for finalizers."),
        ])
}
