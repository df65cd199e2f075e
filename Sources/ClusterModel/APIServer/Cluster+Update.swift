/// Updating existing objects: the admission and storage behind `PUT` and `PATCH`, and the `scale` sub-resource.
extension Cluster {
    /// Replaces the user-owned parts of `existing` (labels, annotations, spec, other top-level fields) with the
    /// admitted manifest, keeping server-owned fields (uid, creationTimestamp, status, clusterIP, revision annotations).
    mutating func update(_ type: ResourceType, existing: JSONValue, with manifest: JSONValue, options: WriteOptions) throws(APIError) -> WriteResult {
        let name = existing["metadata"]["name"].string ?? ""
        if let version = manifest["metadata"]["resourceVersion"].string, !version.isEmpty, version != existing["metadata"]["resourceVersion"].string {
            // Optimistic concurrency (the registry's `GuaranteedUpdate` precondition): a body that names an older
            // resourceVersion is refused.
            throw APIError.conflict(type, name: name)
        }
        var (admitted, warnings) = try admit(type, manifest, validation: options.fieldValidation)
        var annotations = admitted["metadata"]["annotations"].stringMap
        for (key, value) in existing["metadata"]["annotations"].stringMap where key.hasPrefix("deployment.kubernetes.io/") {
            annotations[key] = value
        }
        // `omitempty`: an empty map is not stored.
        admitted["metadata"]["annotations"] = annotations.isEmpty ? .null : JSONValue(stringMap: annotations)
        switch type {
        case .pods:
            guard let pod = api.pods[ObjectKey(namespace: existing["metadata"]["namespace"].string ?? "", name: name)]?.value else {
                throw APIError.notFound(type, name: name)
            }
            var changedSpec = pod.spec
            let requested = pod.ownSpec(fromRendered: admitted["spec"])
            if let wanted = requested["containers"].array, let current = pod.spec["containers"].array, wanted.count == current.count {
                var containers = current
                for index in containers.indices { containers[index]["image"] = wanted[index]["image"] }
                changedSpec["containers"] = .array(containers)
            }
            // Everything but the images must be as stored (the containers' other fields and their number included).
            if Defaults.podOwnSpec(requested) != changedSpec {
                throw APIError.invalid(
                    type, name: name,
                    causes: [
                        .forbidden(
                            "spec",
                            "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"
                        )
                    ])
            }
            var updated = pod
            let previousLabels = pod.meta.labels
            updated.meta.labels = admitted["metadata"]["labels"].stringMap
            updated.meta.annotations = annotations
            if changedSpec != pod.spec {
                updated.spec = changedSpec
                updated.meta.generation = (updated.meta.generation ?? 1) + 1
            }
            // A write that changes nothing is not stored (no new resourceVersion, no watch event).
            if updated.meta.labels == pod.meta.labels, updated.meta.annotations == pod.meta.annotations, changedSpec == pod.spec {
                return WriteResult(object: existing, warnings: warnings)
            }
            if options.dryRun { return WriteResult(object: updated.render(), warnings: warnings) }
            putPod(updated, .modified, previousLabels: previousLabels)
            reconcile()
            return WriteResult(object: api.pods[updated.key]?.value.render() ?? updated.render(), warnings: warnings)
        case .deployments, .replicaSets:
            if LabelSelector(json: admitted["spec"]["selector"]) != LabelSelector(json: existing["spec"]["selector"]),
                existing["spec"]["selector"] != admitted["spec"]["selector"]
            {
                throw APIError.invalid(type, name: name, causes: [.invalid("spec.selector", admitted["spec"]["selector"], "field is immutable")])
            }
        case .statefulSets:
            let causes = Validation.statefulSetUpdate(admitted["spec"], old: existing["spec"])
            if !causes.isEmpty { throw APIError.invalid(type, name: name, causes: causes) }
        case .nodes:
            admitted["spec"] = unschedulableTaintInStep(admitted["spec"])
        case .services:
            admitted["spec"]["clusterIP"] = existing["spec"]["clusterIP"]
            admitted["spec"]["clusterIPs"] = existing["spec"]["clusterIPs"]
        default: break
        }
        var updated = admitted
        for key in ["uid", "creationTimestamp", "generation", "deletionTimestamp", "deletionGracePeriodSeconds"] {
            updated["metadata"][key] = existing["metadata"][key]
        }
        if !existing["metadata"]["deletionTimestamp"].isNull {
            // ValidateObjectMetaUpdate: an object being deleted may lose finalizers, never gain them.
            let before = Set(existing["metadata"]["finalizers"].array?.compactMap(\.string) ?? [])
            let added = Set(updated["metadata"]["finalizers"].array?.compactMap(\.string) ?? []).subtracting(before).sorted()
            if !added.isEmpty {
                let list = "[]string{" + added.map { "\"\($0)\"" }.joined(separator: ", ") + "}"
                throw APIError.invalid(
                    type, name: name,
                    causes: [.forbidden("metadata.finalizers", "no new finalizers can be added if the object is being deleted, found new finalizers \(list)")])
            }
        }
        updated["metadata"]["ownerReferences"] = existing["metadata"]["ownerReferences"]
        updated["status"] = existing["status"]
        if existing["spec"] != updated["spec"], let generation = existing["metadata"]["generation"].int {
            updated["metadata"]["generation"] = .int(generation + 1)
        }
        if type == .daemonSets {
            // The DaemonSet strategy's `PrepareForUpdate`: the template generation moves with the template.
            let key = "deprecated.daemonset.template.generation"
            var templateGeneration = Int(existing["metadata"]["annotations"][key].string ?? "1") ?? 1
            if existing["spec"]["template"] != updated["spec"]["template"] { templateGeneration += 1 }
            updated["metadata"]["annotations"][key] = .string(String(templateGeneration))
        }
        let key = ObjectKey(namespace: type.namespaced ? existing["metadata"]["namespace"].string ?? "" : "", name: name)
        var unchanged = updated
        unchanged["metadata"]["resourceVersion"] = existing["metadata"]["resourceVersion"]
        if unchanged == existing { return WriteResult(object: existing, warnings: warnings) }
        // A dry run answers with the object as it would be stored, still at the stored resourceVersion.
        if options.dryRun { return WriteResult(object: unchanged, warnings: warnings) }
        if !updated["metadata"]["deletionTimestamp"].isNull, updated["metadata"]["finalizers"].array?.isEmpty ?? true {
            // The last finalizer is gone: the API server removes the object.
            removeOrKeepFinalized(type, key, updated)
            reconcile()
            return WriteResult(object: updated, warnings: warnings)
        }
        let stored = putJSON(type, updated, .modified)
        objectUpdated(type, key, stored)
        reconcile()
        return WriteResult(object: api.objects[type]?[key] ?? stored, warnings: warnings)
    }

