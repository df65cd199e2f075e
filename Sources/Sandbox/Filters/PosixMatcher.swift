/// A regular expression matcher that runs in time linear in the line, for the syntax ``PosixRegex`` writes.
///
/// Swift's `Regex` backtracks, so `grep -E '(a*)*b'` on a line of thirty `a`s would never finish, and nothing
/// can interrupt it. GNU grep uses automata and always answers; so does this: the expression is compiled to a
/// small program and run as a Thompson NFA, every state in step, one input scalar at a time. Back-references
/// need backtracking and are left to Swift's `Regex` (see ``GrepFilter``).
struct PosixMatcher {
    private enum Instruction {
        case scalar(ScalarTest)
        case split(Int, Int)
        case jump(Int)
        case lineStart, lineEnd, wordBoundary, notWordBoundary
        case match
    }

    /// What one input scalar must be.
    private enum ScalarTest {
        case any
        case exactly(Unicode.Scalar)
        case set([ClosedRange<UInt32>], negated: Bool)
        case word(Bool)
        case space(Bool)

        func accepts(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .any: return true
            case .exactly(let wanted): return scalar == wanted
            case .set(let ranges, let negated): return ranges.contains { $0.contains(scalar.value) } != negated
            case .word(let wanted): return PosixMatcher.isWord(scalar) == wanted
            case .space(let wanted): return scalar.properties.isWhitespace == wanted
            }
        }
    }

    private indirect enum Node {
        case test(ScalarTest)
        case concat([Node])
        case alternation([Node])
        case repeated(Node, min: Int, max: Int?)
        case lineStart, lineEnd, wordBoundary, notWordBoundary
    }

    /// Why the syntax cannot be compiled here.
    enum Unsupported: Error {
        /// A back-reference or a lookahead: Swift's `Regex` must run it.
        case needsBacktracking
        /// The program would be too large (huge intervals).
        case tooBig
    }

    private var program: [Instruction] = []
    private let ignoreCase: Bool
    private let wholeWords: Bool

    /// The most instructions a compiled expression may have.
    static let maximumProgram = 100_000

    /// Compiles `syntax` (as ``PosixRegex`` writes it); `wholeWords` makes a match count only between non-word
    /// characters or the line's ends (grep -w).
    init(_ syntax: String, ignoreCase: Bool, wholeWords: Bool) throws(Unsupported) {
        self.ignoreCase = ignoreCase
        self.wholeWords = wholeWords
        var parser = SyntaxReader(scalars: Array(syntax.unicodeScalars))
        let node = try parser.alternation()
        guard parser.index == parser.scalars.count else { throw .needsBacktracking }
        try emit(node)
        program.append(.match)
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether some part of `line` matches.
    func matches(_ line: String) -> Bool {
        let input = Array(line.unicodeScalars)
        var current: [Int] = []
        var next: [Int] = []
        var seen = Array(repeating: -1, count: program.count)
        var generation = 0
        func add(_ start: Int, at position: Int, to list: inout [Int]) -> Bool {
            var stack = [start]
            while let pc = stack.popLast() {
                guard seen[pc] != generation else { continue }
                seen[pc] = generation
                switch program[pc] {
                case .jump(let target): stack.append(target)
                case .split(let first, let second):
                    stack.append(second)
                    stack.append(first)
                case .lineStart: if position == 0 { stack.append(pc + 1) }
                case .lineEnd: if position == input.count { stack.append(pc + 1) }
                case .wordBoundary, .notWordBoundary:
                    let before = position > 0 && Self.isWord(input[position - 1])
                    let after = position < input.count && Self.isWord(input[position])
                    var wantBoundary = false
                    if case .wordBoundary = program[pc] { wantBoundary = true }
                    if (before != after) == wantBoundary { stack.append(pc + 1) }
                case .match:
                    if !wholeWords || position == input.count || !Self.isWord(input[position]) { return true }
                case .scalar: list.append(pc)
                }
            }
            return false
        }
        for position in 0...input.count {
            let mayStart = !wholeWords || position == 0 || !Self.isWord(input[position - 1])
            if mayStart, add(0, at: position, to: &current) { return true }
            guard position < input.count, !current.isEmpty else { continue }
            generation += 1
            next.removeAll(keepingCapacity: true)
            let scalar = input[position]
            for pc in current {
                guard case .scalar(let test) = program[pc], accepts(test, scalar) else { continue }
                if add(pc + 1, at: position + 1, to: &next) { return true }
            }
            swap(&current, &next)
        }
        return false
    }

    private func accepts(_ test: ScalarTest, _ scalar: Unicode.Scalar) -> Bool {
        if test.accepts(scalar) { return true }
        guard ignoreCase else { return false }
        for variant in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
            if let other = variant.unicodeScalars.first, variant.unicodeScalars.count == 1, other != scalar, test.accepts(other) {
                return true
            }
        }
        return false
    }

    private mutating func emit(_ node: Node) throws(Unsupported) {
        guard program.count < Self.maximumProgram else { throw .tooBig }
        switch node {
        case .test(let test): program.append(.scalar(test))
        case .lineStart: program.append(.lineStart)
        case .lineEnd: program.append(.lineEnd)
        case .wordBoundary: program.append(.wordBoundary)
        case .notWordBoundary: program.append(.notWordBoundary)
        case .concat(let parts):
            for part in parts { try emit(part) }
        case .alternation(let choices):
            var jumps: [Int] = []
            for (index, choice) in choices.enumerated() {
                if index < choices.count - 1 {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    try emit(choice)
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(choice)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repeated(let inner, let minimum, let maximum):
            for _ in 0..<minimum { try emit(inner) }
            if let maximum {
                var splits: [Int] = []
                for _ in minimum..<max(minimum, maximum) {
                    splits.append(program.count)
                    program.append(.split(program.count + 1, 0))
                    try emit(inner)
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let loop = program.count
                program.append(.split(loop + 1, 0))
                try emit(inner)
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }

    /// Reads the regex syntax ``PosixRegex`` writes back into a tree.
    private struct SyntaxReader {
        let scalars: [Unicode.Scalar]
        var index = 0

        func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func alternation() throws(Unsupported) -> Node {
            var choices = [try concatenation()]
            while peek() == "|" {
                index += 1
                choices.append(try concatenation())
            }
            return choices.count == 1 ? choices[0] : .alternation(choices)
        }

        mutating func concatenation() throws(Unsupported) -> Node {
            var parts: [Node] = []
            while let next = peek(), next != "|", next != ")" {
                var atom = try self.atom()
                while let quantifier = peek(), "*+?{".unicodeScalars.contains(quantifier) {
                    index += 1
                    switch quantifier {
                    case "*": atom = .repeated(atom, min: 0, max: nil)
                    case "+": atom = .repeated(atom, min: 1, max: nil)
                    case "?": atom = .repeated(atom, min: 0, max: 1)
                    default:
                        let low = number() ?? 0
                        var high: Int? = low
                        if peek() == "," {
                            index += 1
                            high = number()
                        }
                        guard peek() == "}" else { throw .needsBacktracking }
                        index += 1
                        atom = .repeated(atom, min: low, max: high)
                    }
                }
                parts.append(atom)
            }
            return parts.count == 1 ? parts[0] : .concat(parts)
        }

        mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while let next = peek(), ("0"..."9").contains(next) {
                value = min(value * 10 + Int(next.value - 48), 1 << 20)
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : value
        }

        mutating func atom() throws(Unsupported) -> Node {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "(":
                if peek() == "?" {
                    guard index + 1 < scalars.count, scalars[index + 1] == ":" else { throw .needsBacktracking }
                    index += 2
                }
                let inner = try alternation()
                guard peek() == ")" else { throw .needsBacktracking }
                index += 1
                return inner
            case ".": return .test(.any)
            case "^": return .lineStart
            case "$": return .lineEnd
            case "[": return try bracket()
            case "\\": return try escape()
            default: return .test(.exactly(scalar))
            }
        }

        /// The scalar after a `\` (`\x{1b}` or `\.`), inside or outside brackets.
        mutating func escapedScalar() throws(Unsupported) -> Unicode.Scalar {
            guard let next = peek() else { throw .needsBacktracking }
            index += 1
            if next == "x", peek() == "{" {
                index += 1
                var hex = ""
                while let digit = peek(), digit != "}" {
                    hex.unicodeScalars.append(digit)
                    index += 1
                }
                index += 1
                guard let value = UInt32(hex, radix: 16), let result = Unicode.Scalar(value) else { throw .needsBacktracking }
                return result
            }
            return next
        }

        mutating func escape() throws(Unsupported) -> Node {
            guard let next = peek() else { throw .needsBacktracking }
            switch next {
            case "b": index += 1; return .wordBoundary
            case "B": index += 1; return .notWordBoundary
            case "w", "W": index += 1; return .test(.word(next == "w"))
            case "s", "S": index += 1; return .test(.space(next == "s"))
            case "1"..."9": throw .needsBacktracking
            default: return .test(.exactly(try escapedScalar()))
            }
        }

        mutating func bracket() throws(Unsupported) -> Node {
            var negated = false
            if peek() == "^" {
                negated = true
                index += 1
            }
            var ranges: [ClosedRange<UInt32>] = []
            while let next = peek(), next != "]" {
                index += 1
                let low = next == "\\" ? try escapedScalar() : next
                var high = low
                if peek() == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                    index += 1
                    let end = scalars[index]
                    index += 1
                    high = end == "\\" ? try escapedScalar() : end
                }
                guard low.value <= high.value else { throw .needsBacktracking }
                ranges.append(low.value...high.value)
            }
            guard peek() == "]" else { throw .needsBacktracking }
            index += 1
            return .test(.set(ranges, negated: negated))
        }
    }
}
