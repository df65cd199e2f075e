/// Creating objects: `POST`, admission (decoding, defaulting, validation) and the set-up of each new object.
extension Cluster {
    /// `kubectl create`: admits (defaults, validates) and stores a new object; fails with AlreadyExists when the
    /// name is taken. `generateName` is honoured. Returns the object as stored at creation.
    public mutating func create(_ object: JSONValue) throws(APIError) -> JSONValue {
        try create(object, options: WriteOptions()).object
    }

    /// `POST`: admits (decodes against the schema, defaults, validates) and stores a new object; fails with
    /// AlreadyExists when the name is taken. `generateName` is honoured. A dry run stores nothing.
    public mutating func create(_ object: JSONValue, options: WriteOptions) throws(APIError) -> WriteResult {
        let type = try Cluster.resourceType(of: object)
        var manifest = object
        if type.namespaced, (manifest["metadata"]["namespace"].string ?? "").isEmpty { manifest["metadata"]["namespace"] = "default" }
        let namespace = type.namespaced ? manifest["metadata"]["namespace"].string ?? "default" : ""
        let (admitted, warnings) = try admit(type, manifest, validation: options.fieldValidation)
        if type.namespaced {
            guard let namespaceObject = api.objects[.namespaces]?[ObjectKey(namespace: "", name: namespace)] else {
                throw APIError.notFound(.namespaces, name: namespace)
            }
            if !namespaceObject["metadata"]["deletionTimestamp"].isNull {
                // The NamespaceLifecycle admission plugin (`errors.NewForbidden`: no name for a generated one).
                let name = admitted["metadata"]["name"].string ?? ""
                throw APIError(
                    reason: .forbidden, code: 403,
                    message: type.qualifiedName + (name.isEmpty ? "" : " \"\(name)\"")
                        + " is forbidden: unable to create new content in namespace \(namespace) because it is being terminated",
                    kind: type.plural, name: name)
            }
        }
        if let name = admitted["metadata"]["name"].string, !name.isEmpty {
            if self.object(type, namespace: namespace, name: name) != nil { throw APIError.alreadyExists(type, name: name) }
        }
        try Cluster.refuseControllerOwned(type)
        if options.dryRun {
            var copy = self
            return WriteResult(object: copy.insert(type, admitted), warnings: warnings)
        }
        let stored = insert(type, admitted)
        reconcile()
        return WriteResult(object: stored, warnings: warnings)
    }

    /// kubectl's last-applied annotation, which controllers do not copy from a Deployment to its ReplicaSets.
    static let lastAppliedKey = "kubectl.kubernetes.io/last-applied-configuration"

    /// The resource type a manifest names through `apiVersion` and `kind`.
    public static func resourceType(of manifest: JSONValue) throws(APIError) -> ResourceType {
        guard case .object = manifest else { throw APIError.badRequest("the object provided is not a JSON object") }
        guard let kind = manifest["kind"].string, !kind.isEmpty else {
            throw APIError.badRequest("Object 'Kind' is missing in '\(manifest.compactJSON)'")
        }
        guard let apiVersion = manifest["apiVersion"].string, !apiVersion.isEmpty else {
            throw APIError.badRequest("Object 'apiVersion' is missing in '\(manifest.compactJSON)'")
        }
        guard let type = ResourceType.forManifest(apiVersion: apiVersion, kind: kind) else {
            throw APIError(reason: .notFound, code: 404, message: "no matches for kind \"\(kind)\" in version \"\(apiVersion)\"", kind: kind)
        }
        return type
    }

