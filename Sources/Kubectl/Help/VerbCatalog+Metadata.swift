/// `kubectl label` and `kubectl annotate`, with kubectl v1.32's help texts.
extension VerbCatalog {
    /// The flags both commands share, with the wording each uses for `what` (`labels`, `annotation`).
    static func metadataFlags(filenameWhat: String, listWhat: String, localWhat: String, overwriteWhat: String, versionWhat: String,
                              manager: String, allText: String) -> [FlagSpec] {
        [
            FlagSpec("all", nil, .bool, allText), allNamespaces, allowMissingTemplateKeys, dryRun,
            FlagSpec("field-manager", nil, .string, default: manager, "Name of the manager used to track field ownership."),
            fieldSelector,
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files identifying the resource to update the \(filenameWhat)"),
            kustomize,
            FlagSpec("list", nil, .bool, "If true, display the \(listWhat) for a given resource."),
            FlagSpec("local", nil, .bool, "If true, \(localWhat) will NOT contact api-server but run locally."),
            outputPrinting,
            FlagSpec("overwrite", nil, .bool, "If true, allow \(overwriteWhat) to be overwritten, otherwise reject \(overwriteWhat.dropLast()) updates that overwrite existing \(overwriteWhat)."),
            recursive,
            FlagSpec("resource-version", nil, .string, "If non-empty, the \(versionWhat) update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource."),
            selector, showManagedFields, template,
        ]
    }

    /// `kubectl label`.
    static let label = VerbSpec(
        path: ["label"], summary: "Update the labels on a resource",
        long: """
        Update the labels on a resource.

          *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
          *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
          *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
          *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.
        """,
        examples: """
          # Update pod 'foo' with the label 'unhealthy' and the value 'true'
          kubectl label pods foo unhealthy=true
          \("")
          # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
          kubectl label --overwrite pods foo status=unhealthy
          \("")
          # Update all pods in the namespace
          kubectl label pods --all status=unhealthy
          \("")
          # Update a pod identified by the type and name in "pod.json"
          kubectl label -f pod.json status=unhealthy
          \("")
          # Update pod 'foo' only if the resource is unchanged from version 1
          kubectl label pods foo status=unhealthy --resource-version=1
          \("")
          # Update pod 'foo' by removing a label named 'bar' if it exists
          # Does not require the --overwrite flag
          kubectl label pods foo bar-

        """,
        usage: "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
        flags: metadataFlags(filenameWhat: "labels", listWhat: "labels", localWhat: "label", overwriteWhat: "labels", versionWhat: "labels",
                             manager: "kubectl-label", allText: "Select all resources, in the namespace of the specified resource types"))

    /// `kubectl annotate`.
    static let annotate = VerbSpec(
        path: ["annotate"], summary: "Update the annotations on a resource",
        long: """
        Update the annotations on one or more resources.

         All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

         Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

        Use "kubectl api-resources" for a complete list of supported resources.
        """,
        examples: """
          # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
          # If the same annotation is set multiple times, only the last value will be applied
          kubectl annotate pods foo description='my frontend'
          \("")
          # Update a pod identified by type and name in "pod.json"
          kubectl annotate -f pod.json description='my frontend'
          \("")
          # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
          kubectl annotate --overwrite pods foo description='my frontend running nginx'
          \("")
          # Update all pods in the namespace
          kubectl annotate pods --all description='my frontend running nginx'
          \("")
          # Update pod 'foo' only if the resource is unchanged from version 1
          kubectl annotate pods foo description='my frontend running nginx' --resource-version=1
          \("")
          # Update pod 'foo' by removing an annotation named 'description' if it exists
          # Does not require the --overwrite flag
          kubectl annotate pods foo description-

        """,
        usage: "kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
        flags: metadataFlags(filenameWhat: "annotation", listWhat: "annotations", localWhat: "annotation", overwriteWhat: "annotations",
                             versionWhat: "annotation", manager: "kubectl-annotate", allText: "Select all resources, in the namespace of the specified resource types."))
}
