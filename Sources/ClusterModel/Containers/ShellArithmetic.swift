/// The shell's `$((…))`: integer arithmetic with `+ - * / %`, comparisons, `&&`/`||`, parentheses, variables and
/// the assignments `i=i+1`, `i+=1`, `i++`.
///
/// Overflow wraps (as in the shell); division by zero gives 0 instead of the shell's error.
struct ShellArithmetic {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    /// Parenthesis nesting, bounded (a hostile expression cannot exhaust the stack).
    private var depth = 0
    private let lookup: (String) -> Int
    /// Variables assigned while evaluating, in order.
    private(set) var assignments: [(String, Int)] = []

    init(text: String, lookup: @escaping (String) -> Int) {
        scalars = Array(text.unicodeScalars)
        self.lookup = lookup
    }

    /// The expression's value (0 for an empty or malformed one).
    mutating func evaluate() -> Int { assignment() }

    private func value(of name: String) -> Int {
        if let assigned = assignments.last(where: { $0.0 == name }) { return assigned.1 }
        return lookup(name)
    }

    private mutating func skipBlanks() {
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" || scalars[position] == "\n" { position += 1 }
    }

    private mutating func take(_ text: String) -> Bool {
        skipBlanks()
        let wanted = Array(text.unicodeScalars)
        guard position + wanted.count <= scalars.count, Array(scalars[position..<position + wanted.count]) == wanted else { return false }
        position += wanted.count
        return true
    }

    private mutating func assignment() -> Int {
        skipBlanks()
        let start = position
        if let name = identifier() {
            for op in ["+=", "-=", "*=", "/=", "="] {
                let before = position
                if take(op) {
                    if op == "=", position < scalars.count, scalars[position] == "=" {
                        position = before
                        break
                    }
                    let right = assignment()
                    let current = value(of: name)
                    let result: Int
                    switch op {
                    case "+=": result = current &+ right
                    case "-=": result = current &- right
                    case "*=": result = current &* right
                    case "/=": result = right == 0 ? 0 : current / right
                    default: result = right
                    }
                    assignments.append((name, result))
                    return result
                }
            }
        }
        position = start
        return logicalOr()
    }

    private mutating func logicalOr() -> Int {
        var left = logicalAnd()
        while take("||") { left = (left != 0) || (logicalAnd() != 0) ? 1 : 0 }
        return left
    }

    private mutating func logicalAnd() -> Int {
        var left = comparison()
        while take("&&") {
            let right = comparison()
            left = left != 0 && right != 0 ? 1 : 0
        }
        return left
    }

    private mutating func comparison() -> Int {
        var left = additive()
        while true {
            if take("==") { left = left == additive() ? 1 : 0 }
            else if take("!=") { left = left != additive() ? 1 : 0 }
            else if take("<=") { left = left <= additive() ? 1 : 0 }
            else if take(">=") { left = left >= additive() ? 1 : 0 }
            else if take("<") { left = left < additive() ? 1 : 0 }
            else if take(">") { left = left > additive() ? 1 : 0 }
            else { return left }
        }
    }

    private mutating func additive() -> Int {
        var left = multiplicative()
        while true {
            skipBlanks()
            if position + 1 < scalars.count, scalars[position + 1] == scalars[position], scalars[position] == "+" || scalars[position] == "-" { return left }
            if take("+") { left = left &+ multiplicative() }
            else if take("-") { left = left &- multiplicative() }
            else { return left }
        }
    }

    private mutating func multiplicative() -> Int {
        var left = unary()
        while true {
            if take("*") { left = left &* unary() }
            else if take("/") {
                let right = unary()
                left = right == 0 ? 0 : left / right
            } else if take("%") {
                let right = unary()
                left = right == 0 ? 0 : left % right
            } else { return left }
        }
    }

    private mutating func unary() -> Int {
        depth += 1
        defer { depth -= 1 }
        if depth > 200 { return 0 }
        if take("-") { return 0 &- unary() }
        if take("+") { return unary() }
        if take("!") { return unary() == 0 ? 1 : 0 }
        return primary()
    }

    private mutating func primary() -> Int {
        if take("(") {
            depth += 1
            defer { depth -= 1 }
            if depth > 100 { return 0 }
            let inner = assignment()
            _ = take(")")
            return inner
        }
        skipBlanks()
        if take("$") {}
        if let name = identifier() {
            let current = value(of: name)
            if take("++") {
                assignments.append((name, current &+ 1))
            } else if take("--") {
                assignments.append((name, current &- 1))
            }
            return current
        }
        var digits = ""
        while position < scalars.count, ("0"..."9").contains(scalars[position]) {
            digits.unicodeScalars.append(scalars[position])
            position += 1
        }
        return Int(digits) ?? 0
    }

    private mutating func identifier() -> String? {
        skipBlanks()
        var name = ""
        while position < scalars.count, scalars[position].isASCII,
            scalars[position].properties.isAlphabetic || scalars[position] == "_" || (!name.isEmpty && ("0"..."9").contains(scalars[position]))
        {
            name.unicodeScalars.append(scalars[position])
            position += 1
        }
        return name.isEmpty ? nil : name
    }
}
