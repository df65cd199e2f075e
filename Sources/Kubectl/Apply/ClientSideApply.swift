import ClusterModel

/// Client-side `kubectl apply` of one object, as kubectl's apply command does it through the API.
///
/// GET the object; when it does not exist, POST the manifest with the last-applied annotation (`created`). When it
/// does, compute the three-way strategic merge patch of the last-applied configuration, the new manifest and the live
/// object: an empty patch is `unchanged` (nothing is sent), any other is PATCHed (`configured`).
enum ClientSideApply {
    /// Applies `manifest` (namespace already filled in for namespaced kinds) to `cluster`.
    static func apply(_ manifest: JSONValue, type: ResourceType, to cluster: inout some ClusterClient, options: WriteOptions) throws(APIError) -> ApplyOutcome {
        let (modified, _) = LastAppliedConfiguration.annotate(manifest)
        let name = manifest["metadata"]["name"].string ?? ""
        let namespace = type.namespaced ? manifest["metadata"]["namespace"].string : nil
        guard !name.isEmpty, let live = cluster.object(type, namespace: namespace, name: name) else {
            // apply.go prunes nulls before it creates (`replicas: null` is left to defaulting).
            let created = try cluster.create(Self.pruningNulls(modified), options: options)
            return ApplyOutcome(operation: .created, resource: type, object: created.object, warnings: created.warnings)
        }
        let schema = APISchema.kubernetes
        let patch = ThreeWayMergePatch(schema: schema).patch(
            original: LastAppliedConfiguration.original(of: live), modified: modified, current: live,
            definition: schema.root(apiVersion: type.apiVersion, kind: type.kind))
        if patch == .emptyObject { return ApplyOutcome(operation: .unchanged, resource: type, object: live) }
        let patched = try cluster.patch(type, namespace: namespace, name: name, patch: patch, as: .strategic, options: options)
        return ApplyOutcome(operation: .configured, resource: type, object: patched.object, warnings: patched.warnings)
    }

    /// The value without `null` members, at every level (`pruneNullsFromMap`).
    static func pruningNulls(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var kept: [String: JSONValue] = [:]
            for (key, member) in members where !member.isNull { kept[key] = pruningNulls(member) }
            return .object(kept)
        case .array(let items): return .array(items.map(pruningNulls))
        default: return value
        }
    }
}