    /// The kinds with a `scale` subresource.
    public static let scalableKinds: [ResourceType] = [.deployments, .replicaSets, .statefulSets]

    /// `PUT …/scale`: sets `spec.replicas` of a Deployment, ReplicaSet or StatefulSet (generation +1) and lets the
    /// controllers act; with `options.dryRun` it returns the result without storing it.
    public mutating func scale(_ type: ResourceType, namespace: String, name: String, replicas: Int, options: WriteOptions = .init())
        throws(APIError) -> JSONValue
    {
        guard Cluster.scalableKinds.contains(type) else { throw APIError.notFound(type, name: name) }
        let key = ObjectKey(namespace: namespace, name: name)
        guard var object = api.objects[type]?[key] else { throw APIError.notFound(type, name: name) }
        if replicas < 0 {
            throw APIError(
                reason: .invalid, code: 422,
                message: "Scale.autoscaling \"\(name)\" is invalid: spec.replicas: Invalid value: \(replicas): must be greater than or equal to 0",
                kind: "Scale", name: name, causes: [.invalid("spec.replicas", .int(replicas), "must be greater than or equal to 0")])
        }
        if replicas > Int(Int32.max) {
            // kubectl sends a merge patch; the patched Scale no longer decodes into its int32 field, and the API
            // server answers as `jsonPatcher.applyPatchToCurrentObject` does: an Invalid error on `patch`.
            var patched = try subresource(type, namespace: namespace, name: name, "scale")
            patched["spec"]["replicas"] = .int(replicas)
            let detail = "json: cannot unmarshal number \(replicas) into Go struct field ScaleSpec.spec.replicas of type int32"
            throw APIError(
                reason: .invalid, code: 422, message: " \"\" is invalid: patch: Invalid value: \(GoQuote.quoted(patched.compactJSON)): \(detail)",
                kind: nil, name: nil, causes: [.invalid("patch", .string(patched.compactJSON), detail)])
        }
        if replicas > Validation.maximumReplicas {
            throw APIError(
                reason: .invalid, code: 422,
                message: "Scale.autoscaling \"\(name)\" is invalid: spec.replicas: Invalid value: \(replicas): \(Validation.replicasLimitDetail)",
                kind: "Scale", name: name, causes: [.invalid("spec.replicas", .int(replicas), Validation.replicasLimitDetail)])
        }
        if object["spec"]["replicas"].int == replicas { return object }
        object["spec"]["replicas"] = .int(replicas)
        object["metadata"]["generation"] = .int((object["metadata"]["generation"].int ?? 1) + 1)
        if options.dryRun { return object }
        // The controllers see the new `spec.replicas` through their watches (`objectStored`).
        let stored = putJSON(type, object, .modified)
        reconcile()
        return stored
    }

    /// The node lifecycle controller's NoSchedule pass (`doNoScheduleTaintingPass`, through `SwapNodeControllerTaint`,
    /// which stamps `timeAdded`) keeps the `node.kubernetes.io/unschedulable:NoSchedule` taint in step with
    /// `spec.unschedulable`. The simulated cluster has no node lifecycle controller, so the API server does it in
    /// the same write that cordons or uncordons the node (a real cluster shows the taint a moment later).
    func unschedulableTaintInStep(_ spec: JSONValue) -> JSONValue {
        let key = "node.kubernetes.io/unschedulable"
        var taints = spec["taints"].array ?? []
        let tainted = taints.contains { $0["key"].string == key && $0["effect"].string == "NoSchedule" }
        let wanted = spec["unschedulable"].bool == true
        guard tainted != wanted else { return spec }
        if wanted {
            taints.append(["effect": "NoSchedule", "key": .string(key), "timeAdded": .string(now.rfc3339)])
        } else {
            taints.removeAll { $0["key"].string == key && $0["effect"].string == "NoSchedule" }
        }
        var result = spec
        result["taints"] = taints.isEmpty ? .null : .array(taints)
        return result
    }
}
