/// One requirement of a label selector: a key, an operator and (for some operators) values.
public struct LabelRequirement: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The selector operators kubectl's syntax and `matchExpressions` support.
    public enum Operator: String, Hashable, Sendable, CaseIterable {
        /// `key=value`
        case equals = "="
        /// `key==value`
        case doubleEquals = "=="
        /// `key!=value` (also true when the label is absent)
        case notEquals = "!="
        /// `key in (a,b)`
        case `in` = "in"
        /// `key notin (a,b)` (also true when the label is absent)
        case notIn = "notin"
        /// `key`
        case exists = "exists"
        /// `!key`
        case doesNotExist = "!"
        /// `key>n` (integer comparison)
        case greaterThan = "gt"
        /// `key<n` (integer comparison)
        case lessThan = "lt"
    }

    /// The label key.
    public var key: String
    /// The operator.
    public var `operator`: Operator
    /// The values, sorted (empty for exists/doesNotExist).
    public var values: [String]

    /// Creates a requirement; values are sorted and de-duplicated.
    public init(key: String, operator: Operator, values: [String]) {
        self.key = key
        self.operator = `operator`
        self.values = Array(Set(values)).sorted()
    }

    /// Whether `labels` satisfy this requirement.
    public func matches(_ labels: [String: String]) -> Bool {
        let value = labels[key]
        switch `operator` {
        case .equals, .doubleEquals, .in:
            guard let value else { return false }
            return values.contains(value)
        case .notEquals, .notIn:
            guard let value else { return true }
            return !values.contains(value)
        case .exists: return value != nil
        case .doesNotExist: return value == nil
        case .greaterThan, .lessThan:
            guard let value, let number = Int64(value), let bound = values.first.flatMap({ Int64($0) }) else { return false }
            return `operator` == .greaterThan ? number > bound : number < bound
        }
    }

    /// The requirement in selector syntax, e.g. `app=nginx`, `tier in (a,b)`, `!legacy`.
    public var description: String {
        switch `operator` {
        case .equals: return "\(key)=\(values.first ?? "")"
        case .doubleEquals: return "\(key)==\(values.first ?? "")"
        case .notEquals: return "\(key)!=\(values.first ?? "")"
        case .in: return "\(key) in (\(values.joined(separator: ",")))"
        case .notIn: return "\(key) notin (\(values.joined(separator: ",")))"
        case .exists: return key
        case .doesNotExist: return "!" + key
        case .greaterThan: return "\(key)>\(values.first ?? "")"
        case .lessThan: return "\(key)<\(values.first ?? "")"
        }
    }

    public static func < (lhs: LabelRequirement, rhs: LabelRequirement) -> Bool {
        if lhs.key != rhs.key { return lhs.key < rhs.key }
        if lhs.operator != rhs.operator { return lhs.operator.rawValue < rhs.operator.rawValue }
        return lhs.values.lexicographicallyPrecedes(rhs.values)
    }
}
