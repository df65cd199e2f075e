/// The namespace controller (`pkg/controller/namespace/deletion`): a namespace marked for deletion has its content
/// deleted (pods gracefully, the rest in the background), reports what remains in its status conditions, and loses
/// its `kubernetes` finalizer once it is empty, which lets the API server remove it.
extension Cluster {
    /// The namespaced kinds the deleter goes through, in discovery order.
    static var namespaceContentTypes: [ResourceType] { ResourceType.all.filter { $0.namespaced } }

    /// One sync of a terminating namespace (`deleteAllContent`, then `finalizeNamespace` when nothing remains).
    mutating func syncTerminatingNamespace(_ name: String) {
        guard let namespace = stored(.namespaces, ObjectKey(namespace: "", name: name)), !namespace["metadata"]["deletionTimestamp"].isNull
        else { return }
        // Delete what is there (again: controllers may have written since).
        for type in Cluster.namespaceContentTypes {
            switch type {
            case .pods:
                for key in ObjectKey.sorted(storedPods.keys.filter { $0.namespace == name }) where storedPod(key)?.value.meta.deletionTimestamp == nil {
                    deletePod(key, gracePeriod: nil)
                }
            case .endpointSlices:
                for key in storedSlices.keys.filter({ $0.namespace == name }).sorted() { deleteEndpointSlice(key) }
            case .events:
                deleteEvents(inNamespace: name)
            default:
                for objectName in names(type, namespace: name) {
                    let key = ObjectKey(namespace: name, name: objectName)
                    if let object = stored(type, key), object["metadata"]["deletionTimestamp"].isNull {
                        deleteObject(type, key, object, propagation: .background)
                    }
                }
            }
        }
        // What is left: terminating pods, objects held by finalizers.
        var remaining: [String: Int] = [:]
        // `estimateGracefulTermination`: the longest grace period of the pods still there.
        var estimate = 0
        for type in Cluster.namespaceContentTypes {
            let count: Int
            switch type {
            case .pods:
                let pods = storedPods.filter { $0.key.namespace == name }.map(\.value.value)
                count = pods.count
                for pod in pods where !pod.isTerminal { estimate = max(estimate, pod.facts.terminationGracePeriodSeconds ?? 30) }
            case .events:
                count = 0
            default:
                count = names(type, namespace: name).count
            }
            if count > 0 { remaining[type.plural + "." + type.group] = count }
        }
        updateNamespaceConditions(namespace, remaining: remaining)
        if remaining.isEmpty {
            // `finalizeNamespace`: `spec.finalizers` without `kubernetes`; the API server then removes the namespace.
            guard var finalized = stored(.namespaces, ObjectKey(namespace: "", name: name)) else { return }
            finalized["spec"]["finalizers"] = .null
            finalizeNamespace(finalized)
            return
        }
        // `ResourcesRemainingError`: the worker tries again after `estimate/2 + 1` seconds (most processes stop well
        // within their grace period); without an estimate, the rate-limited retry.
        queue.schedule(.namespaceSync(name), at: now.adding(seconds: estimate > 0 ? Double(estimate / 2 + 1) : 1))
    }

    /// `namespaceConditionUpdater.Update`: the five deletion conditions, the content one saying what remains.
    private mutating func updateNamespaceConditions(_ namespace: JSONValue, remaining: [String: Int]) {
        let okMessages = [
            ("NamespaceDeletionDiscoveryFailure", "ResourcesDiscovered", "All resources successfully discovered"),
            ("NamespaceDeletionGroupVersionParsingFailure", "ParsedGroupVersions", "All legacy kube types successfully parsed"),
            ("NamespaceDeletionContentFailure", "ContentDeleted", "All content successfully deleted, may be waiting on finalization"),
            ("NamespaceContentRemaining", "ContentRemoved", "All content successfully removed"),
            ("NamespaceFinalizersRemaining", "ContentHasNoFinalizers", "All content-preserving finalizers finished"),
        ]
        let old = namespace["status"]["conditions"].array ?? []
        var conditions: [JSONValue] = []
        for (type, okReason, okMessage) in okMessages {
            var status = "False"
            var reason = okReason
            var message = okMessage
            if type == "NamespaceContentRemaining", !remaining.isEmpty {
                status = "True"
                reason = "SomeResourcesRemain"
                let parts = remaining.map { "\($0.key) has \($0.value) resource instances" }.sorted()
                message = "Some resources are remaining: " + parts.joined(separator: ", ")
            }
            let previous = old.first { $0["type"].string == type }
            let transition = previous.flatMap { $0["status"].string == status ? $0["lastTransitionTime"] : nil } ?? .string(now.rfc3339)
            conditions.append([
                "lastTransitionTime": transition, "message": .string(message), "reason": .string(reason), "status": .string(status),
                "type": .string(type),
            ])
        }
        guard JSONValue.array(conditions) != namespace["status"]["conditions"] else { return }
        var updated = namespace
        updated["status"]["conditions"] = .array(conditions)
        updateStatus(.namespaces, updated)
    }

    /// Runs the controller's queued namespaces.
    mutating func runNamespaceController() -> Bool {
        guard let work = namespaceController.takeWork() else { return false }
        for name in work { syncTerminatingNamespace(name) }
        return true
    }
}
