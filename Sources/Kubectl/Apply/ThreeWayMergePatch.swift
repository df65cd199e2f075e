import ClusterModel

/// The patch client-side `kubectl apply` sends: `strategicpatch.CreateThreeWayMergePatch` of the last-applied
/// configuration (original), the new manifest (modified) and the live object (current).
///
/// Two diffs make it: additions and changes from current to modified (so a field a controller set and the manifest
/// does not name is kept), and deletions from original to modified (so a field removed from the manifest is removed
/// live). Lists with a merge key (containers by `name`, ports by `containerPort`) are diffed element by element, with
/// `$patch: delete` for removed elements and `$setElementOrder/<list>` for the order; objects with the `retainKeys`
/// strategy get `$retainKeys`; other values are replaced whole. An empty result (`{}`) means `unchanged`.
struct ThreeWayMergePatch {
    /// The schema the merge keys and strategies come from.
    let schema: APISchema

    /// What to leave out of one diff.
    private struct Options {
        var ignoreDeletions = false
        var ignoreChangesAndAdditions = false
    }

    /// The patch for an object of the definition `definition`.
    func patch(original: JSONValue?, modified: JSONValue, current: JSONValue, definition: SchemaDefinition?) -> JSONValue {
        let modifiedMembers = modified.object ?? [:]
        let delta = diff(current.object ?? [:], modifiedMembers, definition, Options(ignoreDeletions: true))
        let deletions = diff(original?.object ?? [:], modifiedMembers, definition, Options(ignoreChangesAndAdditions: true))
        return .object(merge(deletions, delta, definition))
    }

    /// The diff of two objects under `options`.
    private func diff(
        _ original: [String: JSONValue], _ modified: [String: JSONValue], _ definition: SchemaDefinition?, _ options: Options,
        retainKeys: Bool = false
    ) -> [String: JSONValue] {
        var patch: [String: JSONValue] = [:]
        for key in modified.keys.sorted() {
            let new = modified[key]!
            guard let old = original[key] else {
                if !options.ignoreChangesAndAdditions { patch[key] = new }
                continue
            }
            let field = definition?.fields[key]
            switch (old, new) {
            case (.object(let oldMembers), .object(let newMembers)):
                let nested: SchemaDefinition?
                if let field, case .object(let id) = schema.resolve(field.type) { nested = schema.definition(id) } else { nested = nil }
                let retain = field?.patchStrategy?.contains("retainKeys") ?? false
                let sub = diff(oldMembers, newMembers, nested, options, retainKeys: retain)
                if !sub.isEmpty { patch[key] = .object(sub) }
            case (.array(let oldItems), .array(let newItems)) where field?.patchStrategy?.contains("merge") == true:
                diffList(key, oldItems, newItems, field!, options, into: &patch)
            default:
                if old != new, !options.ignoreChangesAndAdditions { patch[key] = new }
            }
        }
        if !options.ignoreDeletions {
            for key in original.keys where modified[key] == nil { patch[key] = .null }
        }
        let hasNewField = modified.keys.contains { original[$0] == nil }
        if retainKeys, !patch.isEmpty || (hasNewField && !options.ignoreChangesAndAdditions) {
            patch["$retainKeys"] = .array(modified.keys.sorted().map { .string($0) })
        }
        return patch
    }

