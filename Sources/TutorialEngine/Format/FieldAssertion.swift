/// One assertion on a field of an API object, addressed by a path such as `status.readyReplicas` or
/// `endpoints[targetRef.name={oldPod}].conditions.serving`.
///
/// Exactly one operator is given. A path can select several values (an array filter selects every matching
/// element); `exists: false` passes when it selects none, every other operator needs at least one value and
/// passes when every selected value satisfies it.
public struct FieldAssertion: Codable, Hashable, Sendable {
    /// The operator and its operand.
    public enum Operator: Hashable, Sendable {
        /// The path selects at least one non-null value (`true`) or none (`false`).
        case exists(Bool)
        /// Every selected value equals the literal (placeholders in strings are substituted first).
        case equals(LessonValue)
        /// Every selected value differs from the literal.
        case notEquals(LessonValue)
        /// Every selected value is one of the literals.
        case oneOf([LessonValue])
        /// Every selected value is a string matching the regular expression (whole-string match).
        case matches(String)
        /// Every selected value is a number ≥ the operand.
        case atLeast(Double)
        /// Every selected value is a number ≤ the operand.
        case atMost(Double)
        /// Every selected value is an array (or object) with this many elements.
        case length(Int)
    }

    /// The field path.
    public var path: String
    /// What must hold.
    public var check: Operator

    /// An assertion.
    public init(path: String, _ check: Operator) {
        self.path = path
        self.check = check
    }

    static let operators = ["exists", "equals", "notEquals", "in", "matches", "atLeast", "atMost", "length"]

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(["path"] + Self.operators)
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        path = try container.required(String.self, "path")
        switch try decoder.requireExactlyOne(of: Self.operators, in: "an assertion") {
        case "exists": check = .exists(try container.required(Bool.self, "exists"))
        case "equals": check = .equals(try container.required(LessonValue.self, "equals"))
        case "notEquals": check = .notEquals(try container.required(LessonValue.self, "notEquals"))
        case "in": check = .oneOf(try container.required([LessonValue].self, "in"))
        case "matches": check = .matches(try container.required(String.self, "matches"))
        case "atLeast": check = .atLeast(try container.required(Double.self, "atLeast"))
        case "atMost": check = .atMost(try container.required(Double.self, "atMost"))
        default: check = .length(try container.required(Int.self, "length"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(path, forKey: AnyCodingKey("path"))
        switch check {
        case .exists(let value): try container.encode(value, forKey: AnyCodingKey("exists"))
        case .equals(let value): try container.encode(value, forKey: AnyCodingKey("equals"))
        case .notEquals(let value): try container.encode(value, forKey: AnyCodingKey("notEquals"))
        case .oneOf(let values): try container.encode(values, forKey: AnyCodingKey("in"))
        case .matches(let value): try container.encode(value, forKey: AnyCodingKey("matches"))
        case .atLeast(let value): try container.encode(value, forKey: AnyCodingKey("atLeast"))
        case .atMost(let value): try container.encode(value, forKey: AnyCodingKey("atMost"))
        case .length(let value): try container.encode(value, forKey: AnyCodingKey("length"))
        }
    }
}
