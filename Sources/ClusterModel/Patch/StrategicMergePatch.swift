/// Applies a strategic merge patch as the API server does (`strategicpatch.StrategicMergeMapPatch`).
///
/// Like a JSON merge patch, except that lists whose schema declares a merge key and the `merge` strategy are merged
/// element by element (containers by `name`, ports by `containerPort`, env by `name`), and that these directives
/// are understood: `$patch: replace|delete` on an object or list element, `$retainKeys` (fields of a `retainKeys`
/// object that are kept), `$setElementOrder/<list>` (the order of a merged list) and `$deleteFromPrimitiveList/<list>`.
struct StrategicMergePatch {
    /// The schema merge keys and strategies come from.
    let schema: APISchema

    /// `patch` applied to `original`, an object of the definition `definition`.
    func apply(_ patch: JSONValue, to original: JSONValue, definition: SchemaDefinition?) throws(APIError) -> JSONValue {
        guard case .object(let patchMembers) = patch else {
            throw APIError.badRequest("the patch is not a JSON object")
        }
        let originalMembers = original.object ?? [:]
        return try mergeMap(originalMembers, patchMembers, definition: definition).map { .object($0) } ?? .emptyObject
    }

    /// Merges one object; nil means `$patch: delete`.
    private func mergeMap(_ original: [String: JSONValue], _ patch: [String: JSONValue], definition: SchemaDefinition?) throws(APIError)
        -> [String: JSONValue]?
    {
        switch patch["$patch"]?.string {
        case "delete": return nil
        case "replace": return Self.stripDirectives(patch)
        case nil: break
        case let other?: throw APIError.badRequest("Unknown patch type: \(other)")
        }
        var result = original
        var orders: [String: [JSONValue]] = [:]
        for key in patch.keys.sorted() {
            let value = patch[key]!
            if key == "$patch" || key == "$retainKeys" { continue }
            if key.hasPrefix("$setElementOrder/") {
                orders[String(key.dropFirst("$setElementOrder/".count))] = value.array ?? []
                continue
            }
            if key.hasPrefix("$deleteFromPrimitiveList/") {
                let field = String(key.dropFirst("$deleteFromPrimitiveList/".count))
                let removed = value.array ?? []
                if let items = result[field]?.array { result[field] = .array(items.filter { !removed.contains($0) }) }
                continue
            }
            if case .null = value {
                result.removeValue(forKey: key)
                continue
            }
            let field = definition?.fields[key]
            let type = field.map { schema.resolve($0.type) }
            switch (result[key], value) {
            case (.object(let current)?, .object(let change)):
                let nested: SchemaDefinition?
                if case .object(let id)? = type { nested = schema.definition(id) } else { nested = nil }
                if case .map? = type, nested == nil {
                    // A map of scalars or objects without a schema of their own merges key by key.
                    result[key] = try mergeMap(current, change, definition: nil).map { .object($0) }
                } else {
                    result[key] = try mergeMap(current, change, definition: nested).map { .object($0) }
                }
            case (.array(let current)?, .array(let change)) where field?.patchStrategy?.contains("merge") == true:
                if let mergeKey = field?.mergeKey, case .list(.object(let id))? = type {
                    result[key] = .array(try mergeList(current, change, mergeKey: mergeKey, element: schema.definition(id)))
                } else {
                    // A primitive list with the merge strategy is a set: new values are added.
                    result[key] = .array(current + change.filter { !current.contains($0) })
                }
            case (_, .object(let change)):
                result[key] = try mergeMap([:], change, definition: nil).map { .object($0) }
            default:
                result[key] = Self.strip(value)
            }
        }
        if let retained = patch["$retainKeys"]?.array?.compactMap(\.string) {
            let keep = Set(retained)
            result = result.filter { keep.contains($0.key) }
        }
        for (field, order) in orders {
            guard let items = result[field]?.array else { continue }
            result[field] = .array(Self.reorder(items, by: order, mergeKey: definition?.fields[field]?.mergeKey))
        }
        return result
    }

    /// Merges a list of objects by `mergeKey`: matching elements merge, new ones are appended, `$patch: delete`
    /// removes, `$patch: replace` replaces the whole list.
    private func mergeList(_ original: [JSONValue], _ patch: [JSONValue], mergeKey: String, element: SchemaDefinition?) throws(APIError)
        -> [JSONValue]
    {
        if patch.contains(where: { $0["$patch"].string == "replace" }) {
            return patch.filter { $0["$patch"].string != "replace" }.map(Self.strip)
        }
        var result = original
        for change in patch {
            guard case .object(let members) = change else {
                result.append(change)
                continue
            }
            let key = change[mergeKey]
            let position = key.isNull ? nil : result.firstIndex { $0[mergeKey] == key }
            if members["$patch"]?.string == "delete" {
                result.removeAll { $0[mergeKey] == key }
                continue
            }
            if let position, case .object(let current) = result[position] {
                result[position] = try mergeMap(current, members, definition: element).map { .object($0) } ?? .emptyObject
            } else {
                result.append(Self.strip(change))
            }
        }
        return result
    }

    /// `items` ordered as `order` lists them (by merge key, or by value for primitives); items the order does not
    /// name keep their relative order after the named ones.
    private static func reorder(_ items: [JSONValue], by order: [JSONValue], mergeKey: String?) -> [JSONValue] {
        func identity(_ item: JSONValue) -> JSONValue { mergeKey.map { item[$0] } ?? item }
        var remaining = items
        var ordered: [JSONValue] = []
        for wanted in order {
            let target = mergeKey.map { wanted[$0] } ?? wanted
            if let index = remaining.firstIndex(where: { identity($0) == target }) { ordered.append(remaining.remove(at: index)) }
        }
        return ordered + remaining
    }

    /// A value from a patch with every directive removed.
    private static func strip(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members): return .object(stripDirectives(members))
        case .array(let items): return .array(items.map(strip))
        default: return value
        }
    }

    private static func stripDirectives(_ members: [String: JSONValue]) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for (key, value) in members where !key.hasPrefix("$") { result[key] = strip(value) }
        return result
    }
}
