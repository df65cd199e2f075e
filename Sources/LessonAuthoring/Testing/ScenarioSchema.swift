/// The JSON Schema of scenario files (`lessons/<id>/tests/*.yaml`), used by lint for positioned messages.
enum ScenarioSchema {
    /// The schema as JSON text.
    static let text = #"""
    {
      "type": "object",
      "additionalProperties": false,
      "required": ["scenarios"],
      "properties": {"scenarios": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/scenario"}}},
      "$defs": {
        "id": {"type": "string", "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"},
        "scenario": {
          "type": "object",
          "additionalProperties": false,
          "required": ["name", "at", "type", "expect"],
          "properties": {
            "name": {"type": "string"},
            "at": {"$ref": "#/$defs/id"},
            "type": {"type": "array", "items": {"type": "string"}},
            "expect": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/expectation"}}
          }
        },
        "expectation": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "completed": {"$ref": "#/$defs/id"},
            "notCompleted": {"$ref": "#/$defs/id"},
            "refused": {"$ref": "#/$defs/id"},
            "hintShown": {"$ref": "#/$defs/id"},
            "failing": {"$ref": "#/$defs/id"},
            "passing": {"$ref": "#/$defs/id"},
            "output": {"type": "string"}
          },
          "oneOf": [
            {"required": ["completed"]}, {"required": ["notCompleted"]}, {"required": ["refused"]}, {"required": ["hintShown"]},
            {"required": ["failing"]}, {"required": ["passing"]}, {"required": ["output"]}
          ]
        }
      }
    }
    """#

    /// The parsed schema.
    static let node: SchemaNode = (try? SchemaNode.parse(text)) ?? SchemaNode.lesson
}
