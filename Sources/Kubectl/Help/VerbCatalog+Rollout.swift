/// The `rollout` sub-commands' help and flags, as kubectl v1.35 prints them.
extension VerbCatalog {
    /// The flags `rollout restart`, `pause` and `resume` share (the resource builder's and the printer's).
    static let rolloutObjectFlags: [FlagSpec] = [
        FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
        FlagSpec("field-manager", nil, .string, default: "kubectl-rollout", "Name of the manager used to track field ownership."),
        FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files identifying the resource to get from a server."),
        FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
        FlagSpec("output", "o", .string, "Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file)."),
        FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
        FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints."),
        FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
        FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
    ]

    /// The shared flags without `--field-manager` (for `undo` and `history`) and `extra`, in kubectl's name order.
    static func rolloutFlags(adding extra: [FlagSpec]) -> [FlagSpec] {
        (rolloutObjectFlags.filter { $0.name != "field-manager" } + extra).sorted { $0.name < $1.name }
    }

    /// `-o` of the commands that print objects through kubectl's print flags, as kubectl v1.35 describes it.
    static let rolloutOutput = FlagSpec("output", "o", .string,
        "Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).")

    /// `kubectl rollout status` (kubectl v1.35's `--help`).
    static let rolloutStatus = VerbSpec(
        path: ["rollout", "status"], summary: "Show the status of the rollout",
        long: """
        Show the status of the rollout.

         By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for
        the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout
        status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled
        over by another revision, use --revision=N where N is the revision you need to watch for.
        """,
        examples: """
          # Watch the rollout status of a deployment
          kubectl rollout status deployment/nginx

        """,
        usage: "kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]",
        flags: [
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files identifying the resource to get from a server."),
            FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("revision", nil, .int, "Pin to a specific revision for showing its status. Defaults to 0 (last revision)."),
            FlagSpec("selector", "l", .string, "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints."),
            FlagSpec("timeout", nil, .duration, "The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)."),
            FlagSpec("watch", "w", .bool, default: "true", "Watch the status of the rollout until it's done."),
        ])

    /// `kubectl rollout restart` (kubectl v1.35's `--help`).
    static let rolloutRestart = VerbSpec(
        path: ["rollout", "restart"], summary: "Restart a resource",
        long: """
        Restart a resource.

                Resource rollout will be restarted.
        """,
        examples: """
          # Restart all deployments in the test-namespace namespace
          kubectl rollout restart deployment -n test-namespace

          # Restart a deployment
          kubectl rollout restart deployment/nginx

          # Restart a daemon set
          kubectl rollout restart daemonset/abc

          # Restart deployments with the app=nginx label
          kubectl rollout restart deployment --selector=app=nginx

        """,
        usage: "kubectl rollout restart RESOURCE [options]",
        flags: rolloutObjectFlags)

    /// `kubectl rollout undo` (kubectl v1.35's `--help`).
    static let rolloutUndo = VerbSpec(
        path: ["rollout", "undo"], summary: "Undo a previous rollout",
        long: """
        Roll back to a previous rollout.
        """,
        examples: """
          # Roll back to the previous deployment
          kubectl rollout undo deployment/abc

          # Roll back to daemonset revision 3
          kubectl rollout undo daemonset/abc --to-revision=3

          # Roll back to the previous deployment with dry-run
          kubectl rollout undo --dry-run=server deployment/abc

        """,
        usage: "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]",
        flags: rolloutFlags(adding: [
            FlagSpec("dry-run", nil, .optionalString(noValue: "unchanged"), default: "none", "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource."),
            FlagSpec("to-revision", nil, .int, "The revision to rollback to. Default to 0 (last revision)."),
        ]))

    /// `kubectl rollout history` (kubectl v1.35's `--help`).
    static let rolloutHistory = VerbSpec(
        path: ["rollout", "history"], summary: "View rollout history",
        long: """
        View previous rollout revisions and configurations.
        """,
        examples: """
          # View the rollout history of a deployment
          kubectl rollout history deployment/abc

          # View the details of daemonset revision 3
          kubectl rollout history daemonset/abc --revision=3

        """,
        usage: "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]",
        flags: rolloutFlags(adding: [
            FlagSpec("revision", nil, .int, "See the details, including podTemplate of the revision specified"),
        ]))

    /// `kubectl rollout pause` (kubectl v1.35's `--help`).
    static let rolloutPause = VerbSpec(
        path: ["rollout", "pause"], summary: "Mark the provided resource as paused",
        long: """
        Mark the provided resource as paused.

         Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource.
        Currently only deployments support being paused.
        """,
        examples: """
          # Mark the nginx deployment as paused
          # Any current state of the deployment will continue its function; new updates
          # to the deployment will not have an effect as long as the deployment is paused
          kubectl rollout pause deployment/nginx

        """,
        usage: "kubectl rollout pause RESOURCE [options]",
        flags: rolloutObjectFlags)

    /// `kubectl rollout resume` (kubectl v1.35's `--help`).
    static let rolloutResume = VerbSpec(
        path: ["rollout", "resume"], summary: "Resume a paused resource",
        long: """
        Resume a paused resource.

         Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again.
        Currently only deployments support being resumed.
        """,
        examples: """
          # Resume an already paused deployment
          kubectl rollout resume deployment/nginx

        """,
        usage: "kubectl rollout resume RESOURCE [options]",
        flags: rolloutObjectFlags)
}
