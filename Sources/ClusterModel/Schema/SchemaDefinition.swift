/// One definition of the API schema: an object type with its fields, or a type with a JSON form of its own.
public struct SchemaDefinition: Sendable {
    /// How a definition appears in JSON.
    public enum Form: Sendable, Equatable {
        /// An object with named fields.
        case object
        /// `intstr.IntOrString`.
        case intOrString
        /// `resource.Quantity`.
        case quantity
        /// `metav1.Time` / `metav1.MicroTime`.
        case time
        /// Any JSON (`metav1.FieldsV1`).
        case any
    }

    /// The definition's id in the generated table, e.g. `core.v1.Container`, `meta.v1.ObjectMeta`.
    public let id: String
    /// The JSON form.
    public let form: Form
    /// The fields by JSON name (objects only).
    public let fields: [String: SchemaField]
    /// The field names, sorted as the OpenAPI lists them.
    public let fieldNames: [String]

    /// The type's name without its package, as `kubectl explain` shows it: `Container`, `ObjectMeta`.
    public var name: String { String(id.split(separator: ".").last ?? "") }

    /// The Go type as `encoding/json` names it in errors: `v1.Container`, `intstr.IntOrString`.
    public var goName: String {
        let parts = id.split(separator: ".")
        return parts.suffix(2).joined(separator: ".")
    }

    /// Parses one line of the generated definitions.
    init?(line: Substring) {
        let tokens = line.split(separator: " ")
        guard let first = tokens.first else { return nil }
        id = String(first)
        if tokens.count == 2, tokens[1].hasPrefix("=") {
            switch tokens[1].dropFirst() {
            case "intOrString": form = .intOrString
            case "quantity": form = .quantity
            case "time", "microTime": form = .time
            default: form = .any
            }
            fields = [:]
            fieldNames = []
            return
        }
        form = .object
        var fields: [String: SchemaField] = [:]
        var names: [String] = []
        for token in tokens.dropFirst() {
            guard let field = SchemaField(token: token) else { return nil }
            fields[field.name] = field
            names.append(field.name)
        }
        self.fields = fields
        fieldNames = names
    }
}
