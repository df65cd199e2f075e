/// pflag's parsing rules for one command: flags may appear anywhere, `--` ends flag parsing.
///
/// Accepted forms: `--name value`, `--name=value`, `-n value`, `-nvalue`, `-n=value`, combined Boolean
/// shorthands (`-wA`), `--bool`, `--bool=false`. Errors use pflag's exact wording.
struct FlagParser {
    /// The flags that were set, by long name, in the order given (lists keep every value).
    var values: [String: [String]] = [:]
    /// The positional arguments, in order.
    var positionals: [String] = []
    /// How many positionals came before `--` (cobra's `ArgsLenAtDash`), or nil without one.
    var argsLenAtDash: Int? = nil
    /// Whether `-h`/`--help` was seen.
    var wantsHelp = false

    /// Parses `tokens` against `spec` (plus the global flags).
    static func parse(_ tokens: [String], spec: VerbSpec) throws(KubectlError) -> FlagParser {
        var result = FlagParser()
        var index = 0
        let path = spec.commandPath
        func fail(_ text: String) -> KubectlError { .flag(text, commandPath: path) }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token == "--" {
                result.argsLenAtDash = result.positionals.count
                result.positionals.append(contentsOf: tokens[index...])
                break
            }
            if token.hasPrefix("--") {
                let body = String(token.dropFirst(2))
                if body.isEmpty || body.hasPrefix("-") || body.hasPrefix("=") { throw fail("bad flag syntax: \(token)") }
                let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(parts[0])
                guard let flag = spec.flag(named: name) else {
                    if name == "help" {
                        result.wantsHelp = true
                        continue
                    }
                    throw fail("unknown flag: --\(name)")
                }
                let value: String
                if parts.count == 2 {
                    value = String(parts[1])
                } else if case .bool = flag.kind {
                    value = "true"
                } else if case .optionalString(let noValue) = flag.kind {
                    value = noValue
                } else if index < tokens.count {
                    value = tokens[index]
                    index += 1
                } else {
                    throw fail("flag needs an argument: \(token)")
                }
                try result.set(flag, value, path: path)
            } else if token.hasPrefix("-"), token.count > 1 {
                var shorthands = Substring(token.dropFirst())
                while let character = shorthands.first {
                    guard let flag = spec.flag(shorthand: character) else {
                        if character == "h" {
                            result.wantsHelp = true
                            shorthands = shorthands.dropFirst()
                            continue
                        }
                        throw fail("unknown shorthand flag: '\(character)' in -\(shorthands)")
                    }
                    let value: String
                    var consumedAll = false
                    if shorthands.count > 2, shorthands.dropFirst().first == "=" {
                        value = String(shorthands.dropFirst(2))
                        consumedAll = true
                    } else if case .bool = flag.kind {
                        value = "true"
                    } else if case .optionalString(let noValue) = flag.kind {
                        value = noValue
                    } else if shorthands.count > 1 {
                        value = String(shorthands.dropFirst())
                        consumedAll = true
                    } else if index < tokens.count {
                        value = tokens[index]
                        index += 1
                    } else {
                        throw fail("flag needs an argument: '\(character)' in -\(shorthands)")
                    }
                    try result.set(flag, value, path: path)
                    shorthands = consumedAll ? "" : shorthands.dropFirst()
                }
            } else {
                result.positionals.append(token)
            }
        }
        return result
    }

    /// Validates and records one value, with pflag's `invalid argument` wording on failure.
    private mutating func set(_ flag: FlagSpec, _ value: String, path: String) throws(KubectlError) {
        func invalid(_ detail: String) -> KubectlError {
            .flag("invalid argument \"\(value)\" for \"\(flag.displayName)\" flag: \(detail)", commandPath: path)
        }
        var stored = value
        switch flag.kind {
        case .bool:
            switch value {
            case "1", "t", "T", "TRUE", "true", "True": stored = "true"
            case "0", "f", "F", "FALSE", "false", "False": stored = "false"
            default: throw invalid("strconv.ParseBool: parsing \"\(value)\": invalid syntax")
            }
        case .int:
            guard let number = Int(value) else {
                let digits = value.drop { $0 == "-" || $0 == "+" }
                if !digits.isEmpty, digits.allSatisfy(\.isNumber) {
                    throw invalid("strconv.ParseInt: parsing \"\(value)\": value out of range")
                }
                throw invalid("strconv.ParseInt: parsing \"\(value)\": invalid syntax")
            }
            stored = String(number)
        case .duration:
            do {
                stored = GoDuration.format(try GoDuration.parse(value))
            } catch {
                throw invalid(error.message)
            }
        case .stringArray:
            values[flag.name, default: []].append(contentsOf: value.split(separator: ",").map(String.init))
            return
        case .string, .optionalString:
            break
        }
        values[flag.name, default: []].append(stored)
    }

    /// The last value given for a flag.
    func last(_ name: String) -> String? { values[name]?.last }
}
