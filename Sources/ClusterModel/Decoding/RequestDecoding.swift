/// The API server's first admission step: decoding a request body into its kind's typed structure.
enum RequestDecoding {
    /// Decodes `object` (a `type` manifest) against the schema: fails with the API server's BadRequest for a value
    /// of the wrong type, and for unknown fields when `validation` is strict; returns the object without unknown
    /// fields and the warnings for them when it is `warn`.
    static func decode(_ object: JSONValue, as type: ResourceType, validation: FieldValidation, schema: APISchema = .kubernetes)
        throws(APIError) -> (object: JSONValue, warnings: [String])
    {
        guard let root = schema.root(apiVersion: type.apiVersion, kind: type.kind) else { return (object, []) }
        let decoded = TypedDecoder.decode(object, as: root, schema: schema)
        // apimachinery's serializer: a decoding error wins over strict errors; both name the kind and version.
        let prefix = "\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): "
        if let typeError = decoded.typeError { throw APIError.badRequest(prefix + typeError) }
        let unknown = decoded.unknownFields.map { "unknown field \"\($0)\"" }
        switch validation {
        case .strict:
            if !unknown.isEmpty { throw APIError.badRequest(prefix + "strict decoding error: " + unknown.joined(separator: ", ")) }
            return (decoded.value, [])
        case .warn:
            return (decoded.value, unknown)
        case .ignore:
            return (decoded.value, [])
        }
    }
}
