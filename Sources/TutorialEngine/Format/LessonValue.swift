import ClusterModel

/// A literal value in a lesson file (`equals: 1`, `equals: false`, `in: [a, b]`), held as a `JSONValue`.
///
/// YAML scalars become booleans, integers, numbers or strings, in that order of preference, so a check
/// compares like with like against objects the cluster serves.
public struct LessonValue: Codable, Hashable, Sendable {
    /// The value.
    public var json: JSONValue

    /// Wraps a JSON value.
    public init(_ json: JSONValue) { self.json = json }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var members: [String: JSONValue] = [:]
            for key in container.allKeys {
                members[key.stringValue] = try container.decode(LessonValue.self, forKey: key).json
            }
            json = .object(members)
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !container.isAtEnd { items.append(try container.decode(LessonValue.self).json) }
            json = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            json = .null
        } else if let value = try? single.decode(Bool.self) {
            json = .bool(value)
        } else if let value = try? single.decode(Int.self) {
            json = .int(value)
        } else if let value = try? single.decode(Double.self) {
            json = .double(value)
        } else {
            json = .string(try single.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch json {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .int(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .double(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .string(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(LessonValue(item)) }
        case .object(let members):
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            for (key, value) in members { try container.encode(LessonValue(value), forKey: AnyCodingKey(key)) }
        }
    }
}
