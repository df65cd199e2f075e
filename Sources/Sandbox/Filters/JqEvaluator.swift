/// Runs a ``JqExpression`` on one input: every output in order, or jq's runtime error text
/// (`Cannot iterate over null (null)`).
enum JqEvaluator {
    /// A jq runtime error (the message after `jq: error (at <stdin>:N): `).
    struct Failure: Error {
        var message: String
        /// An `error(value)` raised by the program, kept as a value for `?` and `//`.
        var value: JqValue?
    }

    /// Runs `expression` on `input`, handing each output to `emit` as it is made, so the outputs before a
    /// runtime error are still printed, as jq prints them.
    static func run(_ expression: JqExpression, _ input: JqValue, _ emit: (JqValue) throws(Failure) -> Void) throws(Failure) {
        switch expression {
        case .pipe(let left, let right):
            try run(left, input) { (value) throws(Failure) in try run(right, value, emit) }
        case .comma(let left, let right):
            try run(left, input, emit)
            try run(right, input, emit)
        case .iterate(let base):
            try run(base, input) { (value) throws(Failure) in
                for element in try iterate(value) { try emit(element) }
            }
        case .field(let base, let name):
            try run(base, input) { (value) throws(Failure) in try emit(try index(value, .string(name))) }
        case .optional(let inner):
            // `?` ends its own generator at an error; errors after it (in what `emit` runs) still count.
            var outputs: [JqValue] = []
            do throws(Failure) {
                try run(inner, input) { outputs.append($0) }
            } catch {}
            for output in outputs { try emit(output) }
        default:
            for output in try evaluate(expression, input) { try emit(output) }
        }
    }

    /// All the outputs of `expression` for `input` (none if it fails part way).
    static func evaluate(_ expression: JqExpression, _ input: JqValue) throws(Failure) -> [JqValue] {
        switch expression {
        case .pipe, .comma, .iterate, .field, .optional:
            var outputs: [JqValue] = []
            try run(expression, input) { outputs.append($0) }
            return outputs
        case .identity: return [input]
        case .recurse: return recurse(input)
        case .literal(let value): return [value]
        case .index(let base, let key):
            var outputs: [JqValue] = []
            for value in try evaluate(base, input) {
                for keyValue in try evaluate(key, input) { outputs.append(try index(value, keyValue)) }
            }
            return outputs
        case .slice(let base, let from, let to):
            var outputs: [JqValue] = []
            for value in try evaluate(base, input) {
                let starts = try from.map { (expression) throws(Failure) in try evaluate(expression, input) } ?? [.null]
                let ends = try to.map { (expression) throws(Failure) in try evaluate(expression, input) } ?? [.null]
                for end in ends {
                    for start in starts { outputs.append(try slice(value, start, end)) }
                }
            }
            return outputs
        case .string(let parts):
            var outputs = [""]
            for part in parts {
                switch part {
                case .text(let text): outputs = outputs.map { $0 + text }
                case .interpolation(let inner):
                    let values = try evaluate(inner, input)
                    outputs = values.flatMap { value in outputs.map { $0 + Self.text(value) } }
                }
            }
            return outputs.map(JqValue.string)
        case .binary(let operation, let left, let right):
            var outputs: [JqValue] = []
            for b in try evaluate(right, input) {
                for a in try evaluate(left, input) { outputs.append(try binary(operation, a, b)) }
            }
            return outputs
        case .and(let left, let right):
            var outputs: [JqValue] = []
            for a in try evaluate(left, input) {
                if !a.isTruthy {
                    outputs.append(.bool(false))
                    continue
                }
                outputs += try evaluate(right, input).map { .bool($0.isTruthy) }
            }
            return outputs
        case .or(let left, let right):
            var outputs: [JqValue] = []
            for a in try evaluate(left, input) {
                if a.isTruthy {
                    outputs.append(.bool(true))
                    continue
                }
                outputs += try evaluate(right, input).map { .bool($0.isTruthy) }
            }
            return outputs
        case .alternative(let left, let right):
            let values = try evaluate(left, input).filter(\.isTruthy)
            return values.isEmpty ? try evaluate(right, input) : values
        case .negate(let inner):
            return try evaluate(inner, input).map { (value) throws(Failure) in
                guard case .number(let number) = value else {
                    throw Failure(message: "\(value.errorDescription) cannot be negated")
                }
                return .number(-number)
            }
        case .array(let inner):
            guard let inner else { return [.array([])] }
            return [.array(try evaluate(inner, input))]
        case .object(let entries):
            var objects: [[JqMember]] = [[]]
            for entry in entries {
                var next: [[JqMember]] = []
                for key in try evaluate(entry.key, input) {
                    guard case .string(let name) = key else {
                        throw Failure(message: "Object keys must be strings")
                    }
                    for value in try evaluate(entry.value, input) {
                        for object in objects {
                            var object = object
                            if let existing = object.firstIndex(where: { $0.key == name }) {
                                object[existing].value = value
                            } else {
                                object.append(JqMember(key: name, value: value))
                            }
                            next.append(object)
                        }
                    }
                }
                objects = next
            }
            return objects.map(JqValue.object)
        case .call(let name, let arguments):
            return try call(name, arguments, input)
        }
    }

