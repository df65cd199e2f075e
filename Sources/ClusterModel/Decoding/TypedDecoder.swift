/// Decodes an object against its kind's schema, as the API server decodes a request body into its Go structs.
///
/// Mirrors the API server's JSON decoder (`sigs.k8s.io/json`, a case-sensitive fork of Go's `encoding/json`):
/// members are visited in the order kubectl sends them (sorted keys), the first value of a wrong type is reported
/// as `json: cannot unmarshal <value> into Go struct field <Struct>.<field path> of type <Go type>`, and fields the
/// schema does not know are collected as strict-decoding errors (`unknown field "spec.template.spec.containers[0].x"`)
/// and left out of the result. `null` leaves a field unset, as it does for Go's pointers.
struct TypedDecoder {
    /// The schema definitions are looked up in.
    let schema: APISchema
    /// Paths of the fields the schema does not know, in document order.
    private(set) var unknownFields: [String] = []
    /// The first type error, worded as `encoding/json` words it.
    private(set) var typeError: String? = nil
    /// Whether a custom unmarshaler (IntOrString, Quantity, Time) failed: Go's decoder returns such an error at once,
    /// replacing any type error saved before, and decodes nothing more.
    private var aborted = false

    /// Decodes `object` as the definition `root` (the kind `Struct` name appears in errors about top-level fields).
    static func decode(_ object: JSONValue, as root: SchemaDefinition, schema: APISchema) -> DecodedObject {
        var decoder = TypedDecoder(schema: schema)
        let value = decoder.decodeObject(object, root, fieldStack: [], path: "") ?? .emptyObject
        return DecodedObject(value: value, unknownFields: decoder.unknownFields, typeError: decoder.typeError)
    }

    /// Decodes an object of `definition`: known fields by their types, unknown ones recorded and dropped.
    private mutating func decodeObject(_ value: JSONValue, _ definition: SchemaDefinition, fieldStack: [String], path: String) -> JSONValue? {
        guard case .object(let members) = value else { return nil }
        var decoded: [String: JSONValue] = [:]
        decoded.reserveCapacity(members.count)
        for key in members.keys.sorted() {
            let member = members[key]!
            let memberPath = path.isEmpty ? key : path + "." + key
            guard let field = definition.fields[key] else {
                unknownFields.append(memberPath)
                continue
            }
            let type = schema.resolve(field.type)
            if let result = decodeValue(member, type, structName: definition.name, fieldStack: fieldStack + [key], path: memberPath) {
                decoded[key] = result
            }
        }
        return .object(decoded)
    }

