import Sandbox

/// The text of the shell's `help` command.
enum HelpText {
    /// Help for a topic (`""` for the overview); the section on pipes is in `language` (`en` or `zh-CN`).
    static func render(
        topic: String, colors: Bool, interactive: Bool = true, lessonCommands: [(String, String)] = [],
        language: String = "en"
    ) -> String {
        func heading(_ text: String) -> String { colors ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
        var lines: [String] = []
        lines.append(heading("kubectl against the simulated cluster"))
        lines.append("  kubectl <command> …   (or k …)   e.g. kubectl get pods, kubectl apply -f FILE")
        lines.append("  kubectl --help        the kubectl commands; kubectl <command> --help for one")
        lines.append("")
        lines.append(heading("Shell"))
        var rows: [(String, String)] = BuiltinCommand.allCases.map { ($0.name, $0.summary) }
        rows += ShellBuiltin.allCases.filter { $0 != .quit }.map { ($0.rawValue, $0.summary) }
        if !lessonCommands.isEmpty {
            rows.append(("", ""))
            rows += lessonCommands
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (name, summary) in rows {
            if name.isEmpty {
                lines.append("")
                lines.append(heading("This lesson"))
                continue
            }
            lines.append("  " + name + String(repeating: " ", count: width - name.count + 3) + summary)
        }
        lines.append("")
        lines += pipes(language: language, heading: heading)
        lines.append("")
        lines.append(heading("Keys"))
        lines.append("  Tab completes · Up/Down walk history · Ctrl-R searches it · Ctrl-C cancels · Ctrl-D leaves")
        lines.append("")
        if interactive {
            lines.append("Virtual time runs with the wall clock here; sleep 2m jumps ahead, clock speed 10 runs faster.")
        } else {
            lines.append("Script mode: virtual time moves only with sleep and with commands that wait.")
        }
        _ = topic
        return lines.joined(separator: "\n") + "\n"
    }

    /// The section on pipes: which filters exist and that they run inside the tutor.
    static func pipes(language: String, heading: (String) -> String) -> [String] {
        let filters = Sandbox.filterNames.joined(separator: ", ")
        if language.hasPrefix("zh") {
            return [
                heading("管道"),
                "  命令 | 过滤命令 …   例如 kubectl get pods | grep web，kubectl get pods -o json | jq -r '.items[].metadata.name'",
                "  内置过滤命令：\(filters)（在教程内部运行，不调用系统命令；不支持重定向 > < 和命令列表 ; &&）",
            ]
        }
        return [
            heading("Pipes"),
            "  command | filter …   e.g. kubectl get pods | grep web, kubectl get pods -o json | jq -r '.items[].metadata.name'",
            "  built-in filters: \(filters) (they run inside the tutor, not as host commands; no > < ; && here)",
        ]
    }
}
