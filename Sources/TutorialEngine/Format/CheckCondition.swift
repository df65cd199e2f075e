/// What a check tests: one of the check kinds, or a disjunction of conditions.
public indirect enum CheckCondition: Codable, Hashable, Sendable {
    /// Objects in the live cluster match the query (`state:`).
    case state(ObjectQuery)
    /// A command the learner ran in this step displayed a matching object (`observed:`). Once seen, it stays passed.
    case observed(ObjectQuery)
    /// Virtual time satisfies the condition (`clock:`).
    case clock(ClockCondition)
    /// The change feed has a matching event since the step began (`event:`).
    case event(EventQuery)
    /// The load generator's requests satisfy the condition (`traffic:`).
    case traffic(TrafficCondition)
    /// At least one of the conditions holds (`any:`).
    case any([CheckCondition])

    static let kinds = ["state", "observed", "clock", "event", "traffic", "any"]

    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder, extraFields: [])
    }

    /// Decodes a condition from a mapping that may also hold `extraFields` (a check's `id`).
    init(from decoder: any Decoder, extraFields: [String]) throws {
        try decoder.rejectUnknownFields(extraFields + Self.kinds)
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        switch try decoder.requireExactlyOne(of: Self.kinds, in: "a check") {
        case "state": self = .state(try container.required(ObjectQuery.self, "state"))
        case "observed": self = .observed(try container.required(ObjectQuery.self, "observed"))
        case "clock": self = .clock(try container.required(ClockCondition.self, "clock"))
        case "event": self = .event(try container.required(EventQuery.self, "event"))
        case "traffic": self = .traffic(try container.required(TrafficCondition.self, "traffic"))
        default:
            let options = try container.required([CheckCondition].self, "any")
            guard !options.isEmpty else { throw decoder.invalid("'any' needs at least one condition") }
            self = .any(options)
        }
        if case .state(let query) = self, query.formats != nil {
            throw decoder.invalid("'formats' is only meaningful in an 'observed' check")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try encode(into: &container)
    }

    func encode(into container: inout KeyedEncodingContainer<AnyCodingKey>) throws {
        switch self {
        case .state(let query): try container.encode(query, forKey: AnyCodingKey("state"))
        case .observed(let query): try container.encode(query, forKey: AnyCodingKey("observed"))
        case .clock(let condition): try container.encode(condition, forKey: AnyCodingKey("clock"))
        case .event(let query): try container.encode(query, forKey: AnyCodingKey("event"))
        case .traffic(let condition): try container.encode(condition, forKey: AnyCodingKey("traffic"))
        case .any(let options): try container.encode(options, forKey: AnyCodingKey("any"))
        }
    }

    /// True when this condition (or one of its alternatives) looks at observations.
    public var isObservation: Bool {
        switch self {
        case .observed: return true
        case .any(let options): return options.contains { $0.isObservation }
        default: return false
        }
    }
}
