/// The JSON Schema (draft 2020-12) of `lesson.yaml`, the single source of `lessons/lesson.schema.json`
/// (a test keeps that file identical to this text). Editors validate and complete lesson files with it; the
/// linter walks lesson files with it to report unknown fields, wrong types and missing fields with positions.
public enum LessonSchema {
    /// The schema as JSON text (the content of `lessons/lesson.schema.json`).
    public static let text = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://k8s-tutor.dev/lessons/lesson.schema.json",
  "title": "k8s-tutor lesson (lesson.yaml)",
  "description": "The structure of a k8s-tutor lesson. Prose lives in text/<language>.md. Guide: docs/lesson-authoring.md; field reference: docs/lesson-format.md.",
  "type": "object",
  "additionalProperties": false,
  "required": ["schema", "id", "languages", "steps"],
  "properties": {
    "schema": {"description": "Format version; this version reads 1.", "type": "integer", "enum": [1]},
    "id": {"description": "The lesson id; must equal the folder name.", "$ref": "#/$defs/id"},
    "languages": {
      "description": "Language codes with a text/<code>.md file; the first is the fallback.",
      "type": "array",
      "minItems": 1,
      "items": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"}
    },
    "source": {
      "description": "Per language, the URL of the upstream page the lesson follows.",
      "type": "object",
      "additionalProperties": {"type": "string"}
    },
    "files": {
      "description": "Files of the lesson folder put into the learner's working directory.",
      "type": "array",
      "items": {"$ref": "#/$defs/file"}
    },
    "bindings": {
      "description": "Names for generated values, used as {name} placeholders.",
      "type": "array",
      "items": {"$ref": "#/$defs/binding"}
    },
    "forbid": {
      "description": "Commands refused during the lesson.",
      "type": "array",
      "items": {"$ref": "#/$defs/forbid"}
    },
    "steps": {
      "description": "The steps, in order.",
      "type": "array",
      "minItems": 1,
      "items": {"$ref": "#/$defs/step"}
    }
  },
  "$defs": {
    "id": {
      "description": "Lower-case letters, digits and inner hyphens, e.g. delete-pod.",
      "type": "string",
      "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"
    },
    "placeholderName": {
      "description": "A binding name: a letter, then letters or digits, e.g. oldPod.",
      "type": "string",
      "pattern": "^[A-Za-z][A-Za-z0-9]*$"
    },
    "file": {
      "description": "A path inside the lesson folder (no '..', not absolute).",
      "type": "string",
      "pattern": "^(?!/)(?!~)(?!(.*/)?\\.\\.(/|$)).+$"
    },
    "command": {
      "description": "A kubectl command line (kubectl or k), placeholders allowed.",
      "type": "string",
      "pattern": "^(kubectl|k)( .*)?$"
    },
    "shellLine": {
      "description": "A line of the shell language: kubectl, k, sleep, ls, cat, echo, date, clock or traffic.",
      "type": "string",
      "pattern": "^(kubectl|k|sleep|ls|cat|echo|date|clock|traffic)( .*)?$"
    },
    "duration": {
      "description": "A Go-style duration: 2s, 1m30s, 500ms, -5s.",
      "type": "string",
      "pattern": "^-?(0|([0-9]+(h|ms|m|s))+)$"
    },
    "binding": {
      "type": "object",
      "additionalProperties": false,
      "required": ["name", "at", "query"],
      "properties": {
        "name": {"description": "The placeholder name.", "$ref": "#/$defs/placeholderName"},
        "at": {"description": "The step on whose entry the binding is resolved.", "$ref": "#/$defs/id"},
        "query": {"description": "The objects to choose from.", "$ref": "#/$defs/query"},
        "pick": {"description": "Which match to take.", "type": "string", "enum": ["only", "oldest", "newest"]},
        "path": {"description": "The field bound; metadata.name when absent.", "type": "string"}
      }
    },
    "forbid": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "command"],
      "properties": {
        "id": {"description": "Text section forbid.<id> explains the refusal.", "$ref": "#/$defs/id"},
        "command": {"description": "Pattern matched by containment.", "$ref": "#/$defs/command"},
        "steps": {"description": "Steps where the rule applies; all when absent.", "type": "array", "items": {"$ref": "#/$defs/id"}}
      }
    },
    "step": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "kind"],
      "properties": {
        "id": {"description": "Text section step.<id> holds the instructions.", "$ref": "#/$defs/id"},
        "kind": {"description": "read (prose), task (change the cluster) or observe (look at something).", "type": "string", "enum": ["read", "task", "observe"]},
        "expect": {"description": "What the step asks for, matched by meaning.", "type": "array", "items": {"$ref": "#/$defs/command"}},
        "checks": {"description": "The checklist; all must pass at once.", "type": "array", "items": {"$ref": "#/$defs/check"}},
        "hints": {"description": "The hint ladder, in order.", "type": "array", "items": {"$ref": "#/$defs/hint"}},
        "solution": {"description": "Shell lines that solve the step from its start.", "type": "array", "items": {"$ref": "#/$defs/shellLine"}},
        "explain": {"description": "Show text section explain.<id> after the step passes.", "type": "boolean"},
        "resetTo": {"description": "The earlier step whose start reset returns to.", "$ref": "#/$defs/id"}
      }
    },
    "check": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id"],
      "properties": {
        "id": {"description": "Text section check.<step>.<id> is the checklist label.", "$ref": "#/$defs/id"},
        "state": {"description": "Objects in the live cluster match.", "$ref": "#/$defs/query"},
        "observed": {"description": "A command in this step displayed a matching object.", "$ref": "#/$defs/query"},
        "clock": {"description": "Virtual time condition.", "$ref": "#/$defs/clock"},
        "event": {"description": "The change feed has a matching event since the step began.", "$ref": "#/$defs/event"},
        "traffic": {"description": "The load generator's requests (traffic start) satisfy the condition.", "$ref": "#/$defs/traffic"},
        "any": {"description": "At least one condition holds.", "type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}}
      },
      "oneOf": [{"required": ["state"]}, {"required": ["observed"]}, {"required": ["clock"]}, {"required": ["event"]}, {"required": ["traffic"]}, {"required": ["any"]}]
    },
    "condition": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "state": {"description": "Objects in the live cluster match.", "$ref": "#/$defs/query"},
        "observed": {"description": "A command in this step displayed a matching object.", "$ref": "#/$defs/query"},
        "clock": {"description": "Virtual time condition.", "$ref": "#/$defs/clock"},
        "event": {"description": "The change feed has a matching event since the step began.", "$ref": "#/$defs/event"},
        "traffic": {"description": "The load generator's requests (traffic start) satisfy the condition.", "$ref": "#/$defs/traffic"},
        "any": {"description": "At least one condition holds.", "type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}}
      },
      "oneOf": [{"required": ["state"]}, {"required": ["observed"]}, {"required": ["clock"]}, {"required": ["event"]}, {"required": ["traffic"]}, {"required": ["any"]}]
    },
    "query": {
      "type": "object",
      "additionalProperties": false,
      "required": ["resource"],
      "properties": {
        "resource": {"description": "Any name kubectl accepts: pods, po, deployment, endpointslices.", "type": "string"},
        "namespace": {"description": "Default: default.", "type": "string"},
        "name": {"description": "Object name (placeholders allowed).", "type": "string"},
        "selector": {"description": "Label selector in kubectl syntax.", "type": "string"},
        "where": {"description": "Assertions every matching object satisfies.", "type": "array", "items": {"$ref": "#/$defs/assertion"}},
        "count": {"description": "Exact number of matches; 0 asserts absence.", "type": "integer", "minimum": 0},
        "formats": {
          "description": "observed checks only: the output formats that count.",
          "type": "array",
          "items": {"type": "string", "enum": ["table", "wide", "json", "yaml", "name", "jsonpath", "describe", "watch"]}
        }
      }
    },
    "assertion": {
      "type": "object",
      "additionalProperties": false,
      "required": ["path"],
      "properties": {
        "path": {"description": "Field path, e.g. status.phase or endpoints[targetRef.name={oldPod}].conditions.ready.", "type": "string"},
        "exists": {"type": "boolean"},
        "equals": {"description": "Any literal."},
        "notEquals": {"description": "Any literal."},
        "in": {"type": "array"},
        "matches": {"description": "Regular expression matching the whole string.", "type": "string"},
        "atLeast": {"type": "number"},
        "atMost": {"type": "number"},
        "length": {"type": "integer", "minimum": 0}
      },
      "oneOf": [
        {"required": ["exists"]}, {"required": ["equals"]}, {"required": ["notEquals"]}, {"required": ["in"]},
        {"required": ["matches"]}, {"required": ["atLeast"]}, {"required": ["atMost"]}, {"required": ["length"]}
      ]
    },
    "clock": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "after": {"description": "RFC 3339 time or placeholder; now must be at or after it.", "type": "string"},
        "before": {"description": "RFC 3339 time or placeholder; now must be before it.", "type": "string"},
        "offset": {"description": "Added to both instants.", "$ref": "#/$defs/duration"}
      },
      "anyOf": [{"required": ["after"]}, {"required": ["before"]}]
    },
    "traffic": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "running": {"description": "The load generator must be running (true) or not (false).", "type": "boolean"},
        "servedBy": {"description": "A pod (or placeholder) that must have answered at least 'minimum' requests.", "type": "string"},
        "minimum": {"description": "Requests servedBy must have answered (default 1).", "type": "integer", "minimum": 1},
        "maxFailures": {"description": "The most failed requests allowed.", "type": "integer", "minimum": 0},
        "since": {"description": "RFC 3339 time or placeholder; only later requests count.", "type": "string"}
      },
      "anyOf": [{"required": ["running"]}, {"required": ["servedBy"]}, {"required": ["maxFailures"]}]
    },
    "event": {
      "type": "object",
      "additionalProperties": false,
      "required": ["type", "object"],
      "properties": {
        "type": {"type": "string", "enum": ["ADDED", "MODIFIED", "DELETED"]},
        "object": {"$ref": "#/$defs/query"},
        "notBefore": {"description": "RFC 3339 time or placeholder.", "type": "string"},
        "before": {"description": "RFC 3339 time or placeholder.", "type": "string"}
      }
    },
    "hint": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id"],
      "properties": {
        "id": {"description": "Text section hint.<step>.<id> holds the hint.", "$ref": "#/$defs/id"},
        "unlock": {"$ref": "#/$defs/unlock"}
      }
    },
    "unlock": {
      "description": "When the hint becomes available; all given conditions must hold.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "attempts": {"description": "Commands run in the step without finishing it.", "type": "integer", "minimum": 0},
        "failing": {"description": "This check of the step is the first failing one.", "$ref": "#/$defs/id"},
        "command": {"description": "The learner ran a command containing this pattern.", "$ref": "#/$defs/command"}
      }
    }
  }
}
"""#
}
