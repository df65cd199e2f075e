/// The generic write verbs for clients: `PUT` (update) and `PATCH`, beside `POST` (`create`) and `DELETE`.
extension Cluster {
    /// `PUT`: replaces the object named in `object`'s metadata with `object`, as admission decodes, defaults and
    /// validates it. Server-owned fields (uid, creationTimestamp, status, clusterIP, controller annotations) are kept.
    /// A write that changes nothing stores nothing.
    public mutating func update(_ object: JSONValue, options: WriteOptions = .init()) throws(APIError) -> WriteResult {
        let type = try Cluster.resourceType(of: object)
        try Cluster.refuseControllerOwned(type)
        let name = object["metadata"]["name"].string ?? ""
        let namespace = type.namespaced ? object["metadata"]["namespace"].string ?? "default" : nil
        guard let existing = self.object(type, namespace: namespace, name: name) else { throw APIError.notFound(type, name: name) }
        var body = object
        body["metadata"]["namespace"] = namespace.map { .string($0) } ?? .null
        return try update(type, existing: existing, with: body, options: options)
    }

    /// `PATCH`: applies `patch` (strategic merge, JSON merge or JSON patch) to the stored object and stores the
    /// result through the same admission as `update`. Status changes in the patch are ignored (status is a
    /// sub-resource), and so are changes of the name or namespace.
    public mutating func patch(
        _ type: ResourceType, namespace: String?, name: String, patch: JSONValue, as patchType: PatchType, options: WriteOptions = .init()
    ) throws(APIError) -> WriteResult {
        try Cluster.refuseControllerOwned(type)
        guard let existing = object(type, namespace: namespace, name: name) else { throw APIError.notFound(type, name: name) }
        let schema = APISchema.kubernetes
        var merged: JSONValue
        switch patchType {
        case .strategic:
            merged = try StrategicMergePatch(schema: schema).apply(patch, to: existing, definition: schema.root(apiVersion: type.apiVersion, kind: type.kind))
        case .merge:
            merged = JSONMergePatch.apply(patch, to: existing)
        case .json:
            merged = try JSONPatch.apply(patch, to: existing)
        }
        merged["status"] = .null
        merged["apiVersion"] = existing["apiVersion"]
        merged["kind"] = existing["kind"]
        merged["metadata"]["name"] = existing["metadata"]["name"]
        merged["metadata"]["namespace"] = existing["metadata"]["namespace"]
        return try update(type, existing: existing, with: merged, options: options)
    }

    /// EndpointSlices and Events belong to the simulated cluster's controllers.
    static func refuseControllerOwned(_ type: ResourceType) throws(APIError) {
        if [.endpointSlices, .events].contains(type) {
            throw APIError(
                reason: .methodNotAllowed, code: 405,
                message: "the simulated cluster does not accept \(type.qualifiedName) from clients; they are managed by its controllers")
        }
    }
}
