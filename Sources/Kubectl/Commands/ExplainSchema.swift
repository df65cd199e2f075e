/// Descriptions for `kubectl explain`: the fields the lessons explore (their structure comes from `APISchema`).
struct ExplainSchema {
    /// A field or type: its type label (`<integer>`, `<[]Container>`, `<Object>`), description and children.
    struct Field {
        var name: String
        var type: String
        var description: String
        var required: Bool = false
        var fields: [Field] = []
    }

    /// The schema of `objectMeta`.
    static let objectMeta = "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata\nObjectMeta is metadata that all persisted resources must have, which includes all objects users must create."
    /// The schema of `apiVersion`.
    static let apiVersion = Field(name: "apiVersion", type: "string", description: "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources")
    /// The schema of `kind`.
    static let kind = Field(name: "kind", type: "string", description: "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds")
    /// The schema of `metadata`.
    static let metadata = Field(name: "metadata", type: "ObjectMeta", description: objectMeta)

    /// The schema of `handler`.
    static let handler: [Field] = [
        Field(name: "exec", type: "ExecAction", description: "Exec specifies a command to execute in the container.\nExecAction describes a \"run in container\" action.", fields: [
            Field(name: "command", type: "[]string", description: "Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy."),
        ]),
        Field(name: "httpGet", type: "HTTPGetAction", description: "HTTPGet specifies an HTTP GET request to perform.\nHTTPGetAction describes an action based on HTTP Get requests."),
        Field(name: "sleep", type: "SleepAction", description: "Sleep represents a duration that the container should sleep.\nSleepAction describes a \"sleep\" action."),
        Field(name: "tcpSocket", type: "TCPSocketAction", description: "Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility. There is no validation of this field and lifecycle hooks will fail at runtime when it is specified.\nTCPSocketAction describes an action based on opening a socket"),
    ]

    /// `readinessProbe`, in k8s-tutor's own words (the readiness-probe lesson explores it).
    static let readinessProbe = Field(name: "readinessProbe", type: "Probe", description: "How the kubelet checks whether the container is ready to receive traffic. While the probe fails, the container is not ready, the Pod's Ready condition is False and its endpoints stop being ready. Cannot be updated.\nProbe describes one health check of a container: how it is made (exec, httpGet, tcpSocket or grpc) and when.", fields: [
        Field(name: "exec", type: "ExecAction", description: "Runs a command inside the container; exit status 0 means success."),
        Field(name: "failureThreshold", type: "integer", description: "How many failed checks in a row make the probe fail, after it has succeeded. Defaults to 3; at least 1."),
        Field(name: "grpc", type: "GRPCAction", description: "Calls the gRPC health checking service on a port of the container."),
        Field(name: "httpGet", type: "HTTPGetAction", description: "Sends an HTTP GET request to the container; a status from 200 to 399 means success."),
        Field(name: "initialDelaySeconds", type: "integer", description: "Seconds to wait after the container started before the first check."),
        Field(name: "periodSeconds", type: "integer", description: "Seconds between two checks. Defaults to 10; at least 1."),
        Field(name: "successThreshold", type: "integer", description: "How many successful checks in a row make the probe succeed, after it has failed. Defaults to 1."),
        Field(name: "tcpSocket", type: "TCPSocketAction", description: "Opens a TCP connection to a port of the container; a connection means success."),
        Field(name: "terminationGracePeriodSeconds", type: "integer", description: "Not used by readiness probes (a failing readiness probe never kills the container)."),
        Field(name: "timeoutSeconds", type: "integer", description: "Seconds after which one check counts as failed. Defaults to 1; at least 1."),
    ])

