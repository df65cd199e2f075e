/// Serialization of `JSONValue` exactly as Go's `encoding/json` writes it, which is what kubectl prints.
///
/// Keys are sorted (kubectl re-marshals unstructured maps), `<`, `>` and `&` are escaped as
/// `\u003c`, `\u003e`, `\u0026`, non-ASCII text is written raw, and the indented form uses
/// four spaces, as `kubectl get -o json` does.
extension JSONValue {
    /// Compact JSON with sorted keys and no whitespace, as `json.Marshal` writes it.
    public var compactJSON: String {
        var out = ""
        write(to: &out, indent: nil, depth: 0)
        return out
    }

    /// Indented JSON with sorted keys, as `json.MarshalIndent(v, "", indent)` writes it (no trailing newline).
    public func indentedJSON(indent: String = "    ") -> String {
        var out = ""
        write(to: &out, indent: indent, depth: 0)
        return out
    }

    /// Indented JSON of a typed Go object (`json.MarshalIndent` of a struct): each object's keys in the order
    /// `order(path)` gives for its path (`[]` for the top, `["metadata"]`), unlisted keys after them, sorted.
    public func indentedJSON(indent: String = "    ", order: (_ path: [String]) -> [String]) -> String {
        var out = ""
        write(to: &out, indent: indent, depth: 0, path: [], order: order)
        return out
    }

    private func write(to out: inout String, indent: String?, depth: Int, path: [String], order: (_ path: [String]) -> [String]) {
        guard case .object(let members) = self, !members.isEmpty else {
            if case .array(let items) = self, !items.isEmpty {
                out += "["
                for (position, item) in items.enumerated() {
                    if position > 0 { out += "," }
                    JSONValue.newline(&out, indent: indent, depth: depth + 1)
                    item.write(to: &out, indent: indent, depth: depth + 1, path: path + ["[]"], order: order)
                }
                JSONValue.newline(&out, indent: indent, depth: depth)
                out += "]"
                return
            }
            write(to: &out, indent: indent, depth: depth)
            return
        }
        let listed = order(path).filter { members[$0] != nil }
        let keys = listed + members.keys.filter { !listed.contains($0) }.sorted()
        out += "{"
        for (position, key) in keys.enumerated() {
            if position > 0 { out += "," }
            JSONValue.newline(&out, indent: indent, depth: depth + 1)
            JSONValue.writeQuoted(key, to: &out)
            out += indent == nil ? ":" : ": "
            members[key]!.write(to: &out, indent: indent, depth: depth + 1, path: path + [key], order: order)
        }
        JSONValue.newline(&out, indent: indent, depth: depth)
        out += "}"
    }

    private func write(to out: inout String, indent: String?, depth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += JSONValue.formatDouble(value)
        case .string(let value): JSONValue.writeQuoted(value, to: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (position, item) in items.enumerated() {
                if position > 0 { out += "," }
                JSONValue.newline(&out, indent: indent, depth: depth + 1)
                item.write(to: &out, indent: indent, depth: depth + 1)
            }
            JSONValue.newline(&out, indent: indent, depth: depth)
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (position, key) in members.keys.sorted().enumerated() {
                if position > 0 { out += "," }
                JSONValue.newline(&out, indent: indent, depth: depth + 1)
                JSONValue.writeQuoted(key, to: &out)
                out += indent == nil ? ":" : ": "
                members[key]!.write(to: &out, indent: indent, depth: depth + 1)
            }
            JSONValue.newline(&out, indent: indent, depth: depth)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, indent: String?, depth: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<depth { out += indent }
    }

    /// Go formats float64 with the shortest representation, switching to exponents for very large or small values.
    static func formatDouble(_ value: Double) -> String { GoFloatFormat.format(value) }

    /// Writes a string literal with Go's escaping rules (HTML-safe, U+2028/U+2029 escaped).
    static func writeQuoted(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00"
                    let hex = String(scalar.value, radix: 16)
                    out += hex.count == 1 ? "0" + hex : hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
