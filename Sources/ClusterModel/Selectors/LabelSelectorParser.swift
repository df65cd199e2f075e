/// A small hand-written lexer/parser for kubectl's label selector syntax, after apimachinery's `labels.Parse`.
struct LabelSelectorParser {
    private enum Token: Equatable {
        case identifier(String)
        case not, equals, doubleEquals, notEquals, greater, less, comma, open, close
        case end

        var literal: String {
            switch self {
            case .identifier(let text): return text
            case .not: return "!"
            case .equals: return "="
            case .doubleEquals: return "=="
            case .notEquals: return "!="
            case .greater: return ">"
            case .less: return "<"
            case .comma: return ","
            case .open: return "("
            case .close: return ")"
            case .end: return ""
            }
        }
    }

    private var tokens: [Token] = []
    private var position = 0

    init(_ text: String) {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\t" || character == "\n" {
                index += 1
                continue
            }
            switch character {
            case "!":
                if index + 1 < characters.count, characters[index + 1] == "=" {
                    tokens.append(.notEquals)
                    index += 2
                } else {
                    tokens.append(.not)
                    index += 1
                }
            case "=":
                if index + 1 < characters.count, characters[index + 1] == "=" {
                    tokens.append(.doubleEquals)
                    index += 2
                } else {
                    tokens.append(.equals)
                    index += 1
                }
            case ">": tokens.append(.greater); index += 1
            case "<": tokens.append(.less); index += 1
            case ",": tokens.append(.comma); index += 1
            case "(": tokens.append(.open); index += 1
            case ")": tokens.append(.close); index += 1
            default:
                var word = ""
                while index < characters.count, !" \t\n!=<>,()".contains(characters[index]) {
                    word.append(characters[index])
                    index += 1
                }
                tokens.append(.identifier(word))
            }
        }
        tokens.append(.end)
    }

    private func fail(_ detail: String) -> APIError {
        .badRequest("unable to parse requirement: " + detail)
    }

    private mutating func next() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func peek() -> Token { tokens[position] }

    mutating func parse() throws(APIError) -> [LabelRequirement] {
        var result: [LabelRequirement] = []
        if peek() == .end { return result }
        while true {
            result.append(try parseRequirement())
            let token = next()
            switch token {
            case .end: return result
            case .comma:
                if peek() == .end { throw fail("found '', expected: identifier after ','") }
            default: throw fail("found '\(token.literal)', expected: ',' or 'end of string'")
            }
        }
    }

    private mutating func parseRequirement() throws(APIError) -> LabelRequirement {
        var token = next()
        if token == .not {
            token = next()
            guard case .identifier(let key) = token else { throw fail("found '\(token.literal)', expected: identifier") }
            try validateKey(key)
            return LabelRequirement(key: key, operator: .doesNotExist, values: [])
        }
        guard case .identifier(let key) = token else { throw fail("found '\(token.literal)', expected: !, identifier, or 'end of string'") }
        try validateKey(key)
        switch peek() {
        case .comma, .end: return LabelRequirement(key: key, operator: .exists, values: [])
        default: break
        }
        let operatorToken = next()
        let op: LabelRequirement.Operator
        switch operatorToken {
        case .equals: op = .equals
        case .doubleEquals: op = .doubleEquals
        case .notEquals: op = .notEquals
        case .greater: op = .greaterThan
        case .less: op = .lessThan
        case .identifier("in"): op = .in
        case .identifier("notin"): op = .notIn
        default: throw fail("found '\(operatorToken.literal)', expected: !=, =, ==, >, <, in, notin")
        }
        if op == .in || op == .notIn {
            let open = next()
            guard open == .open else { throw fail("found '\(open.literal)', expected: '('") }
            var values: [String] = []
            if peek() == .close {
                _ = next()
                return LabelRequirement(key: key, operator: op, values: [""])
            }
            while true {
                let value = next()
                switch value {
                case .identifier(let text): values.append(text)
                case .comma:
                    values.append("")
                    continue
                default: throw fail("found '\(value.literal)', expected: ',', ')' or identifier")
                }
                let separator = next()
                if separator == .close { break }
                if separator != .comma { throw fail("found '\(separator.literal)', expected: ',' or ')'") }
            }
            return LabelRequirement(key: key, operator: op, values: values)
        }
        var value = ""
        switch peek() {
        case .identifier(let text):
            value = text
            _ = next()
        case .comma, .end: break
        default:
            let token = next()
            throw fail("found '\(token.literal)', expected: identifier")
        }
        if op == .greaterThan || op == .lessThan, Int64(value) == nil {
            throw fail("for 'Gt', 'Lt' operators, the value must be an integer")
        }
        return LabelRequirement(key: key, operator: op, values: [value])
    }

    private func validateKey(_ key: String) throws(APIError) {
        if let problem = NameValidation.qualifiedNameProblem(key) {
            throw fail("key: Invalid value: \"\(key)\": \(problem)")
        }
    }
}
