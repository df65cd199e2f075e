import Yams

/// Finds where in a YAML document a coding path points, for error messages with line:column.
enum YAMLPosition {
    /// The mark of the node at `path` (or of the deepest node that exists on the way).
    static func mark(of root: Node, at path: [any CodingKey]) -> Mark? {
        var node = root
        var best = root.mark
        for key in path {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
                best = node.mark ?? best
            } else if let mapping = node.mapping {
                guard let pair = mapping.first(where: { $0.key.string == key.stringValue }) else { break }
                // Point at the key: that is what "unknown field" and "expected …" errors are about.
                best = pair.key.mark ?? best
                node = pair.value
            } else {
                break
            }
        }
        return best
    }

    /// `steps[2].checks[0].state` for a coding path.
    static func describe(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                if !out.isEmpty { out += "." }
                out += key.stringValue
            }
        }
        return out
    }
}
