/// RFC 7386 JSON merge patch: objects merge member by member, `null` removes a member, anything else replaces.
enum JSONMergePatch {
    /// `patch` applied to `target`.
    static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
        guard case .object(let members) = patch else { return patch }
        var result: [String: JSONValue] = [:]
        if case .object(let existing) = target { result = existing }
        for (key, value) in members {
            if case .null = value {
                result.removeValue(forKey: key)
            } else {
                result[key] = apply(value, to: result[key] ?? .null)
            }
        }
        return .object(result)
    }
}
