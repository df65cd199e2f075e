import Yams

/// A coding key that accepts any field name, used to list the fields a YAML mapping really has.
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }

    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    init(_ name: String) { self.stringValue = name }
}

extension Decoder {
    /// Fails when the mapping being decoded has a field that is not one of `allowed`.
    ///
    /// Lesson files are strict: a misspelt field (`chekcs:`) is an error with its position, not a silent no-op.
    func rejectUnknownFields(_ allowed: [String]) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath + [key],
                    debugDescription: "unknown field '\(key.stringValue)' (allowed: \(allowed.joined(separator: ", ")))"))
        }
    }

    /// Fails unless exactly one of `names` is present; returns the one present.
    func requireExactlyOne(of names: [String], in what: String) throws -> String {
        let container = try container(keyedBy: AnyCodingKey.self)
        let present = names.filter { container.contains(AnyCodingKey($0)) }
        guard present.count == 1 else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: present.isEmpty
                        ? "\(what) needs one of: \(names.joined(separator: ", "))"
                        : "\(what) takes only one of: \(present.joined(separator: ", "))"))
        }
        return present[0]
    }

    /// A data-corrupted error at the current position.
    func invalid(_ message: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: message))
    }
}

extension KeyedDecodingContainer where Key == AnyCodingKey {
    /// The value of `name`, or nil when absent.
    func optional<T: Decodable>(_ type: T.Type, _ name: String) throws -> T? {
        try decodeIfPresent(type, forKey: AnyCodingKey(name))
    }

    /// The value of `name`, failing with "missing field" when absent.
    func required<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        guard contains(AnyCodingKey(name)) else {
            throw DecodingError.keyNotFound(
                AnyCodingKey(name), DecodingError.Context(codingPath: codingPath, debugDescription: "missing field '\(name)'"))
        }
        return try decode(type, forKey: AnyCodingKey(name))
    }
}

extension KeyedEncodingContainer where Key == AnyCodingKey {
    /// Encodes `value` under `name` unless it is nil.
    mutating func encodeOptional<T: Encodable>(_ value: T?, _ name: String) throws {
        if let value { try encode(value, forKey: AnyCodingKey(name)) }
    }
}
