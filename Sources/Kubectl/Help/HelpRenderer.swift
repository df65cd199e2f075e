/// Lays out `kubectl … --help` text the way kubectl's templater does.
enum HelpRenderer {
    /// The closing line of every help page.
    static let optionsHint = "Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n"

    /// Help for one command: description, examples, options, usage and the closing hint.
    static func render(_ spec: VerbSpec) -> String {
        var out = spec.long
        if !out.hasSuffix("\n") { out += "\n" }
        if !spec.supported {
            out += "\n k8s-tutor's simulated cluster does not support this command.\n"
        }
        if !spec.aliases.isEmpty {
            out += "\nAliases:\n" + spec.aliases.joined(separator: ", ") + "\n"
        }
        if !spec.examples.isEmpty {
            out += "\nExamples:\n" + spec.examples
            if !out.hasSuffix("\n") { out += "\n" }
        }
        if !spec.subcommands.isEmpty {
            out += "\nAvailable Commands:\n"
            // kubectl's templater (`cmdGroupsString`): `rpad(name, NamePadding)` and three spaces, NamePadding being
            // max(11, the longest name); checked on rollout, set, config and create of kubectl v1.32.
            let width = max(spec.subcommands.map(\.0.count).max() ?? 0, 11) + 2
            for (name, summary) in spec.subcommands {
                out += "  " + name.padding(to: width) + " " + summary + "\n"
            }
        }
        if !spec.flags.isEmpty {
            out += "\nOptions:\n"
            for flag in spec.flags.sorted(by: { $0.name < $1.name }) {
                out += flagEntry(flag)
            }
        }
        // Each flag entry already ends with a blank line, which then separates the options from `Usage:`.
        out += (spec.flags.isEmpty ? "\n" : "") + "Usage:\n  " + spec.usage + "\n\n"
        if !spec.subcommands.isEmpty {
            out += "Use \"\(spec.commandPath) <command> --help\" for more information about a given command.\n"
        }
        out += optionsHint
        return out
    }

    /// One `Options:` entry: `    -o, --output='':` then the wrapped usage indented by a tab, then a blank line.
    static func flagEntry(_ flag: FlagSpec) -> String {
        var head = "    "
        if let shorthand = flag.shorthand { head += "-\(shorthand), " }
        head += "--\(flag.name)=\(flag.helpDefault):\n"
        var body = ""
        for line in wrap(flag.usage, width: 110) { body += "\t" + line + "\n" }
        return head + body + "\n"
    }

    /// Greedy word wrap.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The top-level `kubectl` / `kubectl --help` page.
    static func topLevel() -> String {
        var out = "kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n"
        for (group, names) in VerbCatalog.groups {
            out += "\n\(group):\n"
            for name in names {
                guard let spec = VerbCatalog.spec(for: [name]) else { continue }
                out += "  " + name.padding(to: 16) + spec.summary + "\n"
            }
        }
        out += "\nUsage:\n  kubectl [flags] [options]\n\n"
        out += "Use \"kubectl <command> --help\" for more information about a given command.\n"
        out += optionsHint
        return out
    }

    /// `kubectl options`: the global flags.
    static func globalOptions() -> String {
        var out = "The following options can be passed to any command:\n\n"
        for flag in VerbCatalog.globalFlags.sorted(by: { $0.name < $1.name }) { out += flagEntry(flag) }
        return out
    }
}

extension String {
    /// The string padded with spaces on the right to at least `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
