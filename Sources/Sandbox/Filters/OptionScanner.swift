/// Reads a filter's arguments the way GNU `getopt_long` does: clustered short flags (`-iv`), a short option's
/// value attached or in the next word (`-n3`, `-n 3`), long options with `=` or a following value, unique
/// prefixes of long options, `--` to end the options, and operands anywhere (arguments are permuted).
struct OptionScanner {
    /// One parsed argument.
    enum Item: Hashable {
        /// A short option (long ones are reported as their short letter or `longName`), with its value.
        case option(String, String?)
        /// A word that is not an option.
        case operand(String)
    }

    /// A long option: the name it is reported as and whether it takes a value.
    struct LongOption {
        var reportedAs: String
        var takesValue: Bool
    }

    /// The program, for messages (`grep`).
    var program: String
    /// Short options without a value.
    var flags: Set<Character>
    /// Short options that take a value.
    var valued: Set<Character>
    /// Long options by name.
    var long: [String: LongOption] = [:]
    /// Options the real tool has that this one does not (short letters and long names).
    var unsupported: Set<String> = []
    /// What GNU prints after an option error (`Try 'head --help' for more information.`).
    var trailer: String
    /// The exit status of a usage error.
    var status: Int32
    /// The learner's language, for the tutor's own messages.
    var language: String

    /// The parsed arguments in order, or the filter stage that reports the error.
    func scan(_ arguments: [String]) -> Result<[Item], FailedFilter> {
        var items: [Item] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                items += arguments[index...].map(Item.operand)
                break
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                let matches = long.keys.filter { $0.hasPrefix(name) }.sorted()
                let chosen = long[name] != nil ? name : (matches.count == 1 ? matches[0] : nil)
                guard let chosen, let option = long[chosen] else {
                    if unsupported.contains(name) { return .failure(unsupportedOption("--" + name)) }
                    if matches.count > 1 {
                        return .failure(usage("\(program): option '\(argument)' is ambiguous; possibilities:"
                            + matches.map { " '--\($0)'" }.joined() + "\n"))
                    }
                    return .failure(usage("\(program): unrecognized option '\(argument)'\n"))
                }
                if option.takesValue {
                    if let inline {
                        items.append(.option(option.reportedAs, inline))
                    } else if index < arguments.count {
                        items.append(.option(option.reportedAs, arguments[index]))
                        index += 1
                    } else {
                        return .failure(usage("\(program): option '--\(chosen)' requires an argument\n"))
                    }
                } else {
                    if inline != nil {
                        return .failure(usage("\(program): option '--\(chosen)' doesn't allow an argument\n"))
                    }
                    items.append(.option(option.reportedAs, nil))
                }
                continue
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                items.append(.operand(argument))
                continue
            }
            var letters = Substring(argument.dropFirst())
            while let letter = letters.first {
                letters = letters.dropFirst()
                if flags.contains(letter) {
                    items.append(.option(String(letter), nil))
                } else if valued.contains(letter) {
                    if !letters.isEmpty {
                        items.append(.option(String(letter), String(letters)))
                    } else if index < arguments.count {
                        items.append(.option(String(letter), arguments[index]))
                        index += 1
                    } else {
                        return .failure(usage("\(program): option requires an argument -- '\(letter)'\n"))
                    }
                    break
                } else if unsupported.contains(String(letter)) {
                    return .failure(unsupportedOption("-" + String(letter)))
                } else {
                    return .failure(usage("\(program): invalid option -- '\(letter)'\n"))
                }
            }
        }
        return .success(items)
    }

    /// A usage error: GNU's message and trailer, and the tool's status.
    func usage(_ message: String) -> FailedFilter {
        FailedFilter(error: message + trailer, status: status)
    }

    /// An error in GNU's words without the trailer (`head: invalid number of lines: ‘abc’`).
    func failure(_ message: String) -> FailedFilter {
        FailedFilter(error: message + "\n", status: status)
    }

    /// The tutor's refusal of a real option it does not implement.
    func unsupportedOption(_ option: String) -> FailedFilter {
        FailedFilter(error: FilterText.unsupportedOption(program: program, option: option, language: language), status: status)
    }

    /// The tutor's refusal of file operands: filters read only the pipe.
    func noFiles(_ operand: String) -> FailedFilter {
        FailedFilter(error: FilterText.noFileOperands(program: program, operand: operand, language: language), status: status)
    }
}