    /// A double as an index or count: NaN as 0, and far beyond any array's length clamped, so no conversion traps.
    static func integer(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        return Int(min(max(value.rounded(.down), -9.0e15), 9.0e15))
    }

    /// A value as string interpolation and `tostring` show it: strings as they are, others as compact JSON.
    static func text(_ value: JqValue) -> String {
        if case .string(let string) = value { return string }
        return value.compactText
    }

    private static func recurse(_ value: JqValue) -> [JqValue] {
        switch value {
        case .array(let elements): return [value] + elements.flatMap(recurse)
        case .object(let members): return [value] + members.flatMap { recurse($0.value) }
        default: return [value]
        }
    }

    static func index(_ value: JqValue, _ key: JqValue) throws(Failure) -> JqValue {
        switch (value, key) {
        case (.null, .string), (.null, .number), (.null, .null): return .null
        case (.object, .string(let name)): return value.member(name) ?? .null
        case (.array(let elements), .number(let number)):
            guard !number.isNaN else { return .null }
            var position = integer(number)
            if position < 0 { position += elements.count }
            return elements.indices.contains(position) ? elements[position] : .null
        case (.array, .array):
            throw Failure(message: "Cannot index array with array")
        case (_, .string(let name)):
            throw Failure(message: "Cannot index \(value.typeName) with string \"\(name)\"")
        default:
            throw Failure(message: "Cannot index \(value.typeName) with \(key.typeName)")
        }
    }

    private static func slice(_ value: JqValue, _ start: JqValue, _ end: JqValue) throws(Failure) -> JqValue {
        func bounds(_ count: Int) throws(Failure) -> Range<Int> {
            func position(_ bound: JqValue, _ otherwise: Int) throws(Failure) -> Int {
                switch bound {
                case .null: return otherwise
                case .number(let number):
                    var position = integer(number)
                    if position < 0 { position += count }
                    return min(max(position, 0), count)
                default: throw Failure(message: "Start and end indices of an array slice must be numbers")
                }
            }
            let low = try position(start, 0), high = try position(end, count)
            return low..<max(low, high)
        }
        switch value {
        case .null: return .null
        case .array(let elements): return .array(Array(elements[try bounds(elements.count)]))
        case .string(let text):
            let scalars = Array(text.unicodeScalars)
            return .string(String(String.UnicodeScalarView(scalars[try bounds(scalars.count)])))
        default: throw Failure(message: "Cannot index \(value.typeName) with object")
        }
    }

    static func iterate(_ value: JqValue) throws(Failure) -> [JqValue] {
        switch value {
        case .array(let elements): return elements
        case .object(let members): return members.map(\.value)
        default: throw Failure(message: "Cannot iterate over \(value.errorDescription)")
        }
    }