    /// Decodes, defaults and validates a manifest for creation or update; throws BadRequest for what does not
    /// decode and Invalid with every cause. Returns the admitted object and the decoding warnings.
    func admit(_ type: ResourceType, _ manifest: JSONValue, validation: FieldValidation) throws(APIError) -> (JSONValue, [String]) {
        var (object, warnings) = try RequestDecoding.decode(manifest, as: type, validation: validation)
        object["metadata"]["resourceVersion"] = .null
        object["metadata"]["uid"] = .null
        object["metadata"]["creationTimestamp"] = .null
        object["status"] = .null
        let name = object["metadata"]["name"].string ?? ""
        var causes = Validation.metadata(object, type: type)
        causes += Cluster.applyDefaults(type, &object)
        if !causes.isEmpty { throw APIError.invalid(type, name: name, causes: causes) }
        return (object, warnings)
    }

    /// Admission's defaulting and per-kind validation of a decoded object (the causes it finds).
    static func applyDefaults(_ type: ResourceType, _ object: inout JSONValue) -> [APIError.Cause] {
        var causes: [APIError.Cause] = []
        switch type {
        case .deployments:
            object["spec"] = Defaults.deploymentSpec(object["spec"])
            causes += Validation.workloadSpec(object["spec"], kind: "deployment")
        case .replicaSets:
            object["spec"] = Defaults.replicaSetSpec(object["spec"])
            causes += Validation.workloadSpec(object["spec"], kind: "replicaset")
        case .daemonSets:
            object["spec"] = Defaults.daemonSetSpec(object["spec"])
            causes += Validation.workloadSpec(object["spec"], kind: "daemonset")
        case .statefulSets:
            object["spec"] = Defaults.statefulSetSpec(object["spec"])
            causes += Validation.workloadSpec(object["spec"], kind: "statefulset")
            causes += Validation.statefulSetSpec(object["spec"])
        case .jobs:
            object["spec"] = Defaults.jobSpec(object["spec"])
            causes += Validation.jobSpec(object["spec"], path: "spec")
        case .cronJobs:
            object["spec"] = Defaults.cronJobSpec(object["spec"])
            causes += Validation.cronJobSpec(object["spec"])
        case .podDisruptionBudgets:
            // `ValidatePodDisruptionBudgetSpec`.
            if !object["spec"]["minAvailable"].isNull, !object["spec"]["maxUnavailable"].isNull {
                causes.append(.invalid("spec", object["spec"], "minAvailable and maxUnavailable cannot be both set"))
            }
        case .pods:
            object["spec"] = Defaults.podOwnSpec(object["spec"])
            causes += Validation.podSpec(object["spec"], path: "spec")
        case .services:
            object["spec"] = Defaults.serviceSpec(object["spec"])
            causes += Validation.serviceSpec(object["spec"])
        case .configMaps:
            causes += Validation.configMap(object)
        case .secrets:
            object = Defaults.secret(object)
            causes += Validation.secret(object)
        default: break
        }
        return causes
    }

    /// Creates an object the cluster's own bootstrap writes (kubeadm's and kind's manifests, which are known to
    /// be valid): defaulted as admission defaults, without decoding it against the schema, which would load the
    /// whole schema at every start-up.
    mutating func createSystemObject(_ manifest: JSONValue) {
        guard let type = ResourceType.forManifest(apiVersion: manifest["apiVersion"].string ?? "", kind: manifest["kind"].string ?? "") else { return }
        var object = manifest
        let causes = Cluster.applyDefaults(type, &object)
        assert(causes.isEmpty, "a system manifest is invalid: \(causes)")
        insert(type, object)
        reconcile()
    }

    /// A fresh generated name for `generateName` (base truncated to 58 characters plus 5 random characters).
    mutating func generatedName(_ base: String, type: ResourceType, namespace: String) -> String {
        let prefix = String(base.prefix(58))
        while true {
            let candidate = prefix + random.nameSuffix()
            if !exists(type, ObjectKey(namespace: namespace, name: candidate)) { return candidate }
        }
    }

