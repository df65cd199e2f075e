/// apimachinery's name and label validators, with their exact error texts.
enum NameValidation {
    static let subdomainMessage = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let labelMessage = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    static let dns1035Message = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
    static let qualifiedNameMessage = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
    static let labelValueMessage = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"

    private static func isLowerAlnum(_ c: Character) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
    private static func isAlnum(_ c: Character) -> Bool { isLowerAlnum(c) || ("A"..."Z").contains(c) }

    /// Problems of a DNS-1123 label (`[a-z0-9]([-a-z0-9]*[a-z0-9])?`, ≤ 63).
    static func labelProblems(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > 63 { problems.append("must be no more than 63 characters") }
        if !isLabel(name) { problems.append(labelMessage) }
        return problems
    }

    static func isLabel(_ name: String) -> Bool {
        guard let first = name.first, let last = name.last, isLowerAlnum(first), isLowerAlnum(last) else { return false }
        return name.allSatisfy { isLowerAlnum($0) || $0 == "-" }
    }

    /// Problems of a DNS-1123 subdomain (labels joined by dots, ≤ 253).
    static func subdomainProblems(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > 253 { problems.append("must be no more than 253 characters") }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if name.isEmpty || !parts.allSatisfy({ isLabel(String($0)) }) { problems.append(subdomainMessage) }
        return problems
    }

    /// Problems of a DNS-1035 label (Service names).
    static func dns1035Problems(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > 63 { problems.append("must be no more than 63 characters") }
        if let first = name.first, ("a"..."z").contains(first), isLabel(name) {} else { problems.append(dns1035Message) }
        return problems
    }

    /// The first problem of a qualified name (label key), or nil.
    static func qualifiedNameProblem(_ key: String) -> String? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        let name: String
        if parts.count == 2 {
            if !subdomainProblems(String(parts[0])).isEmpty { return "prefix part " + subdomainMessage }
            name = String(parts[1])
        } else if parts.count == 1 {
            name = key
        } else {
            return "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
        }
        if name.isEmpty { return "name part must be non-empty" }
        if name.count > 63 { return "name part must be no more than 63 characters" }
        guard let first = name.first, let last = name.last, isAlnum(first), isAlnum(last),
            name.allSatisfy({ isAlnum($0) || $0 == "-" || $0 == "_" || $0 == "." })
        else { return qualifiedNameMessage }
        return nil
    }

    /// The problems of a label value, or empty.
    static func labelValueProblems(_ value: String) -> [String] {
        var problems: [String] = []
        if value.count > 63 { problems.append("must be no more than 63 characters") }
        if !value.isEmpty {
            if let first = value.first, let last = value.last, isAlnum(first), isAlnum(last),
                value.allSatisfy({ isAlnum($0) || $0 == "-" || $0 == "_" || $0 == "." })
            {
            } else {
                problems.append(labelValueMessage)
            }
        }
        return problems
    }
}