    private static func binary(_ operation: String, _ a: JqValue, _ b: JqValue) throws(Failure) -> JqValue {
        switch operation {
        case "==": return .bool(JqValue.equal(a, b))
        case "!=": return .bool(!JqValue.equal(a, b))
        case "<": return .bool(JqValue.compare(a, b) < 0)
        case "<=": return .bool(JqValue.compare(a, b) <= 0)
        case ">": return .bool(JqValue.compare(a, b) > 0)
        case ">=": return .bool(JqValue.compare(a, b) >= 0)
        default: break
        }
        switch (operation, a, b) {
        case ("+", .null, _): return b
        case ("+", _, .null): return a
        case ("+", .number(let x), .number(let y)): return .number(x + y)
        case ("+", .string(let x), .string(let y)): return .string(x + y)
        case ("+", .array(let x), .array(let y)): return .array(x + y)
        case ("+", .object(var x), .object(let y)):
            for member in y {
                if let existing = x.firstIndex(where: { $0.key == member.key }) { x[existing].value = member.value } else { x.append(member) }
            }
            return .object(x)
        case ("-", .number(let x), .number(let y)): return .number(x - y)
        case ("-", .array(let x), .array(let y)): return .array(x.filter { element in !y.contains { JqValue.equal($0, element) } })
        case ("*", .number(let x), .number(let y)): return .number(x * y)
        case ("*", .string(let x), .number(let y)):
            guard y > 0 else { return .null }
            let count = max(1, integer(y.rounded(.up)))
            guard count <= (8 << 20) / max(1, x.utf8.count) else { throw Failure(message: "Repeat string result too long") }
            return .string(String(repeating: x, count: count))
        case ("/", .number(let x), .number(let y)):
            guard y != 0 else { throw Failure(message: "\(a.errorDescription) and \(b.errorDescription) cannot be divided because the divisor is zero") }
            return .number(x / y)
        case ("/", .string(let x), .string(let y)): return .array(split(x, y))
        case ("%", .number(let x), .number(let y)):
            let divisor = integer(abs(y))
            guard divisor != 0 else { throw Failure(message: "\(a.errorDescription) and \(b.errorDescription) cannot be divided because the divisor is zero") }
            return .number(Double(integer(x) % divisor))
        default:
            let verb = ["+": "added", "-": "subtracted", "*": "multiplied", "/": "divided", "%": "divided"][operation] ?? "combined"
            throw Failure(message: "\(a.errorDescription) and \(b.errorDescription) cannot be \(verb)")
        }
    }

    private static func split(_ text: String, _ separator: String) -> [JqValue] {
        guard !text.isEmpty else { return [] }
        guard !separator.isEmpty else { return text.map { .string(String($0)) } }
        var parts: [JqValue] = []
        var rest = Substring(text)
        while let range = rest.range(of: separator) {
            parts.append(.string(String(rest[..<range.lowerBound])))
            rest = rest[range.upperBound...]
        }
        parts.append(.string(String(rest)))
        return parts
    }

    private static func sortedKeys(_ value: JqValue, name: String) throws(Failure) -> [String] {
        switch value {
        case .object(let members): return JqValue.sortedKeys(members)
        default: throw Failure(message: "\(value.errorDescription) has no keys")
        }
    }

