/// `jq`: a useful subset of jq 1.6 (see ``JqParser`` for the language), printing as jq does: two-space
/// indentation and `"key": value`, keys in input order, `-c` compact, `-r` raw strings, `-j` raw without
/// newlines, `-n` null input.
///
/// Written by hand because no jq package is available to this project (the machine's Swift package mirror has
/// none, and a C libjq would be a system dependency beside libedit); the program runs inside the tutor.
/// Exit status: 0, 2 for a usage error, 4 after input that is not JSON, 3 for a program that does not compile, 5 after a
/// runtime error (jq goes on with the next input).
struct JqFilter: TextFilter {
    private let expression: JqExpression
    private let raw: Bool
    private let compact: Bool
    private let joined: Bool
    private let nullInput: Bool
    private var input = ""

    /// Parses jq's arguments.
    static func make(_ arguments: [String], language: String) -> Result<JqFilter, FailedFilter> {
        var flags = Set<Character>()
        var operands: [String] = []
        let long: [String: Character] = [
            "raw-output": "r", "compact-output": "c", "join-output": "j", "null-input": "n", "monochrome-output": "M",
        ]
        let unsupported: Set<String> = [
            "s", "S", "e", "a", "C", "f", "L", "slurp", "sort-keys", "exit-status", "ascii-output", "color-output", "tab",
            "indent", "arg", "argjson", "slurpfile", "rawfile", "args", "jsonargs", "from-file", "raw-input", "R", "stream",
            "seq", "unbuffered", "help", "h", "version",
        ]
        func unknown(_ option: String) -> FailedFilter {
            FailedFilter(
                error: "jq: Unknown option \(option)\nUse jq --help for help with command-line options,\n"
                    + "or see the jq manpage, or online docs  at https://stedolan.github.io/jq\n", status: 2)
        }
        func refused(_ option: String) -> FailedFilter {
            FailedFilter(error: FilterText.unsupportedOption(program: "jq", option: option, language: language), status: 2)
        }
        for argument in arguments {
            if argument.hasPrefix("--"), argument.count > 2 {
                let name = String(argument.dropFirst(2))
                if let letter = long[name] {
                    flags.insert(letter)
                } else if unsupported.contains(name) {
                    return .failure(refused(argument))
                } else {
                    return .failure(unknown(argument))
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                for letter in argument.dropFirst() {
                    if "rcjnM".contains(letter) {
                        flags.insert(letter)
                    } else if unsupported.contains(String(letter)) {
                        return .failure(refused("-" + String(letter)))
                    } else {
                        return .failure(unknown(argument))
                    }
                }
            } else {
                operands.append(argument)
            }
        }
        let program = operands.first ?? "."
        if operands.count > 1 {
            return .failure(FailedFilter(error: FilterText.noFileOperands(program: "jq", operand: operands[1], language: language), status: 2))
        }
        switch JqParser.parse(program) {
        case .success(let expression):
            return .success(
                JqFilter(expression: expression, raw: flags.contains("r") || flags.contains("j"), compact: flags.contains("c"),
                         joined: flags.contains("j"), nullInput: flags.contains("n")))
        case .failure(.syntax(let message, let spaces)):
            let shown = program + String(repeating: " ", count: spaces)
            return .failure(
                FailedFilter(
                    error: "jq: error: \(message) (Unix shell quoting issues?) at <top-level>, line 1:\n\(shown)\njq: 1 compile error\n",
                    status: 3))
        case .failure(.undefined(let name)):
            return .failure(
                FailedFilter(error: "jq: error: \(name) is not defined at <top-level>, line 1:\n\(program)\njq: 1 compile error\n", status: 3))
        case .failure(.unsupported(let feature)):
            return .failure(FailedFilter(error: FilterText.jqProgram(feature, language: language), status: 3))
        case .failure(.tooLong):
            return .failure(FailedFilter(error: FilterText.jqTooLarge(deep: false, language: language), status: 3))
        case .failure(.tooDeep):
            return .failure(FailedFilter(error: FilterText.jqTooLarge(deep: true, language: language), status: 3))
        }
    }

    private init(expression: JqExpression, raw: Bool, compact: Bool, joined: Bool, nullInput: Bool) {
        self.expression = expression
        self.raw = raw
        self.compact = compact
        self.joined = joined
        self.nullInput = nullInput
    }

    mutating func consume(_ line: String, terminated: Bool) -> String {
        if !nullInput { input += line + (terminated ? "\n" : "") }
        return ""
    }

    mutating func finish() -> FilterEnd {
        var output = ""
        var errors = ""
        var status: Int32 = 0
        var values: [JqJSONReader.Read]
        var parseError: String?
        if nullInput {
            values = [JqJSONReader.Read(value: .null, line: 0)]
        } else {
            var reader = JqJSONReader(input)
            (values, parseError) = reader.readAll()
        }
        for read in values {
            do throws(JqEvaluator.Failure) {
                try JqEvaluator.run(expression, read.value) { output += render($0) }
            } catch {
                errors += "jq: error (at <stdin>:\(read.line)): \(error.message)\n"
                status = 5
            }
        }
        if let parseError {
            errors += parseError + "\n"
            // jq 1.6 ends with 4 after an input parse error (its usage errors are 2).
            status = 4
        }
        return FilterEnd(output: output, error: errors, status: status)
    }

    private func render(_ value: JqValue) -> String {
        let text: String
        if raw, case .string(let string) = value {
            text = string
        } else {
            text = compact ? value.compactText : value.indentedText
        }
        return joined ? text : text + "\n"
    }
}
