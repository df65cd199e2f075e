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
            try Cluster.requireObjectPatch(patch, prefix: "")
            merged = try StrategicMergePatch(schema: schema).apply(patch, to: existing, definition: schema.root(apiVersion: type.apiVersion, kind: type.kind))
        case .merge:
            try Cluster.requireObjectPatch(patch, prefix: "error decoding patch: ")
            merged = JSONMergePatch.apply(patch, to: existing)
        case .json:
            merged = try Cluster.applyJSONPatch(patch, to: existing)
        }
        merged["status"] = .null
        merged["apiVersion"] = existing["apiVersion"]
        merged["kind"] = existing["kind"]
        merged["metadata"]["name"] = existing["metadata"]["name"]
        merged["metadata"]["namespace"] = existing["metadata"]["namespace"]
        return try update(type, existing: existing, with: merged, options: options)
    }

    /// The API server decodes strategic and merge patches into a `map[string]interface{}` first
    /// (`strategicPatchObject`, `jsonPatcher.applyJSPatch`): anything but an object is a BadRequest.
    static func requireObjectPatch(_ patch: JSONValue, prefix: String) throws(APIError) {
        if case .object = patch { return }
        throw APIError.badRequest("\(prefix)json: cannot unmarshal \(goTypeName(patch)) into Go value of type map[string]interface {}")
    }

    /// A JSON patch as `jsonPatcher.applyJSPatch` applies it: a body that is not a list of operation objects is a
    /// BadRequest (the strict decoding into `[]handlers.jsonPatchOp` that `fieldValidation=Warn` does first); an
    /// operation that fails (a missing path, an unknown `op`, a failed `test`) is a 422 whose text the server
    /// replaces with `NewGenericServerResponse`'s generic one.
    static func applyJSONPatch(_ patch: JSONValue, to target: JSONValue) throws(APIError) -> JSONValue {
        guard let operations = patch.array else {
            throw APIError.badRequest("error decoding patch: json: cannot unmarshal \(goTypeName(patch)) into Go value of type []handlers.jsonPatchOp")
        }
        for operation in operations {
            guard case .object = operation else {
                throw APIError.badRequest("error decoding patch: json: cannot unmarshal \(goTypeName(operation)) into Go value of type handlers.jsonPatchOp")
            }
        }
        do {
            return try JSONPatch.apply(patch, to: target)
        } catch {
            throw APIError(reason: .invalid, code: 422, message: "the server rejected our request due to an error in our request")
        }
    }

    /// The JSON type name `encoding/json` uses in an `UnmarshalTypeError`.
    static func goTypeName(_ value: JSONValue) -> String {
        switch value {
        case .array: return "array"
        case .string: return "string"
        case .int, .double: return "number"
        case .bool: return "bool"
        case .null: return "null"
        case .object: return "object"
        }
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