    /// A call of the builtin `name` with `arguments` on `input` (``JqBuiltins`` lists what exists).
    private static func call(_ name: String, _ arguments: [JqExpression], _ input: JqValue) throws(Failure) -> [JqValue] {
        func argument(_ index: Int) throws(Failure) -> [JqValue] { try evaluate(arguments[index], input) }
        func each(_ value: JqValue) throws(Failure) -> [JqValue] { try iterate(value) }
        func sorted(_ values: [JqValue]) -> [JqValue] { values.sorted { JqValue.compare($0, $1) < 0 } }
        func keyed(_ values: [JqValue]) throws(Failure) -> [(JqValue, JqValue)] {
            var pairs: [(JqValue, JqValue)] = []
            for value in values { pairs.append((.array(try evaluate(arguments[0], value)), value)) }
            return pairs
        }
        func array(_ value: JqValue, _ what: String) throws(Failure) -> [JqValue] {
            guard case .array(let elements) = value else { throw Failure(message: "\(value.errorDescription) \(what)") }
            return elements
        }
        func string(_ value: JqValue) -> String? {
            if case .string(let text) = value { return text }
            return nil
        }
        switch name {
        case "empty": return []
        case "not": return [.bool(!input.isTruthy)]
        case "length":
            switch input {
            case .null: return [.number(0)]
            case .bool: throw Failure(message: "\(input.errorDescription) has no length")
            case .number(let number): return [.number(abs(number))]
            case .string(let text): return [.number(Double(text.unicodeScalars.count))]
            case .array(let elements): return [.number(Double(elements.count))]
            case .object(let members): return [.number(Double(Set(members.map(\.key)).count))]
            }
        case "utf8bytelength":
            guard let text = string(input) else { throw Failure(message: "\(input.errorDescription) only strings have UTF-8 byte length") }
            return [.number(Double(text.utf8.count))]
        case "keys", "keys_unsorted":
            if case .array(let elements) = input { return [.array(elements.indices.map { .number(Double($0)) })] }
            if name == "keys_unsorted", case .object(let members) = input {
                var seen = Set<String>()
                return [.array(members.map(\.key).filter { seen.insert($0).inserted }.map(JqValue.string))]
            }
            return [.array(try sortedKeys(input, name: name).map(JqValue.string))]
        case "values": return input == .null ? [] : [input]
        case "type": return [.string(input.typeName)]
        case "arrays", "objects", "strings", "numbers", "booleans", "nulls", "scalars", "iterables":
            let wanted: Bool
            switch name {
            case "arrays": if case .array = input { wanted = true } else { wanted = false }
            case "objects": if case .object = input { wanted = true } else { wanted = false }
            case "strings": if case .string = input { wanted = true } else { wanted = false }
            case "numbers": if case .number = input { wanted = true } else { wanted = false }
            case "booleans": if case .bool = input { wanted = true } else { wanted = false }
            case "nulls": wanted = input == .null
            case "iterables":
                switch input {
                case .array, .object: wanted = true
                default: wanted = false
                }
            default:
                switch input {
                case .array, .object: wanted = false
                default: wanted = true
                }
            }
            return wanted ? [input] : []
        case "add":
            let values = try each(input)
            guard var total = values.first else { return [.null] }
            for value in values.dropFirst() { total = try binary("+", total, value) }
            return [total]
        case "any": return [.bool(try each(input).contains(where: \.isTruthy))]
        case "all": return [.bool(try each(input).allSatisfy(\.isTruthy))]
        case "has":
            return try argument(0).map { (key) throws(Failure) in
                switch (input, key) {
                case (.object, .string(let name)): return .bool(input.member(name) != nil)
                case (.array(let elements), .number(let number)): return .bool(number >= 0 && integer(number) < elements.count)
                default: throw Failure(message: "Cannot check whether \(input.typeName) has a \(key.typeName) key")
                }
            }
        case "first":
            if arguments.isEmpty { return [try index(input, .number(0))] }
            return Array(try argument(0).prefix(1))
        case "last":
            if arguments.isEmpty { return [try index(input, .number(-1))] }
            return Array(try argument(0).suffix(1))
        case "limit":
            var outputs: [JqValue] = []
            for count in try argument(0) {
                guard case .number(let number) = count else { continue }
                outputs += try argument(1).prefix(max(0, integer(number)))
            }
            return outputs
        case "range":
            var outputs: [JqValue] = []
            let starts = arguments.count == 2 ? try argument(0) : [.number(0)]
            for end in try argument(arguments.count - 1) {
                for start in starts {
                    guard case .number(var value) = start, case .number(let limit) = end else {
                        throw Failure(message: "Range bounds must be numeric")
                    }
                    while value < limit, outputs.count < 1_000_000 {
                        outputs.append(.number(value))
                        value += 1
                    }
                }
            }
            return outputs
        case "sort": return [.array(sorted(try array(input, "cannot be sorted, as it is not an array")))]
        case "sort_by", "group_by", "unique_by", "min_by", "max_by":
            guard case .array(let elements) = input else {
                if case .object = input { throw Failure(message: "\(input.errorDescription) cannot be sorted, as it is not an array") }
                throw Failure(message: "Cannot iterate over \(input.errorDescription)")
            }
            let pairs = try keyed(elements).enumerated().sorted { a, b in
                let order = JqValue.compare(a.element.0, b.element.0)
                return order != 0 ? order < 0 : a.offset < b.offset
            }.map(\.element)
            switch name {
            case "sort_by": return [.array(pairs.map(\.1))]
            case "min_by": return [pairs.first?.1 ?? .null]
            case "max_by": return [pairs.last?.1 ?? .null]
            default:
                var groups: [(JqValue, [JqValue])] = []
                for (key, value) in pairs {
                    if let last = groups.last, JqValue.equal(last.0, key) {
                        groups[groups.count - 1].1.append(value)
                    } else {
                        groups.append((key, [value]))
                    }
                }
                return [.array(groups.map { name == "group_by" ? .array($0.1) : $0.1[0] })]
            }
        case "unique":
            var output: [JqValue] = []
            for value in sorted(try array(input, "cannot be sorted, as it is not an array")) where output.last.map({ !JqValue.equal($0, value) }) ?? true {
                output.append(value)
            }
            return [.array(output)]
        case "min", "max":
            let elements = sorted(try array(input, "cannot be sorted, as it is not an array"))
            return [(name == "min" ? elements.first : elements.last) ?? .null]
        case "reverse":
            switch input {
            case .null: return [.array([])]
            case .string(let text): return [.string(String(text.reversed()))]
            default: return [.array(try array(input, "cannot be reversed, as it is not an array").reversed())]
            }
        case "flatten":
            func flat(_ values: [JqValue]) -> [JqValue] {
                values.flatMap { value -> [JqValue] in
                    if case .array(let inner) = value { return flat(inner) }
                    return [value]
                }
            }
            return [.array(flat(try array(input, "cannot be flattened")))]
        case "tostring": return [.string(text(input))]
        case "tojson": return [.string(input.compactText)]
        case "fromjson":
            guard let text = string(input) else { throw Failure(message: "\(input.errorDescription) only strings can be parsed") }
            var reader = JqJSONReader(text)
            let read = reader.readAll()
            if let error = read.error { throw Failure(message: "\(error) (while parsing '\(text)')") }
            return read.values.map(\.value)
        case "tonumber":
            switch input {
            case .number: return [input]
            case .string(let text):
                guard let number = Double(text.trimmingBlanks()) else {
                    throw Failure(message: "Cannot parse '\(text)' as JSON")
                }
                return [.number(number)]
            default: throw Failure(message: "\(input.errorDescription) cannot be parsed as a number")
            }
        case "floor", "sqrt":
            guard case .number(let number) = input else { throw Failure(message: "\(input.errorDescription) number required") }
            return [.number(name == "floor" ? number.rounded(.down) : number.squareRoot())]
        case "join":
            return try argument(0).map { (separator) throws(Failure) in
                let elements = try each(input)
                var parts: [String] = []
                for element in elements {
                    switch element {
                    case .null: parts.append("")
                    case .string(let text): parts.append(text)
                    case .number, .bool: parts.append(element.compactText)
                    default: throw Failure(message: "Cannot join with \(element.typeName)")
                    }
                }
                guard let glue = string(separator) else {
                    throw Failure(message: "\(separator.errorDescription) and \(JqValue.string("").errorDescription) cannot be added")
                }
                return .string(parts.joined(separator: glue))
            }
        case "split":
            return try argument(0).map { (separator) throws(Failure) in
                guard let text = string(input), let glue = string(separator) else {
                    throw Failure(message: "split input and separator must be strings")
                }
                return .array(split(text, glue))
            }
        case "startswith", "endswith", "ltrimstr", "rtrimstr":
            return try argument(0).map { (other) throws(Failure) in
                let text = string(input), affix = string(other)
                switch name {
                case "startswith", "endswith":
                    guard let text, let affix else {
                        throw Failure(message: "\(name)() requires string inputs")
                    }
                    return .bool(name == "startswith" ? text.hasPrefix(affix) : text.hasSuffix(affix))
                case "ltrimstr":
                    guard let text, let affix, text.hasPrefix(affix) else { return input }
                    return .string(String(text.dropFirst(affix.count)))
                default:
                    guard let text, let affix, text.hasSuffix(affix) else { return input }
                    return .string(String(text.dropLast(affix.count)))
                }
            }
        case "ascii_downcase", "ascii_upcase":
            guard let text = string(input) else {
                throw Failure(message: "\(name) input must be a string")
            }
            let mapped = text.unicodeScalars.map { scalar -> Unicode.Scalar in
                let lower = ("a"..."z").contains(scalar), upper = ("A"..."Z").contains(scalar)
                if name == "ascii_downcase", upper { return Unicode.Scalar(scalar.value + 32)! }
                if name == "ascii_upcase", lower { return Unicode.Scalar(scalar.value - 32)! }
                return scalar
            }
            return [.string(String(String.UnicodeScalarView(mapped)))]
        case "contains":
            return try argument(0).map { (other) throws(Failure) in .bool(try contains(input, other)) }
        case "test":
            // jq's regexes are Oniguruma's; the common ones (literals, classes, anchors, groups, | * + ? {m,n}) read
            // the same as POSIX extended expressions, which the linear-time matcher runs.
            var outputs: [JqValue] = []
            let flags = arguments.count > 1 ? try argument(1) : [.string("")]
            for pattern in try argument(0) {
                for flag in flags {
                    guard let text = string(input) else { throw Failure(message: "\(input.errorDescription) cannot be matched, as it is not a string") }
                    guard let source = string(pattern), let options = string(flag) else {
                        throw Failure(message: "\(pattern.errorDescription) cannot be matched, as it is not a string")
                    }
                    guard case .success(let syntax) = PosixRegex.translate(source, extended: true),
                        let matcher = try? PosixMatcher(syntax, ignoreCase: options.contains("i"), wholeWords: false)
                    else {
                        throw Failure(message: "\(source) (at offset 0) is not a valid regex")
                    }
                    outputs.append(.bool(matcher.matches(text)))
                }
            }
            return outputs
        case "select":
            return try argument(0).contains(where: \.isTruthy) ? [input] : []
        case "map":
            var outputs: [JqValue] = []
            for element in try each(input) { outputs += try evaluate(arguments[0], element) }
            return [.array(outputs)]
        case "map_values", "with_entries":
            if name == "with_entries" {
                let entries = try entriesOf(input)
                var mapped: [JqValue] = []
                for entry in entries { mapped += try evaluate(arguments[0], entry) }
                return [try fromEntries(.array(mapped))]
            }
            switch input {
            case .object(let members):
                var result: [JqMember] = []
                for member in members {
                    if let first = try evaluate(arguments[0], member.value).first { result.append(JqMember(key: member.key, value: first)) }
                }
                return [.object(result)]
            case .array(let elements):
                var result: [JqValue] = []
                for element in elements { if let first = try evaluate(arguments[0], element).first { result.append(first) } }
                return [.array(result)]
            default: throw Failure(message: "Cannot iterate over \(input.errorDescription)")
            }
        case "to_entries": return [.array(try entriesOf(input))]
        case "from_entries": return [try fromEntries(input)]
        case "recurse": return recurse(input)
        case "error":
            let value = arguments.isEmpty ? input : (try argument(0).first ?? .null)
            throw Failure(message: string(value).map { $0 } ?? "\(value.compactText) (not a string)", value: value)
        default:
            throw Failure(message: "\(name)/\(arguments.count) is not defined")
        }
    }

