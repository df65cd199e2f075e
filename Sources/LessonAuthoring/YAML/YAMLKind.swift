import Yams

/// The JSON type of a YAML node as a schema sees it, with words for messages.
enum YAMLKind: String {
    case string, integer, number, boolean, null, array, object

    /// The kind of `node` (quoted scalars are strings; plain ones are resolved as YAML does).
    init(_ node: Node) {
        switch node {
        case .mapping: self = .object
        case .sequence: self = .array
        case .alias: self = .string
        case .scalar(let scalar):
            // Quoted and block scalars are strings; plain ones resolve as YAML 1.1 does (Yams' default resolver).
            if scalar.style != .plain {
                self = .string
            } else if node.null != nil {
                self = .null
            } else if node.bool != nil {
                self = .boolean
            } else if node.int != nil {
                self = .integer
            } else if node.float != nil, scalar.string.first.map({ $0.isNumber || "+-.".contains($0) }) ?? false {
                self = .number
            } else {
                self = .string
            }
        }
    }

    /// Whether a node of this kind satisfies the schema type `type`.
    func satisfies(_ type: String) -> Bool {
        switch type {
        case "number": return self == .number || self == .integer
        default: return rawValue == type
        }
    }

    /// `a string`, `an integer`, `true or false`, `a list`, `a mapping`, `nothing`.
    static func words(_ type: String) -> String {
        switch type {
        case "string": return "a string"
        case "integer": return "an integer"
        case "number": return "a number"
        case "boolean": return "true or false"
        case "array": return "a list"
        case "object": return "a mapping"
        default: return "nothing"
        }
    }
}
