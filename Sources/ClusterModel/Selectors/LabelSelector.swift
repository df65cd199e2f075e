/// A label selector: a conjunction of requirements, parsed from kubectl's string syntax
/// (`a=b,c!=d,e in (f,g),!h`) or built from a JSON `matchLabels`/`matchExpressions` selector.
///
/// An empty selector matches every object.
public struct LabelSelector: Hashable, Sendable, CustomStringConvertible {
    /// The requirements, sorted by key (then operator), as apimachinery keeps them.
    public private(set) var requirements: [LabelRequirement]

    /// A selector from requirements (sorted on creation).
    public init(requirements: [LabelRequirement] = []) {
        self.requirements = requirements.sorted()
    }

    /// A selector requiring every given label (`matchLabels`).
    public init(matchLabels: [String: String]) {
        self.init(requirements: matchLabels.map { LabelRequirement(key: $0.key, operator: .equals, values: [$0.value]) })
    }

    /// Parses kubectl's selector syntax. Throws a BadRequest `APIError` whose message is apimachinery's
    /// parse error, e.g. `unable to parse requirement: found 'b', expected: '('`.
    public init(parsing text: String) throws(APIError) {
        var parser = LabelSelectorParser(text)
        self.init(requirements: try parser.parse())
    }

    /// Builds a selector from a `metav1.LabelSelector` JSON object (`matchLabels`, `matchExpressions`).
    /// Unknown operators produce a requirement that matches nothing.
    public init(json: JSONValue) {
        var result: [LabelRequirement] = []
        for (key, value) in json["matchLabels"].stringMap {
            result.append(LabelRequirement(key: key, operator: .equals, values: [value]))
        }
        for expression in json["matchExpressions"].array ?? [] {
            let key = expression["key"].string ?? ""
            let values = (expression["values"].array ?? []).compactMap(\.string)
            switch expression["operator"].string ?? "" {
            case "In": result.append(LabelRequirement(key: key, operator: .in, values: values))
            case "NotIn": result.append(LabelRequirement(key: key, operator: .notIn, values: values))
            case "Exists": result.append(LabelRequirement(key: key, operator: .exists, values: []))
            case "DoesNotExist": result.append(LabelRequirement(key: key, operator: .doesNotExist, values: []))
            default: result.append(LabelRequirement(key: key, operator: .in, values: []))
            }
        }
        self.init(requirements: result)
    }

    /// True when there are no requirements (matches everything).
    public var isEmpty: Bool { requirements.isEmpty }

    /// Whether a label set satisfies every requirement.
    public func matches(_ labels: [String: String]) -> Bool {
        for requirement in requirements where !requirement.matches(labels) { return false }
        return true
    }

    /// The canonical string form, as apimachinery's `Selector.String()` writes it: requirements sorted by key,
    /// joined by commas, e.g. `app=nginx,pod-template-hash=7768647bf9`, `env in (a,b),!legacy`.
    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }

    /// The requirements that pin a key to one value (`=`/`==`/single-value `in`), for index look-ups.
    var pinnedLabels: [String: String] {
        var result: [String: String] = [:]
        for requirement in requirements {
            switch requirement.operator {
            case .equals, .doubleEquals: result[requirement.key] = requirement.values.first
            case .in where requirement.values.count == 1: result[requirement.key] = requirement.values[0]
            default: break
            }
        }
        return result
    }
}
