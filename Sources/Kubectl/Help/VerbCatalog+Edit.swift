/// `kubectl edit`'s help and flags (kubectl v1.35's `kubectl edit --help`).
extension VerbCatalog {
    /// `kubectl edit`.
    static let edit = VerbSpec(
        path: ["edit"], summary: "Edit a resource on the server",
        long: """
        Edit a resource from the default editor.

         The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open
        the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for
        Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL'
        environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd'
        for Windows.

         You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as
        command-line arguments, although the files you point to must be previously saved versions of resources.

         Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify
        the resource, version, and group.

         The default format is YAML. To edit in JSON, specify "-o json".

         The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating
        system will be used.

         In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied
        changes. The most common error when updating a resource is another editor changing the resource on the server. When this
        occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to
        include the latest resource version.
        """,
        examples: """
          # Edit the service named 'registry'
          kubectl edit svc/registry

          # Use an alternative editor
          KUBE_EDITOR="nano" kubectl edit svc/registry

          # Edit the job 'myjob' in JSON using the v1 API format
          kubectl edit job.v1.batch/myjob -o json

          # Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation
          kubectl edit deployment/mydeployment -o yaml --save-config

          # Edit the 'status' subresource for the 'mydeployment' deployment
          kubectl edit deployment mydeployment --subresource='status'

        """,
        usage: "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]",
        flags: [
            allowMissingTemplateKeys,
            FlagSpec("field-manager", nil, .string, default: "kubectl-edit", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files to use to edit the resource"),
            FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
            rolloutOutput,
            FlagSpec("output-patch", nil, .bool, "Output the patch if the resource is edited."),
            recursive,
            FlagSpec("save-config", nil, .bool, "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."),
            showManagedFields,
            FlagSpec("subresource", nil, .string, "If specified, edit will operate on the subresource of the requested object."),
            template,
            FlagSpec("validate", nil, .optionalString(noValue: "strict"), default: "strict", "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."),
            FlagSpec("windows-line-endings", nil, .bool, "Defaults to the line ending native to your platform."),
        ])
}
