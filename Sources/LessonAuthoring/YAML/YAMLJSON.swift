import ClusterModel
import Yams

/// Converts YAML nodes to `JSONValue`, as kubectl does before sending a manifest to the API server.
enum YAMLJSON {
    /// The JSON form of `node`.
    static func value(_ node: Node) -> JSONValue {
        switch node {
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping { members[key.string ?? ""] = Self.value(value) }
            return .object(members)
        case .sequence(let sequence):
            return .array(sequence.map(Self.value))
        case .alias:
            return .null
        case .scalar(let scalar):
            switch YAMLKind(node) {
            case .null: return .null
            case .boolean: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
            case .integer: return node.int.map(JSONValue.int) ?? .string(scalar.string)
            case .number: return node.float.map(JSONValue.double) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        }
    }

    /// The path of a field named by an API error cause (`spec.template.spec.containers[0].image`).
    static func path(ofField field: String) -> YAMLPath {
        var components: [YAMLPath.Component] = []
        for part in field.split(separator: ".") {
            var rest = Substring(part)
            if let open = rest.firstIndex(of: "[") {
                components.append(.key(String(rest[..<open])))
                rest = rest[open...]
                while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                    let inner = rest[rest.index(after: rest.startIndex)..<close]
                    components.append(Int(inner).map(YAMLPath.Component.index) ?? .key(String(inner)))
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                components.append(.key(String(rest)))
            }
        }
        return YAMLPath(components)
    }
}
