import ClusterModel
import Yams

/// Converts a composed YAML document to JSON as sigs.k8s.io/yaml's `YAMLToJSON` does, within go-yaml's limits.
///
/// * Aliases count against a ``YAMLAliasBudget``: a "billion laughs" document fails after a few thousand nodes.
/// * Floats that JSON cannot hold (`.inf`, `.nan`) fail as `json.Marshal` does; a plain float too large for a
///   double (`1e400`) stays a string, as go-yaml's resolver leaves it; an integral float (`3.0`) becomes the
///   integer Go's JSON encoder writes for it.
/// * A sequence or mapping used as a mapping key fails with go-yaml's `invalid map key`.
struct YAMLConversion {
    private var budget = YAMLAliasBudget()

    /// The JSON value of `node`.
    mutating func convert(_ node: Node) throws(ManifestLoader.DecodeFailure) -> JSONValue {
        let alias: Bool
        do {
            alias = try budget.enter(node)
        } catch {
            throw .yaml(line: nil, problem: YAMLAliasBudget.problem)
        }
        defer { budget.leave(alias) }
        switch node {
        case .scalar(let scalar):
            return try Self.scalarValue(node, text: scalar.string)
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw .yaml(line: nil, problem: "invalid map key: " + (try goSyntax(key)))
                }
                members[keyScalar.string] = try convert(value)
            }
            return .object(members)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item)) }
            return .array(items)
        case .alias:
            return .null
        }
    }

    private static func scalarValue(_ node: Node, text: String) throws(ManifestLoader.DecodeFailure) -> JSONValue {
        switch Tag.Name(rawValue: node.tag.rawValue) {
        case Tag.Name.null: return .null
        case Tag.Name.bool: return node.bool.map { .bool($0) } ?? .string(text)
        case Tag.Name.int: return node.int.map { .int($0) } ?? .string(text)
        case Tag.Name.float:
            guard let number = node.float else { return .string(text) }
            if number.isNaN { throw .conversion("json: unsupported value: NaN") }
            if number.isInfinite {
                // `.inf` is infinity; a plain number out of range is a string to go-yaml's resolver.
                guard text.lowercased().contains("inf") else { return .string(text) }
                throw .conversion("json: unsupported value: " + (number > 0 ? "+Inf" : "-Inf"))
            }
            // encoding/json writes integral floats below 1e21 without a fraction; the API server reads an integer.
            if number == number.rounded(), abs(number) < 9.2e18 { return .int(Int(number)) }
            return .double(number)
        default: return .string(text)
        }
    }

    /// `%#v` of a key go-yaml would have decoded into an `interface{}`.
    private mutating func goSyntax(_ node: Node) throws(ManifestLoader.DecodeFailure) -> String {
        switch node {
        case .sequence(let sequence):
            var parts: [String] = []
            for item in sequence { parts.append(try goElement(item)) }
            return "[]interface {}{" + parts.joined(separator: ", ") + "}"
        case .mapping(let mapping):
            var parts: [(String, String)] = []
            for (key, value) in mapping { parts.append((try goElement(key), try goElement(value))) }
            return "map[interface {}]interface {}{" + parts.sorted { $0.0 < $1.0 }.map { "\($0.0):\($0.1)" }.joined(separator: ", ") + "}"
        case .scalar, .alias:
            return try goElement(node)
        }
    }

    private mutating func goElement(_ node: Node) throws(ManifestLoader.DecodeFailure) -> String {
        switch node {
        case .sequence, .mapping: return try goSyntax(node)
        case .alias: return "interface {}(nil)"
        case .scalar(let scalar):
            switch try Self.scalarValue(node, text: scalar.string) {
            case .string(let text): return GoFormat.quoted(text)
            case let value: return GoFormat.syntax(value)
            }
        }
    }
}
