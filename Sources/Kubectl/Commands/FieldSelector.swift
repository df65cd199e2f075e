import ClusterModel

/// A `--field-selector` for the fields the API server supports on the simulated types
/// (`metadata.name`, `metadata.namespace`, `status.phase`, `spec.nodeName`, … with `=`, `==`, `!=`).
struct FieldSelector {
    /// (path, value, equal?) triples; all must hold.
    var requirements: [(String, String, Bool)] = []

    /// Parses the flag value (nil: matches everything).
    init(_ text: String?) throws(KubectlError) {
        guard let text, !text.isEmpty else { return }
        for part in text.split(separator: ",") {
            let piece = String(part)
            if let range = piece.firstRange(of: "!=") {
                requirements.append((String(piece[..<range.lowerBound]), String(piece[range.upperBound...]), false))
            } else if let range = piece.firstRange(of: "==") ?? piece.firstRange(of: "=") {
                requirements.append((String(piece[..<range.lowerBound]), String(piece[range.upperBound...]), true))
            } else {
                throw .plain("invalid field selector: '\(piece)'")
            }
        }
    }

    /// Whether the object's fields satisfy every requirement (missing fields read as "").
    func matches(_ object: JSONValue) -> Bool {
        requirements.allSatisfy { path, value, equal in
            let actual: String
            switch object[path: path] {
            case .string(let text): actual = text
            case .int(let number): actual = String(number)
            case .bool(let flag): actual = flag ? "true" : "false"
            default: actual = ""
            }
            return (actual == value) == equal
        }
    }
}
