/// A field selector as the API server reads one (apimachinery `fields.ParseSelector`): comma-separated
/// `field=value`, `field==value` or `field!=value` terms, all of which must hold; `\,`, `\=` and `\\` escape a
/// value's special characters.
public struct FieldSelector: Sendable, Equatable, CustomStringConvertible {
    /// One term: the field label, the value, and whether the field must equal (true) or differ from it.
    public struct Requirement: Sendable, Equatable {
        public var field: String
        public var value: String
        public var equal: Bool
    }

    /// The terms, sorted by their text as `parseSelector` sorts them.
    public private(set) var requirements: [Requirement] = []
    /// The selector as the client sent it.
    public let description: String

    /// Parses `text` with the API server's errors (`invalid selector: '…'; can't understand '…'`, and
    /// `UnescapeValue`'s `invalid field selector: …`).
    public init(parsing text: String) throws(APIError) {
        description = text
        for term in Self.splitTerms(text).sorted() where !term.isEmpty {
            guard let (field, op, rawValue) = Self.splitTerm(term) else {
                throw .badRequest("invalid selector: '\(text)'; can't understand '\(term)'")
            }
            requirements.append(Requirement(field: field, value: try Self.unescape(rawValue), equal: op != "!="))
        }
    }

    /// True when there is no term (every object matches).
    public var isEmpty: Bool { requirements.isEmpty }

    /// Refuses field labels the kind does not support, as each kind's field label conversion does.
    public func check(for type: ResourceType) throws(APIError) {
        for requirement in requirements where !FieldLabels.supported(by: type).contains(requirement.field) {
            if FieldLabels.hasOwnConversion(type) {
                throw .badRequest("field label not supported: \(requirement.field)")
            }
            throw .badRequest("\"\(requirement.field)\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")
        }
    }

    /// Whether `object`'s selectable fields satisfy every term.
    public func matches(_ object: JSONValue) -> Bool {
        requirements.allSatisfy { (FieldLabels.value(of: $0.field, in: object) == $0.value) == $0.equal }
    }

    /// The terms between unescaped commas (`splitTerms`), escapes kept.
    private static func splitTerms(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var terms: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                terms.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        terms.append(current)
        return terms
    }

    /// The term split at its first operator (`!=` before `==` before `=`).
    private static func splitTerm(_ term: String) -> (String, String, String)? {
        var index = term.startIndex
        while index < term.endIndex {
            let rest = term[index...]
            for op in ["!=", "==", "="] where rest.hasPrefix(op) {
                return (String(term[..<index]), op, String(rest.dropFirst(op.count)))
            }
            index = term.index(after: index)
        }
        return nil
    }

    /// `UnescapeValue`: `\\`, `\,` and `\=` stand for themselves; anything else escaped, or a bare `,`/`=`, is an error.
    private static func unescape(_ value: String) throws(APIError) -> String {
        var result = ""
        var escaped = false
        for scalar in value.unicodeScalars {
            if escaped {
                guard scalar == "\\" || scalar == "," || scalar == "=" else {
                    throw .badRequest("invalid field selector: invalid escape sequence: \\\(scalar)")
                }
                result.unicodeScalars.append(scalar)
                escaped = false
                continue
            }
            switch scalar {
            case "\\": escaped = true
            // Go prints the rune with %v: its code point.
            case ",", "=": throw .badRequest("invalid field selector: unescaped character in value: \(scalar.value)")
            default: result.unicodeScalars.append(scalar)
            }
        }
        if escaped { throw .badRequest("invalid field selector: invalid escape sequence: \\") }
        return result
    }
}