    /// Stores an admitted object: name, uid, creationTimestamp, generation and type-specific set-up.
    @discardableResult
    mutating func insert(_ type: ResourceType, _ admitted: JSONValue) -> JSONValue {
        var object = admitted
        let namespace = type.namespaced ? object["metadata"]["namespace"].string ?? "default" : ""
        if (object["metadata"]["name"].string ?? "").isEmpty, let base = object["metadata"]["generateName"].string {
            object["metadata"]["name"] = .string(generatedName(base, type: type, namespace: namespace))
        }
        let name = object["metadata"]["name"].string ?? ""
        let uid = random.uuid()
        object["metadata"]["uid"] = .string(uid)
        object["metadata"]["creationTimestamp"] = .string(now.rfc3339)
        let key = ObjectKey(namespace: namespace, name: name)
        switch type {
        case .pods:
            let pod = makePod(from: object, uid: uid)
            putPod(pod, .added)
            return pod.render()
        case .deployments:
            object["metadata"]["generation"] = 1
            object["status"] = .emptyObject
            let stored = putJSON(type, object, .added)
            objectAdded(type, key, stored)
            return stored
        case .daemonSets:
            object["metadata"]["generation"] = 1
            // The DaemonSet strategy's `PrepareForCreate`: template generation 1, kept in the deprecated annotation.
            object["metadata"]["annotations"]["deprecated.daemonset.template.generation"] = "1"
            object["status"] = ["currentNumberScheduled": 0, "desiredNumberScheduled": 0, "numberMisscheduled": 0, "numberReady": 0]
            return putJSON(type, object, .added)
        case .statefulSets:
            object["metadata"]["generation"] = 1
            object["status"] = ["availableReplicas": 0, "replicas": 0]
            return putJSON(type, object, .added)
        case .jobs:
            object["metadata"]["generation"] = 1
            if object["spec"]["selector"].isNull {
                // The Job strategy's `generateSelector`: the pods are selected by the Job's uid.
                var labels = object["spec"]["template"]["metadata"]["labels"].stringMap
                for (key, value) in [
                    ("batch.kubernetes.io/controller-uid", uid), ("batch.kubernetes.io/job-name", name), ("controller-uid", uid), ("job-name", name),
                ] {
                    labels[key] = value
                }
                object["spec"]["template"]["metadata"]["labels"] = JSONValue(stringMap: labels)
                object["spec"]["selector"] = ["matchLabels": ["batch.kubernetes.io/controller-uid": .string(uid)]]
            }
            object["status"] = .emptyObject
            return putJSON(type, object, .added)
        case .cronJobs:
            object["metadata"]["generation"] = 1
            object["status"] = .emptyObject
            return putJSON(type, object, .added)
        case .podDisruptionBudgets:
            object["metadata"]["generation"] = 1
            object["status"] = ["currentHealthy": 0, "desiredHealthy": 0, "disruptionsAllowed": 0, "expectedPods": 0]
            return putJSON(type, object, .added)
        case .replicaSets:
            object["metadata"]["generation"] = 1
            object["status"] = ["replicas": 0]
            let stored = putJSON(type, object, .added)
            objectAdded(type, key, stored)
            return stored
        case .services:
            if object["spec"]["type"].string != "ExternalName" {
                if object["spec"]["clusterIP"].isNull || object["spec"]["clusterIP"].string == "" {
                    let ip = allocateClusterIP()
                    object["spec"]["clusterIP"] = .string(ip)
                } else if let ip = object["spec"]["clusterIP"].string {
                    api.clusterIPs.insert(ip)
                }
                object["spec"]["clusterIPs"] = [object["spec"]["clusterIP"]]
            }
            if ["NodePort", "LoadBalancer"].contains(object["spec"]["type"].string ?? "") {
                // The node port allocator picks a free port of 30000–32767 for every port without one.
                object["spec"]["ports"] = .array((object["spec"]["ports"].array ?? []).map { port in
                    var copy = port
                    if let chosen = copy["nodePort"].int, chosen != 0 {
                        api.nodePorts.insert(chosen)
                    } else {
                        copy["nodePort"] = .int(allocateNodePort())
                    }
                    return copy
                })
            }
            object["status"] = ["loadBalancer": .emptyObject]
            let stored = putJSON(type, object, .added)
            objectAdded(type, key, stored)
            return stored
        case .namespaces:
            var labels = object["metadata"]["labels"].stringMap
            labels["kubernetes.io/metadata.name"] = name
            object["metadata"]["labels"] = JSONValue(stringMap: labels)
            object["spec"] = ["finalizers": ["kubernetes"]]
            object["status"] = ["phase": "Active"]
            let stored = putJSON(type, object, .added)
            objectAdded(type, key, stored)
            return stored
        default:
            return putJSON(type, object, .added)
        }
    }