    /// Decodes one value of `type`; returns nil for `null` and for values that failed to decode.
    private mutating func decodeValue(
        _ value: JSONValue, _ type: SchemaType, structName: String, fieldStack: [String], path: String
    ) -> JSONValue? {
        if case .null = value { return nil }
        if aborted { return nil }
        func message(_ described: String, _ goType: String) -> String {
            "json: cannot unmarshal \(described) into Go struct field \(structName).\(fieldStack.joined(separator: ".")) of type \(goType)"
        }
        func mismatch(_ described: String, _ goType: String) -> JSONValue? {
            fail(message(described, goType))
            return nil
        }
        /// A custom unmarshaler's error: it replaces any earlier one and ends decoding.
        func abort(_ error: String) -> JSONValue? {
            typeError = error
            aborted = true
            return nil
        }
        switch type {
        case .any:
            return value
        case .string:
            if case .string = value { return value }
            return mismatch(Self.describe(value), "string")
        case .bytes:
            guard case .string(let text) = value else { return mismatch(Self.describe(value), "[]uint8") }
            if let position = Base64Check.firstIllegalByte(text) {
                fail("illegal base64 data at input byte \(position)")
                return nil
            }
            return value
        case .int32, .int64:
            let goType = type == .int32 ? "int32" : "int64"
            switch value {
            case .int(let number):
                if type == .int32, number < Int(Int32.min) || number > Int(Int32.max) { return mismatch("number \(number)", goType) }
                return value
            case .double:
                return mismatch("number " + value.compactJSON, goType)
            default:
                return mismatch(Self.describe(value), goType)
            }
        case .double:
            switch value {
            case .int, .double: return value
            default: return mismatch(Self.describe(value), "float64")
            }
        case .bool:
            if case .bool = value { return value }
            return mismatch(Self.describe(value), "bool")
        case .intOrString:
            // IntOrString.UnmarshalJSON: a quoted value is a string; anything else is decoded as an int32.
            switch value {
            case .string: return value
            case .int(let number):
                if number < Int(Int32.min) || number > Int(Int32.max) { return abort(message("number \(number)", "int32")) }
                return value
            case .double: return abort(message("number " + value.compactJSON, "int32"))
            default: return abort(message(Self.describe(value), "int32"))
            }
        case .quantity:
            switch value {
            case .int, .double: return value
            case .string(let text):
                if let problem = QuantityFormat.problem(text) { return abort(problem) }
                return value
            default:
                return abort(QuantityFormat.formatWrong)
            }
        case .time:
            // metav1.Time.UnmarshalJSON decodes the value into a string first.
            if case .string = value { return value }
            return abort(message(Self.describe(value), "string"))
        case .object(let id):
            guard let definition = schema.definition(id) else { return value }
            guard case .object = value else { return mismatch(Self.describe(value), definition.goName) }
            return decodeObject(value, definition, fieldStack: fieldStack, path: path)
        case .list(let element):
            guard case .array(let items) = value else { return mismatch(Self.describe(value), goName(type)) }
            var decoded: [JSONValue] = []
            decoded.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                // A null element of a list of objects decodes as an empty object, as Go fills the zero value.
                let result = decodeValue(item, element, structName: structName, fieldStack: fieldStack, path: "\(path)[\(index)]")
                decoded.append(result ?? Self.zeroValue(element))
            }
            return .array(decoded)
        case .map(let valueType):
            guard case .object(let members) = value else { return mismatch(Self.describe(value), goName(type)) }
            var decoded: [String: JSONValue] = [:]
            for key in members.keys.sorted() {
                if let result = decodeValue(members[key]!, valueType, structName: structName, fieldStack: fieldStack, path: path + "." + key) {
                    decoded[key] = result
                }
            }
            return .object(decoded)
        }
    }

    /// Keeps the first type error, as `encoding/json` does (it goes on decoding and reports the first one).
    private mutating func fail(_ message: String) {
        if typeError == nil { typeError = message }
    }

    /// The Go type `encoding/json` names for `type`: `[]v1.Container`, `map[string]string`, `int32`.
    private func goName(_ type: SchemaType) -> String {
        switch type {
        case .string, .time: return "string"
        case .bytes: return "[]uint8"
        case .int32: return "int32"
        case .int64: return "int64"
        case .double: return "float64"
        case .bool: return "bool"
        case .any: return "interface {}"
        case .intOrString: return "intstr.IntOrString"
        case .quantity: return "resource.Quantity"
        case .object(let id): return schema.definition(id)?.goName ?? id
        case .list(let element): return "[]" + goName(schema.resolve(element))
        case .map(let value): return "map[string]" + goName(schema.resolve(value))
        }
    }

    /// How `encoding/json` describes a value of the wrong type: `string`, `number`, `bool`, `array`, `object`.
    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string: return "string"
        case .int, .double: return "number"
        case .bool: return "bool"
        case .array: return "array"
        case .object: return "object"
        case .null: return "null"
        }
    }

    /// The JSON form of a Go zero value of `type`, for null list elements.
    private static func zeroValue(_ type: SchemaType) -> JSONValue {
        switch type {
        case .object: return .emptyObject
        case .string: return .string("")
        case .int32, .int64, .double: return .int(0)
        case .bool: return .bool(false)
        default: return .null
        }
    }
}
