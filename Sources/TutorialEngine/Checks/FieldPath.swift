import ClusterModel

/// A path into an API object: dotted keys, array indexes and array filters, e.g. `status.readyReplicas`,
/// `spec.containers.0.name`, `endpoints[targetRef.name=web-1].conditions.ready`.
///
/// A filter `key[sub.path=value]` keeps the elements of the array `key` whose `sub.path` equals `value`
/// (compared as text), so a path can select several values.
public struct FieldPath: Hashable, Sendable {
    /// One step of a path.
    public enum Component: Hashable, Sendable {
        /// An object member.
        case key(String)
        /// An array element.
        case index(Int)
        /// The elements of the array member `key` whose `path` has the text `value`.
        case filter(key: String, path: String, value: String)
    }

    /// The steps.
    public var components: [Component]

    /// Parses a path (placeholders must already be substituted); nil when malformed.
    public static func parse(_ text: String) -> FieldPath? {
        var components: [Component] = []
        var segment = ""
        var depth = 0
        var segments: [String] = []
        for character in text {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if character == ".", depth == 0 {
                segments.append(segment)
                segment = ""
            } else {
                segment.append(character)
            }
        }
        segments.append(segment)
        guard depth == 0 else { return nil }
        for segment in segments {
            guard !segment.isEmpty else { return nil }
            if let open = segment.firstIndex(of: "[") {
                guard segment.hasSuffix("]") else { return nil }
                let key = String(segment[..<open])
                let inner = String(segment[segment.index(after: open)..<segment.index(before: segment.endIndex)])
                guard !key.isEmpty else { return nil }
                if let index = Int(inner) {
                    components += [.key(key), .index(index)]
                } else {
                    guard let equals = inner.firstIndex(of: "=") else { return nil }
                    let path = String(inner[..<equals])
                    guard !path.isEmpty else { return nil }
                    components.append(.filter(key: key, path: path, value: String(inner[inner.index(after: equals)...])))
                }
            } else if let index = Int(segment) {
                components.append(.index(index))
            } else {
                components.append(.key(segment))
            }
        }
        return FieldPath(components: components)
    }

    /// The values the path selects in `object` (nulls dropped).
    public func select(in object: JSONValue) -> [JSONValue] {
        var current = [object]
        for component in components {
            var next: [JSONValue] = []
            for value in current {
                switch component {
                case .key(let key): next.append(value[key])
                case .index(let index): next.append(value[index])
                case .filter(let key, let path, let wanted):
                    for element in value[key].array ?? [] where Self.text(element[path: path]) == wanted {
                        next.append(element)
                    }
                }
            }
            current = next.filter { !$0.isNull }
        }
        return current
    }

    /// A scalar as text (`true`, `80`, `Running`); nil for null, arrays and objects.
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        default: return nil
        }
    }
}