    /// The schema of `container`.
    static let container = Field(name: "containers", type: "[]Container", description: "List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.\nA single application container that you want to run within a pod.", required: true, fields: [
        Field(name: "args", type: "[]string", description: "Arguments to the entrypoint. The container image's CMD is used if this is not provided."),
        Field(name: "command", type: "[]string", description: "Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided."),
        Field(name: "image", type: "string", description: "Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets."),
        Field(name: "lifecycle", type: "Lifecycle", description: "Actions that the management system should take in response to container lifecycle events. Cannot be updated.\nLifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.", fields: [
            Field(name: "postStart", type: "LifecycleHandler", description: "PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks\nLifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.", fields: handler),
            Field(name: "preStop", type: "LifecycleHandler", description: "PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod's termination grace period countdown begins before the PreStop hook is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod's termination grace period (unless delayed by finalizers). Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks\nLifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.", fields: handler),
            Field(name: "stopSignal", type: "string", description: "StopSignal defines which signal will be sent to a container when it is being stopped. If not specified, the default is defined by the container runtime in use. StopSignal can only be set for Pods with a non-empty .spec.os.name"),
        ]),
        Field(name: "name", type: "string", description: "Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.", required: true),
        readinessProbe,
        Field(name: "ports", type: "[]ContainerPort", description: "List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Cannot be updated.\nContainerPort represents a network port in a single container."),
    ])

    /// The schema of `podSpec`.
    static let podSpec = Field(name: "spec", type: "PodSpec", description: "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status\nPodSpec is a description of a pod.", fields: [
        container,
        Field(name: "nodeName", type: "string", description: "NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node."),
        Field(name: "restartPolicy", type: "string", description: "Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy\n\nPossible enum values:\n - `\"Always\"`\n - `\"Never\"`\n - `\"OnFailure\"`"),
        Field(name: "terminationGracePeriodSeconds", type: "integer", description: "Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds."),
    ])

    /// The schema of `pod`.
    static let pod = Field(name: "Pod", type: "v1", description: "Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.", fields: [
        apiVersion, kind, metadata, podSpec,
        Field(name: "status", type: "PodStatus", description: "Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status\nPodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane."),
    ])

    /// The schema of `endpointConditions`.
    static let endpointConditions = Field(name: "conditions", type: "EndpointConditions", description: "conditions contains information about the current status of the endpoint.\nEndpointConditions represents the current condition of an endpoint.", fields: [
        Field(name: "ready", type: "boolean", description: "ready indicates that this endpoint is ready to receive traffic, according to whatever system is managing the endpoint. A nil value should be interpreted as \"true\". In general, an endpoint should be marked ready if it is serving and not terminating, though this can be overridden in some cases, such as when the associated Service has set the publishNotReadyAddresses flag."),
        Field(name: "serving", type: "boolean", description: "serving indicates that this endpoint is able to receive traffic, according to whatever system is managing the endpoint. For endpoints backed by pods, the EndpointSlice controller will mark the endpoint as serving if the pod's Ready condition is True. A nil value should be interpreted as \"true\"."),
        Field(name: "terminating", type: "boolean", description: "terminating indicates that this endpoint is terminating. A nil value should be interpreted as \"false\"."),
    ])

    /// The schema of `endpointSlice`.
    static let endpointSlice = Field(name: "EndpointSlice", type: "v1", description: "EndpointSlice represents a set of service endpoints. Most EndpointSlices are created by the EndpointSlice controller to represent the Pods selected by Service objects. For a given service there may be multiple EndpointSlice objects which must be joined to produce the full set of endpoints; you can find all of the slices for a given service by listing EndpointSlices in the service's namespace whose `kubernetes.io/service-name` label contains the service's name.", fields: [
        Field(name: "addressType", type: "string", description: "addressType specifies the type of address carried by this EndpointSlice. All addresses in this slice must be the same type. This field is immutable after creation. The following address types are currently supported: * IPv4: Represents an IPv4 Address. * IPv6: Represents an IPv6 Address. * FQDN: Represents a Fully Qualified Domain Name. (Deprecated) The EndpointSlice controller only generates, and kube-proxy only processes, slices of addressType \"IPv4\" and \"IPv6\". No semantics are defined for the \"FQDN\" type.\n\nPossible enum values:\n - `\"FQDN\"` represents a FQDN.\n - `\"IPv4\"` represents an IPv4 Address.\n - `\"IPv6\"` represents an IPv6 Address.", required: true),
        apiVersion,
        Field(name: "endpoints", type: "[]Endpoint", description: "endpoints is a list of unique endpoints in this slice. Each slice may include a maximum of 1000 endpoints.\nEndpoint represents a single logical \"backend\" implementing a service.", required: true, fields: [
            Field(name: "addresses", type: "[]string", description: "addresses of this endpoint. For EndpointSlices of addressType \"IPv4\" or \"IPv6\", the values are IP addresses in canonical form. The syntax and semantics of other addressType values are not defined. This must contain at least one address but no more than 100. EndpointSlices generated by the EndpointSlice controller will always have exactly 1 address. No semantics are defined for additional addresses beyond the first, and kube-proxy does not look at them.", required: true),
            endpointConditions,
            Field(name: "hostname", type: "string", description: "hostname of this endpoint. This field may be used by consumers of endpoints to distinguish endpoints from each other (e.g. in DNS names). Multiple endpoints which use the same hostname should be considered fungible (e.g. multiple A values in DNS). Must be lowercase and pass DNS Label (RFC 1123) validation."),
            Field(name: "nodeName", type: "string", description: "nodeName represents the name of the Node hosting this endpoint. This can be used to determine endpoints local to a Node."),
            Field(name: "targetRef", type: "ObjectReference", description: "targetRef is a reference to a Kubernetes object that represents this endpoint.\nObjectReference contains enough information to let you inspect or modify the referred object."),
            Field(name: "zone", type: "string", description: "zone is the name of the Zone this endpoint exists in."),
        ]),
        kind, metadata,
        Field(name: "ports", type: "[]EndpointPort", description: "ports specifies the list of network ports exposed by each endpoint in this slice. Each port must have a unique name. Each slice may include a maximum of 100 ports. Services always have at least 1 port, so EndpointSlices generated by the EndpointSlice controller will likewise always have at least 1 port. EndpointSlices used for other purposes may have an empty ports list.\nEndpointPort represents a Port used by an EndpointSlice"),
    ])