    private static func entriesOf(_ value: JqValue) throws(Failure) -> [JqValue] {
        guard case .object(let members) = value else { throw Failure(message: "\(value.errorDescription) has no keys") }
        return JqValue.sortedKeys(members).isEmpty ? [] : members.map {
            .object([JqMember(key: "key", value: .string($0.key)), JqMember(key: "value", value: $0.value)])
        }
    }

    private static func fromEntries(_ value: JqValue) throws(Failure) -> JqValue {
        var result: [JqMember] = []
        for entry in try iterate(value) {
            let key = entry.member("key") ?? entry.member("k") ?? entry.member("name") ?? entry.member("Name") ?? entry.member("Key") ?? entry.member("K") ?? .null
            let name: String
            switch key {
            case .string(let text): name = text
            case .number, .bool: name = key.compactText
            default: throw Failure(message: "Cannot use \(key.errorDescription) as object key")
            }
            let item = entry.member("value") ?? entry.member("v") ?? entry.member("Value") ?? entry.member("V") ?? .null
            if let existing = result.firstIndex(where: { $0.key == name }) { result[existing].value = item } else { result.append(JqMember(key: name, value: item)) }
        }
        return .object(result)
    }

    private static func contains(_ a: JqValue, _ b: JqValue) throws(Failure) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            for member in y {
                guard let mine = JqValue.object(x).member(member.key), try contains(mine, member.value) else { return false }
            }
            return true
        case (.array(let x), .array(let y)):
            for wanted in y {
                var found = false
                for element in x where try contains(element, wanted) {
                    found = true
                    break
                }
                if !found { return false }
            }
            return true
        case (.string(let x), .string(let y)): return y.isEmpty || x.contains(y)
        default:
            guard a.typeName == b.typeName else {
                throw Failure(message: "\(a.errorDescription) and \(b.errorDescription) cannot have their containment checked")
            }
            return JqValue.equal(a, b)
        }
    }
}
