/// The tutor's own messages about pipes, in English and Simplified Chinese (what GNU tools and jq print
/// stays as they print it).
enum FilterText {
    /// The filters, as the messages list them.
    static var filterList: String { FilterCommand.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The refusal of a command after `|` that is not a built-in filter (`less`, `xargs`, `bash`).
    static func notAFilter(_ word: String, language: String) -> String {
        if language.hasPrefix("zh") {
            return "error: 管道后的 \"\(word)\" 不是 k8s-tutor 内置的过滤命令；可用的有：\(filterList)（它们在程序内部运行，不调用系统命令）\n"
        }
        return "error: \"\(word)\" after '|' is not one of k8s-tutor's built-in filters: \(filterList) (they run inside the tutor, never as host commands)\n"
    }

    /// The refusal of a filter as the first command of a line (it would read the terminal).
    static func filterFirst(_ word: String, language: String) -> String {
        if language.hasPrefix("zh") {
            return "error: \(word) 在这里只读取管道的输入，例如 kubectl get pods | \(word) …\n"
        }
        return "error: \(word) reads only from a pipe here, e.g. kubectl get pods | \(word) …\n"
    }

    /// The refusal of shell syntax other than pipes.
    static func shellSyntax(_ token: String, language: String) -> String {
        if language.hasPrefix("zh") {
            return "error: '\(token)' 是本教程不运行的 shell 语法（重定向、命令列表和后台运行）：每行输入一条命令；"
                + "管道可以接内置过滤命令 \(filterList)，kubectl 的 -l、--sort-by 和 -o jsonpath 也能完成大部分筛选\n"
        }
        return "error: '\(token)' is shell syntax this tutor does not run (redirections, command lists, background jobs): "
            + "type one command per line; pipes to the built-in filters \(filterList) work, "
            + "and kubectl's -l, --sort-by and -o jsonpath do most filtering\n"
    }

    /// The refusal of an option the real tool has but the built-in one does not.
    static func unsupportedOption(program: String, option: String, language: String) -> String {
        let supported = FilterCommand(rawValue: program)?.supportedOptions ?? ""
        if language.hasPrefix("zh") {
            return "\(program): k8s-tutor 内置的 \(program) 不支持 \(option)（支持：\(supported)）\n"
        }
        return "\(program): \(option) is not supported by k8s-tutor's built-in \(program) (it has \(supported))\n"
    }

    /// The refusal of file operands.
    static func noFileOperands(program: String, operand: String, language: String) -> String {
        if language.hasPrefix("zh") {
            return "\(program): k8s-tutor 内置的 \(program) 只读取管道的输入，不打开文件（‘\(operand)’）\n"
        }
        return "\(program): k8s-tutor's built-in \(program) reads only the pipe, not files (‘\(operand)’)\n"
    }

    /// The refusal of an awk program outside the supported subset.
    static func awkProgram(_ program: String, language: String) -> String {
        if language.hasPrefix("zh") {
            return "awk: k8s-tutor 内置的 awk 只支持简单程序，如 '{print $1}'、'{print $1, $3}'、'{print $NF}'、"
                + "'NR>1'、'/Running/ {print $1}'、'$3 == \"Running\"'，不支持 ‘\(program)’\n"
        }
        return "awk: k8s-tutor's built-in awk runs only simple programs such as '{print $1}', '{print $1, $3}', "
            + "'{print $NF}', 'NR>1', '/Running/ {print $1}' and '$3 == \"Running\"', not ‘\(program)’\n"
    }

    /// The refusal of a jq filter outside the supported subset.
    static func jqProgram(_ feature: String, language: String) -> String {
        if language.hasPrefix("zh") {
            return "jq: k8s-tutor 内置的 jq 不支持 \(feature)；支持 .、.a.b、.[]、.[0]、|、,、select(...)、map(...)、test(...)、"
                + "length、keys、==、!=、<、>、and、or、not、字符串和数字\n"
        }
        return "jq: \(feature) is not supported by k8s-tutor's built-in jq; it has ., .a.b, .[], .[0], |, ',', "
            + "select(...), map(...), test(...), length, keys, ==, !=, <, >, and, or, not, strings and numbers\n"
    }

    /// The refusal of a jq program too long or too deeply nested for the built-in jq.
    static func jqTooLarge(deep: Bool, language: String) -> String {
        if language.hasPrefix("zh") {
            return deep
                ? "jq: k8s-tutor 内置的 jq 不支持嵌套超过 16 层的字符串插值\n"
                : "jq: k8s-tutor 内置的 jq 不支持超过 \(JqParser.maximumTokens) 个词法单元的程序\n"
        }
        return deep
            ? "jq: string interpolation nested more than 16 deep is not supported by k8s-tutor's built-in jq\n"
            : "jq: a program of more than \(JqParser.maximumTokens) tokens is not supported by k8s-tutor's built-in jq\n"
    }
}
