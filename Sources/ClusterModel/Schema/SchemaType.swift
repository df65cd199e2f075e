/// The type of one field in the API schema, as the API server's Go structs declare it.
public indirect enum SchemaType: Sendable, Equatable {
    /// A JSON string (`string` in Go, or a named string type such as `RestartPolicy`).
    case string
    /// Base64 text decoded into bytes (`[]byte`).
    case bytes
    /// An integer that must fit in 32 bits (`int32`).
    case int32
    /// An integer that must fit in 64 bits (`int64`).
    case int64
    /// A floating-point number (`float64`).
    case double
    /// `true` or `false`.
    case bool
    /// Any JSON (`FieldsV1`, raw extensions).
    case any
    /// An integer or a string (`intstr.IntOrString`, e.g. `targetPort`, `maxSurge`).
    case intOrString
    /// A resource quantity (`resource.Quantity`): a string such as `500m` or `1Gi`, or a number.
    case quantity
    /// An RFC 3339 time (`metav1.Time`, `metav1.MicroTime`).
    case time
    /// An object of the named definition (`core.v1.Container`).
    case object(String)
    /// A list of elements.
    case list(SchemaType)
    /// A map from string keys to values.
    case map(SchemaType)

    /// Parses a type token of the generated definitions: `string`, `int32`, `@core.v1.Probe`, `[]@core.v1.Container`, `{}string`.
    init?(token: Substring) {
        if token.hasPrefix("[]") {
            guard let element = SchemaType(token: token.dropFirst(2)) else { return nil }
            self = .list(element)
        } else if token.hasPrefix("{}") {
            guard let value = SchemaType(token: token.dropFirst(2)) else { return nil }
            self = .map(value)
        } else if token.hasPrefix("@") {
            self = .object(String(token.dropFirst()))
        } else {
            switch token {
            case "string": self = .string
            case "bytes": self = .bytes
            case "int32": self = .int32
            case "int64": self = .int64
            case "double": self = .double
            case "bool": self = .bool
            case "any": self = .any
            default: return nil
            }
        }
    }
}
