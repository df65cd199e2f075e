import ClusterModel

/// The label and selector renderings kubectl's printers use (`labels.FormatLabels`,
/// `metav1.FormatLabelSelector`, `labels.Selector.String()`).
enum LabelFormatting {
    /// `k=v,k2=v2` sorted by key; `<none>` when empty (`labels.FormatLabels`).
    static func labels(_ map: [String: String]) -> String {
        if map.isEmpty { return "<none>" }
        return map.keys.sorted().map { "\($0)=\(map[$0]!)" }.joined(separator: ",")
    }

    /// A `LabelSelector` object (`matchLabels` + `matchExpressions`) as `Selector.String()` writes it:
    /// requirements sorted by key, `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`. Nil when malformed;
    /// `""` for an empty or absent selector.
    static func selectorString(_ selector: JSONValue) -> String? {
        var requirements: [(key: String, text: String)] = []
        for (key, value) in selector["matchLabels"].stringMap { requirements.append((key, "\(key)=\(value)")) }
        for expression in selector["matchExpressions"].array ?? [] {
            guard let key = expression["key"].string, let op = expression["operator"].string else { return nil }
            let values = (expression["values"].array ?? []).compactMap(\.string).sorted()
            switch op {
            case "In":
                if values.isEmpty { return nil }
                requirements.append((key, "\(key) in (\(values.joined(separator: ",")))"))
            case "NotIn":
                if values.isEmpty { return nil }
                requirements.append((key, "\(key) notin (\(values.joined(separator: ",")))"))
            case "Exists": requirements.append((key, key))
            case "DoesNotExist": requirements.append((key, "!" + key))
            default: return nil
            }
        }
        return requirements.enumerated().sorted { lhs, rhs in
            lhs.element.key == rhs.element.key ? lhs.offset < rhs.offset : lhs.element.key < rhs.element.key
        }.map(\.element.text).joined(separator: ",")
    }

    /// `metav1.FormatLabelSelector`: the selector string, `<none>` when empty, `<error>` when malformed.
    static func formatLabelSelector(_ selector: JSONValue) -> String {
        guard let text = selectorString(selector) else { return "<error>" }
        return text.isEmpty ? "<none>" : text
    }
}
