/// RFC 6902 JSON patch: a list of `add`, `remove`, `replace`, `move`, `copy` and `test` operations on JSON pointers.
///
/// Failures are worded after `evanphx/json-patch`; the API server does not show them to clients but answers a failed
/// operation with a generic 422 (`Cluster.applyJSONPatch`), so the texts only matter to this package's tests.
enum JSONPatch {
    /// The operations of `patch` applied to `target` in order; any failing operation fails the whole patch.
    static func apply(_ patch: JSONValue, to target: JSONValue) throws(APIError) -> JSONValue {
        guard let operations = patch.array else {
            throw APIError.badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch")
        }
        var document = target
        for operation in operations {
            guard let op = operation["op"].string else { throw APIError.badRequest("Unexpected kind: unknown") }
            guard let path = operation["path"].string else { throw APIError.badRequest("doc is missing path: \"\": missing value") }
            let pointer = try pointer(path)
            switch op {
            case "add": document = try add(operation["value"], at: pointer, in: document)
            case "remove": document = try remove(at: pointer, in: document, path: path)
            case "replace":
                // json-patch v4 (what the API server runs): the parent must exist; a member missing from an object
                // is set, an array element must exist.
                guard let last = pointer.last else {
                    document = operation["value"]
                    continue
                }
                let parent = try value(at: Array(pointer.dropLast()), in: document, path: path, operation: "replace")
                switch parent {
                case .object:
                    document = try add(operation["value"], at: pointer, in: document)
                case .array(let items):
                    guard let index = Int(last), items.indices.contains(index) else { throw missing("replace", path) }
                    document = try add(operation["value"], at: pointer, in: try remove(at: pointer, in: document, path: path))
                default:
                    throw missing("replace", path)
                }
            case "move", "copy":
                guard let from = operation["from"].string else { throw APIError.badRequest("doc is missing from field") }
                let source = try self.pointer(from)
                let moved: JSONValue
                if op == "copy", let last = source.last, case .object(let members) = try value(at: Array(source.dropLast()), in: document, path: from, operation: op) {
                    // v4 copies a member missing from an existing object as null.
                    moved = members[last] ?? .null
                } else {
                    moved = try value(at: source, in: document, path: from, operation: op)
                }
                if op == "move" { document = try remove(at: source, in: document, path: from) }
                document = try add(moved, at: pointer, in: document)
            case "test":
                let actual = try? value(at: pointer, in: document, path: path, operation: "test")
                if actual ?? .null != operation["value"] { throw APIError.badRequest("testing value \(path) failed: test failed") }
            default:
                throw APIError.badRequest("Unexpected kind: \(op)")
            }
        }
        return document
    }

    /// The reference tokens of a JSON pointer (`/spec/containers/0/image`), `~1` and `~0` decoded.
    private static func pointer(_ path: String) throws(APIError) -> [String] {
        if path.isEmpty { return [] }
        guard path.hasPrefix("/") else { throw APIError.badRequest("JSON pointer must be empty or start with a \"/\": \(path)") }
        return path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { token in
            var decoded = ""
            var escaped = false
            for character in token {
                if escaped {
                    decoded.append(character == "1" ? "/" : character == "0" ? "~" : character)
                    escaped = false
                } else if character == "~" {
                    escaped = true
                } else {
                    decoded.append(character)
                }
            }
            return decoded
        }
    }

    private static func value(at pointer: [String], in document: JSONValue, path: String, operation: String) throws(APIError) -> JSONValue {
        var current = document
        for token in pointer {
            switch current {
            case .object(let members):
                guard let next = members[token] else { throw missing(operation, path) }
                current = next
            case .array(let items):
                guard let index = Int(token), items.indices.contains(index) else { throw missing(operation, path) }
                current = items[index]
            default:
                throw missing(operation, path)
            }
        }
        return current
    }

    private static func missing(_ operation: String, _ path: String) -> APIError {
        APIError.badRequest("\(operation) operation does not apply: doc is missing path: \"\(path)\": missing value")
    }

    private static func add(_ value: JSONValue, at pointer: [String], in document: JSONValue) throws(APIError) -> JSONValue {
        guard let token = pointer.first else { return value }
        let rest = Array(pointer.dropFirst())
        switch document {
        case .object(var members):
            if rest.isEmpty {
                members[token] = value
            } else {
                guard let child = members[token] else { throw missing("add", "/" + pointer.joined(separator: "/")) }
                members[token] = try add(value, at: rest, in: child)
            }
            return .object(members)
        case .array(var items):
            if rest.isEmpty {
                if token == "-" {
                    items.append(value)
                } else {
                    guard let index = Int(token), (0...items.count).contains(index) else { throw missing("add", "/" + pointer.joined(separator: "/")) }
                    items.insert(value, at: index)
                }
            } else {
                guard let index = Int(token), items.indices.contains(index) else { throw missing("add", "/" + pointer.joined(separator: "/")) }
                items[index] = try add(value, at: rest, in: items[index])
            }
            return .array(items)
        default:
            throw missing("add", "/" + pointer.joined(separator: "/"))
        }
    }

    private static func remove(at pointer: [String], in document: JSONValue, path: String) throws(APIError) -> JSONValue {
        guard let token = pointer.first else { return .null }
        let rest = Array(pointer.dropFirst())
        switch document {
        case .object(var members):
            guard let child = members[token] else { throw missing("remove", path) }
            if rest.isEmpty { members.removeValue(forKey: token) } else { members[token] = try remove(at: rest, in: child, path: path) }
            return .object(members)
        case .array(var items):
            guard let index = Int(token), items.indices.contains(index) else { throw missing("remove", path) }
            if rest.isEmpty { items.remove(at: index) } else { items[index] = try remove(at: rest, in: items[index], path: path) }
            return .array(items)
        default:
            throw missing("remove", path)
        }
    }
}
