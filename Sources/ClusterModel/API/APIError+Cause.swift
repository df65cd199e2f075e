extension APIError {
    /// One field error of an Invalid response (`details.causes[]`).
    public struct Cause: Sendable, Equatable, Hashable {
        /// The field path, e.g. `spec.template.metadata.labels`.
        public var field: String
        /// The cause type, e.g. `FieldValueInvalid`, `FieldValueRequired`, `FieldValueNotSupported`.
        public var type: String
        /// The message as the server writes it, e.g. `Invalid value: -1: must be greater than or equal to 0`.
        public var message: String

        /// Creates a cause.
        public init(field: String, type: String, message: String) {
            self.field = field
            self.type = type
            self.message = message
        }

        /// `Required value` (optionally followed by `: detail`).
        public static func required(_ field: String, _ detail: String = "") -> Cause {
            Cause(field: field, type: "FieldValueRequired", message: detail.isEmpty ? "Required value" : "Required value: " + detail)
        }

        /// `Invalid value: <value>: <detail>`, with the value rendered as the server does (strings quoted,
        /// numbers and booleans bare, other values as compact JSON).
        public static func invalid(_ field: String, _ value: JSONValue, _ detail: String) -> Cause {
            Cause(field: field, type: "FieldValueInvalid", message: "Invalid value: \(renderValue(value)): \(detail)")
        }

        /// `Unsupported value: <value>: supported values: "a", "b"`.
        public static func notSupported(_ field: String, _ value: JSONValue, supported: [String]) -> Cause {
            let list = supported.map { "\"\($0)\"" }.joined(separator: ", ")
            return Cause(field: field, type: "FieldValueNotSupported", message: "Unsupported value: \(renderValue(value)): supported values: \(list)")
        }

        /// `Duplicate value: <value>`.
        public static func duplicate(_ field: String, _ value: JSONValue) -> Cause {
            Cause(field: field, type: "FieldValueDuplicate", message: "Duplicate value: \(renderValue(value))")
        }

        /// `Forbidden: <detail>`.
        public static func forbidden(_ field: String, _ detail: String) -> Cause {
            Cause(field: field, type: "FieldValueForbidden", message: "Forbidden: " + detail)
        }

        /// Renders a value as apimachinery's field errors do (`%q` for strings, JSON for composites).
        static func renderValue(_ value: JSONValue) -> String {
            switch value {
            case .string(let text): return GoQuote.quoted(text)
            case .int(let number): return String(number)
            case .bool(let flag): return flag ? "true" : "false"
            case .null: return "null"
            default: return value.compactJSON
            }
        }
    }
}
