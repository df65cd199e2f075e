/// A JSON document held as a value: the unstructured form of every API object.
///
/// The simulated API server hands objects to kubectl as `JSONValue`, exactly as a real
/// server hands them over the wire; kubectl's printers (tables, `-o json`, `-o yaml`,
/// `-o jsonpath`, `describe`) and the lesson checks read them through subscripts and paths.
/// Objects keep their keys in a dictionary; printers sort them, as kubectl's unstructured
/// printers do.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// An integral number. Kubernetes uses integers almost everywhere (ports, replicas, seconds).
    case int(Int)
    /// A number with a fractional part or one too large for `Int`.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}

extension JSONValue {
    /// The empty object `{}`.
    public static let emptyObject = JSONValue.object([:])

    /// The member named `key` of an object, or `.null` when this is not an object or has no such key.
    ///
    /// Setting a member makes this an object (dropping any other content); setting `.null` removes the member.
    /// Writes mutate the members in place: the dictionary is moved out of `self` before it changes, so it is
    /// uniquely referenced and never copied, also through nested paths (`value["metadata"]["name"] = …`).
    public subscript(key: String) -> JSONValue {
        get {
            if case .object(let members) = self { return members[key] ?? .null }
            return .null
        }
        set {
            var members = takeMembers()
            if case .null = newValue { members.removeValue(forKey: key) } else { members[key] = newValue }
            self = .object(members)
        }
        // `_modify` (a yielding accessor) lets nested writes change the member in place instead of
        // getting a copy, changing it and setting it back.
        _modify {
            var members = takeMembers()
            defer {
                if case .null? = members[key] { members.removeValue(forKey: key) }
                self = .object(members)
            }
            yield &members[key, default: .null]
        }
    }

    /// The members of this object (empty when it is not one), moved out: `self` is left `.null`, so the
    /// returned dictionary is uniquely referenced and can be changed without copying.
    private mutating func takeMembers() -> [String: JSONValue] {
        guard case .object(let members) = self else { return [:] }
        self = .null
        return members
    }

    /// The element at `index` of an array, or `.null` when out of range or not an array.
    public subscript(index: Int) -> JSONValue {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return .null
    }

    /// The value at a dotted path such as `status.phase` or `spec.containers.0.name`.
    ///
    /// Numeric components index arrays. A missing step yields `.null`.
    public subscript(path path: String) -> JSONValue {
        var current = self
        for component in path.split(separator: ".", omittingEmptySubsequences: true) {
            let key = String(component)
            if case .array = current, let index = Int(key) {
                current = current[index]
            } else {
                current = current[key]
            }
            if case .null = current { return .null }
        }
        return current
    }

    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The string, when this is a string.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, when this is an integral number.
    public var int: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 9.0e15: return Int(value)
        default: return nil
        }
    }

    /// The number as a `Double`, when this is any number.
    public var double: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    /// The Boolean, when this is a Boolean.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array.
    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The members, when this is an object.
    public var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The members of an object whose values are all strings (labels, annotations, selectors).
    public var stringMap: [String: String] {
        guard case .object(let members) = self else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in members {
            if let text = value.string { result[key] = text }
        }
        return result
    }

    /// A JSON object built from a string map.
    public init(stringMap: [String: String]) {
        self = .object(stringMap.mapValues { .string($0) })
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}