    /// The schema of `service`.
    static let service = Field(name: "Service", type: "v1", description: "Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.", fields: [
        apiVersion, kind, metadata,
        Field(name: "spec", type: "ServiceSpec", description: "Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status\nServiceSpec describes the attributes that a user creates on a service.", fields: [
            Field(name: "clusterIP", type: "string", description: "clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail."),
            Field(name: "ports", type: "[]ServicePort", description: "The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies\nServicePort contains information on service's port."),
            Field(name: "publishNotReadyAddresses", type: "boolean", description: "publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready. The primary use case for setting this field is for a StatefulSet's Headless Service to propagate SRV DNS records for its Pods for the purpose of peer discovery. The Kubernetes controllers that generate Endpoints and EndpointSlice resources for Services interpret this to mean that all endpoints are considered \"ready\" even if the Pods themselves are not. Agents which consume only Kubernetes generated endpoints through the Endpoints or EndpointSlice resources can safely assume this behavior."),
            Field(name: "selector", type: "map[string]string", description: "Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/"),
            Field(name: "type", type: "string", description: "type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer."),
        ]),
        Field(name: "status", type: "ServiceStatus", description: "Most recently observed status of the service. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status\nServiceStatus represents the current status of a service."),
    ])

    /// The schema of `deployment`.
    static let deployment = Field(name: "Deployment", type: "v1", description: "Deployment enables declarative updates for Pods and ReplicaSets.", fields: [
        apiVersion, kind, metadata,
        Field(name: "spec", type: "DeploymentSpec", description: "Specification of the desired behavior of the Deployment.\nDeploymentSpec is the specification of the desired behavior of the Deployment.", fields: [
            Field(name: "replicas", type: "integer", description: "Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1."),
            Field(name: "selector", type: "LabelSelector", description: "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.\nA label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.", required: true),
            Field(name: "strategy", type: "DeploymentStrategy", description: "The deployment strategy to use to replace existing pods with new ones.\nDeploymentStrategy describes how to replace existing pods with new ones."),
            Field(name: "template", type: "PodTemplateSpec", description: "Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is \"Always\".\nPodTemplateSpec describes the data a pod should have when created from a template", required: true),
        ]),
        Field(name: "status", type: "DeploymentStatus", description: "Most recently observed status of the Deployment.\nDeploymentStatus is the most recently observed status of the Deployment."),
    ])

    /// The schema of a top-level kind, with its API group/version.
    static func root(for kind: String) -> (Field, String, String)? {
        switch kind {
        case "Pod": return (pod, "", "v1")
        case "EndpointSlice": return (endpointSlice, "discovery.k8s.io", "v1")
        case "Service": return (service, "", "v1")
        case "Deployment": return (deployment, "apps", "v1")
        default: return nil
        }
    }
}
