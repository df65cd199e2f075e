import ClusterModel

/// Evaluates parsed JSONPath nodes as client-go's `JSONPath.FindResults` does, including its `range`/`end`
/// bookkeeping. Missing keys are allowed (kubectl's `--allow-missing-template-keys=true`). Where Go iterates
/// a map in random order (`*`, `..`), keys are taken in sorted order.
struct JSONPathEvaluator {
    let nodes: [JSONPathNode]
    private var beginRange = 0
    private var inRange = 0
    private var endRange = 0
    private var lastEndNode: Int? = nil

    init(nodes: [JSONPathNode]) { self.nodes = nodes }

    /// The results of every top-level node (text and actions), per node.
    mutating func findResults(_ data: JSONValue) throws(JSONPathEvaluationError) -> [[JSONValue]] {
        try findResults(from: 0, input: [data])
    }

    private mutating func findResults(from start: Int, input: [JSONValue]) throws(JSONPathEvaluationError) -> [[JSONValue]] {
        var full: [[JSONValue]] = []
        var index = start
        while index < nodes.count {
            let results = try walk(input, nodes[index])
            if endRange > 0 && endRange <= inRange {
                endRange -= 1
                lastEndNode = index
                break
            }
            if beginRange > 0 {
                beginRange -= 1
                inRange += 1
                if results.isEmpty {
                    _ = try findResults(from: index + 1, input: [])
                } else {
                    for value in results { full += try findResults(from: index + 1, input: [value]) }
                }
                inRange -= 1
                if let lastEndNode, lastEndNode > index { index = lastEndNode }
                index += 1
                continue
            }
            full.append(results)
            index += 1
        }
        return full
    }

    private mutating func walk(_ input: [JSONValue], _ node: JSONPathNode) throws(JSONPathEvaluationError) -> [JSONValue] {
        switch node {
        case .list(let list):
            var current = input
            for inner in list { current = try walk(current, inner) }
            return current
        case .text(let text): return [.string(text)]
        case .int(let number): return [.int(number)]
        case .float(let number): return [.double(number)]
        case .bool(let flag): return [.bool(flag)]
        case .field(let name):
            var results: [JSONValue] = []
            for value in input {
                if case .object(let members) = value, let member = members[name] { results.append(member) }
            }
            return results
        case .array(let params): return try evalArray(input, params)
        case .filter(let left, let right, let op): return try evalFilter(input, left: left, right: right, op: op)
        case .wildcard:
            var results: [JSONValue] = []
            for value in input {
                switch value {
                case .object(let members): results += members.keys.sorted().map { members[$0]! }
                case .array(let items): results += items
                default: break
                }
            }
            return results
        case .recursive: return evalRecursive(input)
        case .union(let branches):
            var results: [JSONValue] = []
            for branch in branches { results += try walk(input, .list(branch)) }
            return results
        case .identifier(let name):
            switch name {
            case "range":
                beginRange += 1
                return input
            case "end":
                if inRange > 0 {
                    endRange += 1
                    return []
                }
                throw JSONPathEvaluationError("not in range, nothing to end")
            default:
                throw JSONPathEvaluationError("unrecognized identifier \(name)")
            }
        }
    }

    private func evalArray(_ input: [JSONValue], _ parameters: [JSONPathSliceParameter]) throws(JSONPathEvaluationError) -> [JSONValue] {
        var results: [JSONValue] = []
        for value in input {
            if value.isNull { continue }
            guard case .array(let items) = value else {
                throw JSONPathEvaluationError("\(JSONPathEvaluator.goType(value)) is not array or slice")
            }
            var params = parameters
            if !params[0].known { params[0].value = 0 }
            // Go's ints wrap where Swift's trap: the arithmetic below wraps as client-go's does.
            if params[0].value < 0 { params[0].value &+= items.count }
            if !params[1].known { params[1].value = items.count }
            if params[1].value < 0 || (params[1].value == 0 && params[1].derived) { params[1].value &+= items.count }
            let length = items.count
            if params[1].value == params[0].value { return results }
            if params[0].value >= length || params[0].value < 0 {
                throw JSONPathEvaluationError("array index out of bounds: index \(params[0].value), length \(length)")
            }
            if params[1].value > length || params[1].value < 0 {
                throw JSONPathEvaluationError("array index out of bounds: index \(params[1].value &- 1), length \(length)")
            }
            if params[0].value > params[1].value {
                throw JSONPathEvaluationError("starting index \(params[0].value) is greater than ending index \(params[1].value)")
            }
            var step = 1
            if params[2].known {
                if params[2].value <= 0 { throw JSONPathEvaluationError("step must be > 0") }
                step = params[2].value
            }
            results += stride(from: params[0].value, to: params[1].value, by: step).map { items[$0] }
        }
        return results
    }

