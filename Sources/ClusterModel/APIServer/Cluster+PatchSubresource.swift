/// `PATCH …/NAME/scale` and `PATCH …/NAME/status` (kubectl's `patch --subresource`).
extension Cluster {
    /// Applies `patch` to the `scale` or `status` sub-resource of an object and stores what that sub-resource owns:
    /// `spec.replicas` through the scale verb, or the status alone. Returns the sub-resource as the server answers
    /// it (a `Scale`, or the whole object for `status`); an unchanged result stores nothing.
    public mutating func patch(
        _ type: ResourceType, namespace: String?, name: String, subresource: String, patch: JSONValue, as patchType: PatchType,
        options: WriteOptions = .init()
    ) throws(APIError) -> WriteResult {
        let current = try self.subresource(type, namespace: namespace, name: name, subresource)
        let schema = APISchema.kubernetes
        var merged: JSONValue
        switch patchType {
        case .strategic:
            try Cluster.requireObjectPatch(patch, prefix: "")
            let definition = subresource == "scale" ? schema.root(apiVersion: "autoscaling/v1", kind: "Scale") : schema.root(apiVersion: type.apiVersion, kind: type.kind)
            merged = try StrategicMergePatch(schema: schema).apply(patch, to: current, definition: definition)
        case .merge:
            try Cluster.requireObjectPatch(patch, prefix: "error decoding patch: ")
            merged = JSONMergePatch.apply(patch, to: current)
        case .json:
            merged = try Cluster.applyJSONPatch(patch, to: current)
        }
        if subresource == "scale" {
            let replicas: Int
            switch merged["spec"]["replicas"] {
            case .int(let value): replicas = value
            case .null: replicas = 0
            case let other:
                let detail = "json: cannot unmarshal \(Cluster.goTypeName(other)) into Go struct field ScaleSpec.spec.replicas of type int32"
                throw APIError(
                    reason: .invalid, code: 422, message: " \"\" is invalid: patch: Invalid value: \(GoQuote.quoted(merged.compactJSON)): \(detail)",
                    kind: nil, name: nil, causes: [.invalid("patch", .string(merged.compactJSON), detail)])
            }
            if replicas == current["spec"]["replicas"].int { return WriteResult(object: current) }
            _ = try scale(type, namespace: namespace ?? "default", name: name, replicas: replicas, options: options)
            var answer = options.dryRun ? current : try self.subresource(type, namespace: namespace, name: name, "scale")
            if options.dryRun { answer["spec"]["replicas"] = .int(replicas) }
            return WriteResult(object: answer)
        }
        if merged["status"] == current["status"] { return WriteResult(object: current) }
        guard type != .pods else {
            throw APIError(
                reason: .methodNotAllowed, code: 405,
                message: "the simulated cluster does not accept pods/status from clients; the kubelet reports it")
        }
        var updated = current
        updated["status"] = merged["status"]
        if options.dryRun { return WriteResult(object: updated) }
        let stored = updateStatus(type, updated) ?? updated
        reconcile()
        return WriteResult(object: stored)
    }
}