    /// The controller owner's uid in a JSON object's ownerReferences.
    static func controllerUID(_ object: JSONValue) -> String? {
        (object["metadata"]["ownerReferences"].array ?? []).first { $0["controller"].bool == true }?["uid"].string
    }

    /// Builds a PodRecord from an admitted pod JSON.
    mutating func makePod(from object: JSONValue, uid: String) -> PodRecord {
        let metadata = object["metadata"]
        var extra = metadata.object ?? [:]
        for known in [
            "name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "generateName", "labels", "annotations",
            "ownerReferences", "deletionTimestamp", "deletionGracePeriodSeconds", "finalizers",
        ] {
            extra[known] = nil
        }
        let meta = ObjectMeta(
            name: metadata["name"].string ?? "", namespace: metadata["namespace"].string ?? "default", uid: uid, generation: 1,
            creationTimestamp: now, generateName: metadata["generateName"].string, labels: metadata["labels"].stringMap,
            annotations: metadata["annotations"].stringMap, ownerReferences: metadata["ownerReferences"].array ?? [], extra: extra)
        var top = object.object ?? [:]
        for known in ["apiVersion", "kind", "metadata", "spec", "status"] { top[known] = nil }
        let containers = (object["spec"]["containers"].array ?? []).map {
            ContainerRecord(name: $0["name"].string ?? "", image: $0["image"].string ?? "")
        }
        var spec = object["spec"]
        // A pod written with `spec.nodeName` is bound at creation: the scheduler never sees it.
        let nodeName = spec["nodeName"].string
        spec["nodeName"] = .null
        var pod = PodRecord(
            meta: meta, spec: spec, extraTopLevel: top, tokenVolumeSuffix: random.nameSuffix(), qosClass: Cluster.qosClass(spec),
            containers: containers)
        pod.nodeName = nodeName
        return pod
    }

    /// BestEffort without any requests/limits; Guaranteed when every container's limits equal its requests; else Burstable.
    static func qosClass(_ spec: JSONValue) -> String {
        let containers = spec["containers"].array ?? []
        var any = false
        var guaranteed = true
        for container in containers {
            let requests = container["resources"]["requests"]
            let limits = container["resources"]["limits"]
            if !requests.isNull || !limits.isNull { any = true }
            if limits["cpu"].isNull || limits["memory"].isNull { guaranteed = false }
            if !requests.isNull, requests != limits { guaranteed = false }
        }
        if !any { return "BestEffort" }
        return guaranteed ? "Guaranteed" : "Burstable"
    }

    /// A random free address in 10.96.0.0/12 (never .0 or 10.96.0.1, which belongs to `kubernetes`).
    mutating func allocateNodePort() -> Int {
        while true {
            let port = 30000 + random.below(2768)
            if api.nodePorts.insert(port).inserted { return port }
        }
    }

    mutating func allocateClusterIP() -> String {
        while true {
            let offset = 2 + random.below((1 << 20) - 3)
            let ip = "10.\(96 + (offset >> 16)).\((offset >> 8) & 255).\(offset & 255)"
            if !api.clusterIPs.contains(ip) {
                api.clusterIPs.insert(ip)
                return ip
            }
        }
    }
}
