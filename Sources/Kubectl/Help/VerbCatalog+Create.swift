/// The `create` generators the simulated cluster implements (`kubectl create namespace|configmap|secret|serviceaccount`),
/// with kubectl v1.32's help texts.
extension VerbCatalog {
    /// The flags every generator shares (`cmdutil.AddDryRunFlag`, the print flags, `--save-config`, `--validate`).
    static let generatorFlags: [FlagSpec] = [
        allowMissingTemplateKeys, dryRun,
        FlagSpec("field-manager", nil, .string, default: "kubectl-create", "Name of the manager used to track field ownership."),
        outputPrinting,
        FlagSpec("save-config", nil, .bool, "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."),
        showManagedFields, template,
        FlagSpec("validate", nil, .optionalString(noValue: "strict"), default: "strict", "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields."),
    ]

    /// The generator names and their aliases, by the canonical name.
    static let generatorAliases: [String: String] = [
        "namespace": "namespace", "ns": "namespace", "configmap": "configmap", "cm": "configmap", "secret": "secret",
        "serviceaccount": "serviceaccount", "sa": "serviceaccount", "deployment": "deployment", "deploy": "deployment", "job": "job",
        "cronjob": "cronjob", "cj": "cronjob",
    ]

    /// `kubectl create deployment`.
    static let createDeployment = VerbSpec(
        path: ["create", "deployment"], summary: "Create a deployment with the specified name",
        long: "Create a deployment with the specified name.", aliases: ["deployment", "deploy"],
        examples: """
          # Create a deployment named my-dep that runs the busybox image
          kubectl create deployment my-dep --image=busybox
          \("")
          # Create a deployment with a command
          kubectl create deployment my-dep --image=busybox -- date
          \("")
          # Create a deployment named my-dep that runs the nginx image with 3 replicas
          kubectl create deployment my-dep --image=nginx --replicas=3
          \("")
          # Create a deployment named my-dep that runs the busybox image and expose port 5701
          kubectl create deployment my-dep --image=busybox --port=5701
          \("")
          # Create a deployment named my-dep that runs multiple containers
          kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx

        """,
        usage: "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]",
        flags: generatorFlags + [
            FlagSpec("image", nil, .stringArray, "Image names to run. A deployment can have multiple images set for multi-container pod."),
            FlagSpec("port", nil, .int, default: "-1", "The containerPort that this deployment exposes."),
            FlagSpec("replicas", "r", .int, default: "1", "Number of replicas to create. Default is 1."),
        ])

    /// `kubectl create namespace`.
    static let createNamespace = VerbSpec(
        path: ["create", "namespace"], summary: "Create a namespace with the specified name",
        long: "Create a namespace with the specified name.", aliases: ["namespace", "ns"],
        examples: """
          # Create a new namespace named my-namespace
          kubectl create namespace my-namespace

        """,
        usage: "kubectl create namespace NAME [--dry-run=server|client|none] [options]", flags: generatorFlags)

    /// `kubectl create serviceaccount`.
    static let createServiceAccount = VerbSpec(
        path: ["create", "serviceaccount"], summary: "Create a service account with the specified name",
        long: "Create a service account with the specified name.", aliases: ["serviceaccount", "sa"],
        examples: """
          # Create a new service account named my-service-account
          kubectl create serviceaccount my-service-account

        """,
        usage: "kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]", flags: generatorFlags)

    /// `kubectl create configmap`.
    static let createConfigMap = VerbSpec(
        path: ["create", "configmap"], summary: "Create a config map from a local file, directory or literal value",
        long: """
        Create a config map based on a file, directory, or specified literal value.

         A single config map may package one or more key/value pairs.

         When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.

         When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).
        """,
        aliases: ["configmap", "cm"],
        examples: """
          # Create a new config map named my-config based on folder bar
          kubectl create configmap my-config --from-file=path/to/bar
          \("")
          # Create a new config map named my-config with specified keys instead of file basenames on disk
          kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt
          \("")
          # Create a new config map named my-config with key1=config1 and key2=config2
          kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2
          \("")
          # Create a new config map named my-config from the key=value pairs in the file
          kubectl create configmap my-config --from-file=path/to/bar
          \("")
          # Create a new config map named my-config from an env file
          kubectl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env

        """,
        usage: "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
        flags: generatorFlags + [
            FlagSpec("append-hash", nil, .bool, "Append a hash of the configmap to its name."),
            FlagSpec("from-env-file", nil, .stringArray, "Specify the path to a file to read lines of key=val pairs to create a configmap."),
            FlagSpec("from-file", nil, .stringArray, "Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key."),
            FlagSpec("from-literal", nil, .stringArray, "Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)"),
        ])

    /// `kubectl create secret` (the `generic` type; `tls` and `docker-registry` are refused).
    static let createSecret = VerbSpec(
        path: ["create", "secret"], summary: "Create a secret using a specified subcommand",
        long: """
        Create a secret based on a file, directory, or specified literal value.

         A single secret may package one or more key/value pairs.

         When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.

         When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).
        """,
        examples: """
          # Create a new secret named my-secret with keys for each file in folder bar
          kubectl create secret generic my-secret --from-file=path/to/bar
          \("")
          # Create a new secret named my-secret with specified keys instead of names on disk
          kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub
          \("")
          # Create a new secret named my-secret with key1=supersecret and key2=topsecret
          kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret
          \("")
          # Create a new secret named my-secret using a combination of a file and a literal
          kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret
          \("")
          # Create a new secret named my-secret from env files
          kubectl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env

        """,
        usage: "kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
        flags: generatorFlags + [
            FlagSpec("append-hash", nil, .bool, "Append a hash of the secret to its name."),
            FlagSpec("from-env-file", nil, .stringArray, "Specify the path to a file to read lines of key=val pairs to create a secret."),
            FlagSpec("from-file", nil, .stringArray, "Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.  Specifying a directory will iterate each named file in the directory that is a valid secret key."),
            FlagSpec("from-literal", nil, .stringArray, "Specify a key and literal value to insert in secret (i.e. mykey=somevalue)"),
            FlagSpec("type", nil, .string, "The type of secret to create"),
        ])
}

extension VerbCatalog {
    /// `kubectl create job`.
    static let createJob = VerbSpec(
        path: ["create", "job"], summary: "Create a job with the specified name",
        long: "Create a job with the specified name.",
        examples: """
          # Create a job
          kubectl create job my-job --image=busybox
          \("")
          # Create a job with a command
          kubectl create job my-job --image=busybox -- date
          \("")
          # Create a job from a cron job named "a-cronjob"
          kubectl create job test-job --from=cronjob/a-cronjob

        """,
        usage: "kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]",
        flags: generatorFlags + [
            FlagSpec("from", nil, .string, "The name of the resource to create a Job from (only cronjob is supported)."),
            FlagSpec("image", nil, .string, "Image name to run."),
        ])

    /// `kubectl create cronjob`.
    static let createCronJob = VerbSpec(
        path: ["create", "cronjob"], summary: "Create a cron job with the specified name",
        long: "Create a cron job with the specified name.", aliases: ["cronjob", "cj"],
        examples: """
          # Create a cron job
          kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *"
          \("")
          # Create a cron job with a command
          kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *" -- date

        """,
        usage: "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
        flags: generatorFlags + [
            FlagSpec("image", nil, .string, "Image name to run."),
            FlagSpec("restart", nil, .string, "job's restart policy. supported values: OnFailure, Never"),
            FlagSpec("schedule", nil, .string, "A schedule in the Cron format the job should be run with."),
        ])
}