    private mutating func evalFilter(_ input: [JSONValue], left: [JSONPathNode], right: [JSONPathNode], op: String)
        throws(JSONPathEvaluationError) -> [JSONValue]
    {
        var results: [JSONValue] = []
        for value in input {
            guard case .array(let items) = value else {
                throw JSONPathEvaluationError("\(GoFormat.value(value)) is not array or slice and cannot be filtered")
            }
            for item in items {
                if op == "exists" {
                    let lefts = (try? walk([item], .list(left))) ?? []
                    if !lefts.isEmpty { results.append(item) }
                    continue
                }
                let lefts = try walk([item], .list(left))
                if lefts.isEmpty { continue }
                if lefts.count > 1 { throw JSONPathEvaluationError("can only compare one element at a time") }
                let rights = try walk([item], .list(right))
                if rights.isEmpty { continue }
                if rights.count > 1 { throw JSONPathEvaluationError("can only compare one element at a time") }
                if try JSONPathEvaluator.compare(lefts[0], rights[0], op: op) { results.append(item) }
            }
        }
        return results
    }

    /// text/template's `eq`, `ne`, `lt`, `le`, `gt`, `ge` on decoded JSON values.
    static func compare(_ lhs: JSONValue, _ rhs: JSONValue, op: String) throws(JSONPathEvaluationError) -> Bool {
        enum Ordered { case int(Int), double(Double), string([UInt8]), bool(Bool), other }
        func kind(_ value: JSONValue) -> Ordered {
            switch value {
            case .int(let v): return .int(v)
            case .double(let v): return .double(v)
            case .string(let v): return .string(Array(v.utf8))
            case .bool(let v): return .bool(v)
            default: return .other
            }
        }
        let order: Int?  // -1, 0, 1; nil when only equality is defined
        var equal: Bool
        switch (kind(lhs), kind(rhs)) {
        case (.int(let a), .int(let b)): order = a < b ? -1 : a == b ? 0 : 1; equal = a == b
        case (.double(let a), .double(let b)): order = a < b ? -1 : a == b ? 0 : 1; equal = a == b
        case (.string(let a), .string(let b)): order = a.lexicographicallyPrecedes(b) ? -1 : a == b ? 0 : 1; equal = a == b
        case (.bool(let a), .bool(let b)): order = nil; equal = a == b
        case (.other, _), (_, .other):
            if op == "==" || op == "!=" {
                if lhs.isNull || rhs.isNull { equal = lhs == rhs; order = nil; break }
            }
            throw JSONPathEvaluationError(op == "==" || op == "!=" ? "incompatible types for comparison" : "invalid type for comparison")
        default:
            throw JSONPathEvaluationError("incompatible types for comparison")
        }
        switch op {
        case "==": return equal
        case "!=": return !equal
        case "<", ">", "<=", ">=":
            guard let order else { throw JSONPathEvaluationError("invalid type for comparison") }
            switch op {
            case "<": return order < 0
            case ">": return order > 0
            case "<=": return order <= 0
            default: return order >= 0
            }
        default:
            throw JSONPathEvaluationError("unrecognized filter operator \(op)")
        }
    }

    private func evalRecursive(_ input: [JSONValue]) -> [JSONValue] {
        var result: [JSONValue] = []
        for value in input {
            var children: [JSONValue] = []
            switch value {
            case .object(let members): children = members.keys.sorted().map { members[$0]! }
            case .array(let items): children = items
            case .string(let text): children = text.utf8.map { .int(Int($0)) }
            default: break
            }
            if !children.isEmpty {
                result.append(value)
                result += evalRecursive(children)
            }
        }
        return result
    }

    /// The Go type name of a decoded JSON value, as `reflect.Type` prints it.
    static func goType(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool: return "bool"
        case .int: return "int64"
        case .double: return "float64"
        case .string: return "string"
        case .array: return "[]interface {}"
        case .object: return "map[string]interface {}"
        }
    }
}

/// A JSONPath evaluation error, with client-go's message (e.g. `array index out of bounds: index 5, length 2`).
struct JSONPathEvaluationError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