    /// Diffs a list with the merge strategy: by merge key for lists of objects, as a set for primitives.
    private func diffList(
        _ key: String, _ old: [JSONValue], _ new: [JSONValue], _ field: SchemaField, _ options: Options, into patch: inout [String: JSONValue]
    ) {
        guard let mergeKey = field.mergeKey, case .list(.object(let id)) = schema.resolve(field.type) else {
            let additions = options.ignoreChangesAndAdditions ? [] : new.filter { !old.contains($0) }
            let deletions = options.ignoreDeletions ? [] : old.filter { !new.contains($0) }
            if !additions.isEmpty { patch[key] = .array(additions) }
            if !deletions.isEmpty { patch["$deleteFromPrimitiveList/" + key] = .array(deletions) }
            if !deletions.isEmpty || (!options.ignoreChangesAndAdditions && old != new) { patch["$setElementOrder/" + key] = .array(new) }
            return
        }
        let element = schema.definition(id)
        // strategicpatch.diffListsOfMaps walks both lists sorted by the merge key's value.
        func sortKey(_ item: JSONValue) -> String { Self.goText(item[mergeKey]) }
        let oldSorted = old.sorted { sortKey($0) < sortKey($1) }
        let newSorted = new.sorted { sortKey($0) < sortKey($1) }
        var changes: [JSONValue] = []
        var removals: [JSONValue] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < oldSorted.count || newIndex < newSorted.count {
            if oldIndex < oldSorted.count, newIndex < newSorted.count {
                let oldKey = sortKey(oldSorted[oldIndex])
                let newKey = sortKey(newSorted[newIndex])
                if oldKey == newKey {
                    var sub = diff(oldSorted[oldIndex].object ?? [:], newSorted[newIndex].object ?? [:], element, options)
                    if !sub.isEmpty {
                        sub[mergeKey] = newSorted[newIndex][mergeKey]
                        changes.append(.object(sub))
                    }
                    oldIndex += 1
                    newIndex += 1
                } else if oldKey < newKey {
                    if !options.ignoreDeletions { removals.append(["$patch": "delete", mergeKey: oldSorted[oldIndex][mergeKey]]) }
                    oldIndex += 1
                } else {
                    if !options.ignoreChangesAndAdditions { changes.append(newSorted[newIndex]) }
                    newIndex += 1
                }
            } else if oldIndex < oldSorted.count {
                if !options.ignoreDeletions { removals.append(["$patch": "delete", mergeKey: oldSorted[oldIndex][mergeKey]]) }
                oldIndex += 1
            } else {
                if !options.ignoreChangesAndAdditions { changes.append(newSorted[newIndex]) }
                newIndex += 1
            }
        }
        if !changes.isEmpty || !removals.isEmpty { patch[key] = .array(changes + removals) }
        if (!options.ignoreDeletions && !removals.isEmpty) || (!options.ignoreChangesAndAdditions && !changes.isEmpty) {
            patch["$setElementOrder/" + key] = .array(new.map { [mergeKey: $0[mergeKey]] })
        }
    }

    /// Merges the deletions patch and the delta patch (`strategicpatch.mergeMap` of two patches): objects merge,
    /// merge-key lists merge element by element, otherwise the delta wins.
    private func merge(_ base: [String: JSONValue], _ overlay: [String: JSONValue], _ definition: SchemaDefinition?) -> [String: JSONValue] {
        var result = base
        for (key, value) in overlay {
            guard let existing = result[key] else {
                result[key] = value
                continue
            }
            let field = definition?.fields[key]
            switch (existing, value) {
            case (.object(let a), .object(let b)):
                let nested: SchemaDefinition?
                if let field, case .object(let id) = schema.resolve(field.type) { nested = schema.definition(id) } else { nested = nil }
                result[key] = .object(merge(a, b, nested))
            case (.array(let a), .array(let b)):
                if let mergeKey = field?.mergeKey, case .list(.object(let id))? = field.map({ schema.resolve($0.type) }) {
                    var items = a
                    for item in b {
                        if let index = items.firstIndex(where: { $0[mergeKey] == item[mergeKey] && $0["$patch"].isNull && item["$patch"].isNull }),
                            case .object(let x) = items[index], case .object(let y) = item
                        {
                            items[index] = .object(merge(x, y, schema.definition(id)))
                        } else {
                            items.append(item)
                        }
                    }
                    result[key] = .array(items)
                } else if key.hasPrefix("$setElementOrder/") || key == "$retainKeys" {
                    result[key] = value
                } else {
                    result[key] = .array(a + b.filter { !a.contains($0) })
                }
            default:
                result[key] = value
            }
        }
        return result
    }

    /// A merge-key value as Go's `%v` prints it, for sorting.
    private static func goText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        default: return value.compactJSON
        }
    }
}
