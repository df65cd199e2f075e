import Foundation

/// The subset of JSON Schema (draft 2020-12) that `lessons/lesson.schema.json` uses: `type`, `enum`,
/// `properties`, `required`, `additionalProperties`, `items`, `minItems`, `minimum`, `pattern`, `$ref` to
/// `#/$defs/…`, and `oneOf`/`anyOf` whose branches each only require one field.
public struct SchemaNode: Sendable {
    /// Allowed JSON types (`string`, `integer`, `number`, `boolean`, `array`, `object`); empty means any.
    public var types: [String] = []
    /// Allowed values (compared as text).
    public var allowedValues: [String]?
    /// Declared properties of an object.
    public var properties: [String: SchemaNode]?
    /// Required properties.
    public var required: [String] = []
    /// `false` forbids other properties; a schema validates them; nil allows them.
    public var additional: [SchemaNode]?
    /// Whether `additionalProperties: false`.
    public var closed = false
    /// The schema of array items.
    public var items: [SchemaNode] = []
    /// Minimum array length.
    public var minItems: Int?
    /// Minimum number.
    public var minimum: Double?
    /// A regular expression strings must contain a match of.
    public var pattern: String?
    /// `$defs/<name>` this node refers to.
    public var reference: String?
    /// `oneOf` branches, each the list of fields it requires.
    public var exactlyOne: [String]?
    /// `anyOf` branches, each the list of fields it requires.
    public var atLeastOne: [String]?
    /// Named definitions (root only).
    public var definitions: [String: SchemaNode] = [:]

    /// Reads a schema from decoded JSON.
    init(json: Any) {
        guard let object = json as? [String: Any] else { return }
        if let type = object["type"] as? String { types = [type] }
        if let list = object["type"] as? [String] { types = list }
        if let values = object["enum"] as? [Any] { allowedValues = values.map { "\($0)" } }
        if let props = object["properties"] as? [String: Any] { properties = props.mapValues(SchemaNode.init(json:)) }
        required = object["required"] as? [String] ?? []
        if let flag = object["additionalProperties"] as? Bool {
            closed = !flag
        } else if let schema = object["additionalProperties"] as? [String: Any] {
            additional = [SchemaNode(json: schema)]
        }
        if let item = object["items"] as? [String: Any] { items = [SchemaNode(json: item)] }
        minItems = object["minItems"] as? Int
        minimum = (object["minimum"] as? NSNumber)?.doubleValue
        pattern = object["pattern"] as? String
        if let ref = object["$ref"] as? String, ref.hasPrefix("#/$defs/") { reference = String(ref.dropFirst(8)) }
        func requiredOnly(_ key: String) -> [String]? {
            (object[key] as? [[String: Any]])?.compactMap { ($0["required"] as? [String])?.first }
        }
        exactlyOne = requiredOnly("oneOf")
        atLeastOne = requiredOnly("anyOf")
        if let defs = object["$defs"] as? [String: Any] { definitions = defs.mapValues(SchemaNode.init(json:)) }
    }

    /// Parses schema text.
    public static func parse(_ text: String) throws -> SchemaNode {
        SchemaNode(json: try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }

    /// The lesson schema.
    public static let lesson: SchemaNode = (try? parse(LessonSchema.text)) ?? SchemaNode(json: [:])
}
