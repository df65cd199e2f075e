/// `kubectl expose`, with kubectl v1.32's help text.
extension VerbCatalog {
    static let expose = VerbSpec(
        path: ["expose"], summary: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
        long: """
        Expose a resource as a new Kubernetes service.

         Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.

         Possible resources include (case insensitive):

         pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)
        """,
        examples: """
          # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000
          kubectl expose rc nginx --port=80 --target-port=8000
          \("")
          # Create a service for a replication controller identified by type and name specified in "nginx-controller.yaml", which serves on port 80 and connects to the containers on port 8000
          kubectl expose -f nginx-controller.yaml --port=80 --target-port=8000
          \("")
          # Create a service for a pod valid-pod, which serves on port 444 with the name "frontend"
          kubectl expose pod valid-pod --port=444 --name=frontend
          \("")
          # Create a second service based on the above service, exposing the container port 8443 as port 443 with the name "nginx-https"
          kubectl expose service nginx --port=443 --target-port=8443 --name=nginx-https
          \("")
          # Create a service for a replicated streaming application on port 4100 balancing UDP traffic and named 'video-stream'.
          kubectl expose rc streamer --port=4100 --protocol=UDP --name=video-stream
          \("")
          # Create a service for a replicated nginx using replica set, which serves on port 80 and connects to the containers on port 8000
          kubectl expose rs nginx --port=80 --target-port=8000
          \("")
          # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000
          kubectl expose deployment nginx --port=80 --target-port=8000

        """,
        usage: "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]",
        flags: [
            FlagSpec("allow-missing-template-keys", nil, .bool, default: "true", "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats."),
            FlagSpec("cluster-ip", nil, .string, "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service."),
            dryRun,
            FlagSpec("external-ip", nil, .string, "Additional external IP address (not managed by Kubernetes) to accept for the service. If this IP is routed to a node, the service can be accessed by this IP in addition to its generated service IP."),
            FlagSpec("field-manager", nil, .string, default: "kubectl-expose", "Name of the manager used to track field ownership."),
            FlagSpec("filename", "f", .stringArray, "Filename, directory, or URL to files identifying the resource to expose a service"),
            FlagSpec("kustomize", "k", .string, "Process the kustomization directory. This flag can't be used together with -f or -R."),
            FlagSpec("labels", "l", .string, "Labels to apply to the service created by this call."),
            FlagSpec("load-balancer-ip", nil, .string, "IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific)."),
            FlagSpec("name", nil, .string, "The name for the newly created object."),
            outputPrinting,
            FlagSpec("override-type", nil, .string, default: "merge", "The method used to override the generated object: json, merge, or strategic."),
            FlagSpec("overrides", nil, .string, "An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field."),
            FlagSpec("port", nil, .string, "The port that the service should serve on. Copied from the resource being exposed, if unspecified"),
            FlagSpec("protocol", nil, .string, "The network protocol for the service to be created. Default is 'TCP'."),
            FlagSpec("recursive", "R", .bool, "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory."),
            FlagSpec("save-config", nil, .bool, "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future."),
            FlagSpec("selector", nil, .string, "A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)"),
            FlagSpec("session-affinity", nil, .string, "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'"),
            FlagSpec("show-managed-fields", nil, .bool, "If true, keep the managedFields when printing objects in JSON or YAML format."),
            FlagSpec("target-port", nil, .string, "Name or number for the port on the container that the service should direct traffic to. Optional."),
            FlagSpec("template", nil, .string, "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview]."),
            FlagSpec("type", nil, .string, "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'."),
        ])
}
