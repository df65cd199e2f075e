/// `kubectl set` and `kubectl set image`, with kubectl v1.32's help texts.
extension VerbCatalog {
    /// `kubectl set`: its sub-commands (`image`, `env` and `resources` are implemented).
    static let set = VerbSpec(
        path: ["set"], summary: "Set specific features on objects",
        long: """
        Configure application resources.

         These commands help you make changes to existing application resources.
        """,
        usage: "kubectl set SUBCOMMAND [options]",
        subcommands: [
            ("env", "Update environment variables on a pod template"), ("image", "Update the image of a pod template"),
            ("resources", "Update resource requests/limits on objects with pod templates"),
            ("selector", "Set the selector on a resource"), ("serviceaccount", "Update the service account of a resource"),
            ("subject", "Update the user, group, or service account in a role binding or cluster role binding"),
        ])

    /// The `set` sub-commands the simulation does not implement yet.
    static let setUnsupported: [VerbSpec] = [
        ("selector", "Set the selector on a resource"), ("serviceaccount", "Update the service account of a resource"),
        ("subject", "Update the user, group, or service account in a role binding or cluster role binding"),
    ].map { name, summary in
        VerbSpec(path: ["set", name], summary: summary, long: summary + ".", usage: "kubectl set \(name) [options]", supported: false)
    }

    /// `kubectl set image`.
    static let setImage = VerbSpec(
        path: ["set", "image"], summary: "Update the image of a pod template",
        long: """
        Update existing container image(s) of resources.

         Possible resources include (case insensitive):

                pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)
        """,
        examples: """
          # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
          kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
          \("")
          # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
          kubectl set image deployments,rc nginx=nginx:1.9.1 --all
          \("")
          # Update image of all containers of daemonset abc to 'nginx:1.9.1'
          kubectl set image daemonset abc *=nginx:1.9.1
          \("")
          # Print result (in yaml format) of updating nginx container image from local file, without hitting the server
          kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml

        """,
        usage: "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]",
        flags: [
            FlagSpec("all", nil, .bool, "Select all resources, in the namespace of the specified resource types"),
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            dryRun,
            FlagSpec("field-manager", nil, .string, default: "kubectl-set", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files identifying the resource to get from a server."),
            FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("local", nil, .bool, "If true, set image will NOT contact api-server but run locally."),
            outputPrinting,
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
        ])
}
