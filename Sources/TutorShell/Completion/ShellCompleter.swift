import ClusterModel
import Kubectl
import LineEditor
import Sandbox

/// Tab completion for the shell: commands, kubectl verbs, resource types, flags, object names and files.
final class ShellCompleter: CompletionProvider {
    private weak var shell: Shell?

    init(shell: Shell) {
        self.shell = shell
    }

    func completions(for request: CompletionRequest) -> CompletionResult {
        guard let shell else { return .none }
        let context = CompletionContext(
            commandNames: shell.commandNames, extraArguments: shell.argumentCompletions,
            sandbox: shell.sandbox)
        return context.completions(for: request)
    }
}

/// The pure part of completion: given what the shell knows, the candidates for a line.
struct CompletionContext {
    /// Words that may start a line.
    var commandNames: [String]
    /// Candidates for the first argument of shell-level commands (`lang` → languages, …).
    var extraArguments: [String: [String]]
    /// The cluster and files to complete names from.
    var sandbox: Sandbox

    func completions(for request: CompletionRequest) -> CompletionResult {
        let before = String(request.textBeforeCursor)
        var words = before.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let partial: String
        if before.last == " " || before.isEmpty {
            partial = ""
        } else {
            partial = words.removeLast()
        }
        let start = request.cursor - partial.count
        func result(_ values: [String], detail: [String: String] = [:]) -> CompletionResult {
            let matching = values.filter { $0.hasPrefix(partial) }
            var seen = Set<String>()
            let unique = matching.filter { seen.insert($0).inserted }
            return CompletionResult(
                replacingFrom: start, candidates: unique.sorted().map { Completion($0, detail: detail[$0]) })
        }
        // After an unquoted `|`: the built-in filters, then nothing for their arguments.
        if let pipeline = try? Pipeline.split(before + "x"), pipeline.isPipe, let last = pipeline.commands.last {
            let segment = last.dropLast()
            let segmentWords = segment.split(whereSeparator: { $0 == " " || $0 == "\t" })
            let typingFirstWord = segment.last.map { $0 != " " && $0 != "\t" } ?? false
            guard segmentWords.isEmpty || segmentWords.count == 1 && typingFirstWord else { return .none }
            // The word being typed starts after the `|`, which may touch it (`pods|gr`).
            let typed = typingFirstWord ? String(segmentWords[0]) : ""
            let names = Sandbox.filterNames.filter { $0.hasPrefix(typed) }.sorted()
            return CompletionResult(replacingFrom: request.cursor - typed.count, candidates: names.map { Completion($0) })
        }
        guard let command = words.first else { return result(commandNames) }
        switch command {
        case "kubectl", "k":
            return kubectlCompletions(Array(words.dropFirst()), partial: partial, start: start)
        case "cat", "ls":
            return result(sandbox.directory.listing())
        default:
            if words.count == 1, let options = extraArguments[command] { return result(options) }
            return .none
        }
    }

    private func kubectlCompletions(_ words: [String], partial: String, start: Int) -> CompletionResult {
        func result(_ values: [String], prefix: String = "") -> CompletionResult {
            let matching = values.filter { $0.hasPrefix(partial.dropFirst(prefix.count)) }.map { prefix + $0 }
            return CompletionResult(replacingFrom: start, candidates: Array(Set(matching)).sorted().map { Completion($0) })
        }
        // The value of the flag just before the cursor.
        if let flag = words.last, flag.hasPrefix("-") {
            switch flag {
            case "-f", "--filename": return result(sandbox.directory.listing())
            case "-o", "--output": return result(Self.outputFormats)
            case "-n", "--namespace": return result(names(of: .namespaces, namespace: nil))
            default: break
            }
        }
        if partial.hasPrefix("-") {
            if partial.hasPrefix("--output=") || partial.hasPrefix("-o=") {
                let prefix = String(partial.prefix { $0 != "=" }) + "="
                return result(Self.outputFormats, prefix: prefix)
            }
            let verb = words.first { !$0.hasPrefix("-") }
            let flags = (verb.flatMap { VerbCatalog.spec(for: [$0])?.flags } ?? []) + VerbCatalog.globalFlags
            return result(flags.map { "--" + $0.name })
        }
        let positional = positionalWords(words)
        guard let verb = positional.first else { return result(VerbCatalog.supportedTopLevelNames) }
        if positional.count == 1 {
            let subcommands = VerbCatalog.supportedSubcommands(of: verb)
            if !subcommands.isEmpty { return result(subcommands) }
        }
        guard Self.verbsTakingResources.contains(verb) else { return .none }
        let arguments = Array(positional.dropFirst(verb == "rollout" ? 2 : 1))
        let namespace = namespaceFlag(words)
        if arguments.isEmpty {
            if let slash = partial.firstIndex(of: "/"), let type = ResourceType.lookup(String(partial[..<slash])) {
                let prefix = String(partial[...slash])
                return result(names(of: type, namespace: namespace), prefix: prefix)
            }
            let types = ResourceType.all.map(\.plural) + (verb == "get" ? ["all"] : [])
            return result(types)
        }
        guard let type = ResourceType.lookup(arguments[0].split(separator: ",").first.map(String.init) ?? "") else {
            return .none
        }
        return result(names(of: type, namespace: namespace))
    }

    private func names(of type: ResourceType, namespace: String?) -> [String] {
        let scope = type.namespaced ? (namespace ?? "default") : nil
        return sandbox.cluster.list(type, namespace: scope).compactMap { $0["metadata"]["name"].string }
    }

    /// The words that are not flags or flag values.
    private func positionalWords(_ words: [String]) -> [String] {
        var result: [String] = []
        var skipNext = false
        for word in words {
            if skipNext {
                skipNext = false
                continue
            }
            if word.hasPrefix("-") {
                if !word.contains("="), Self.flagsWithValues.contains(word) { skipNext = true }
                continue
            }
            result.append(word)
        }
        return result
    }

    private func namespaceFlag(_ words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if (word == "-n" || word == "--namespace"), index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--namespace=") { return String(word.dropFirst("--namespace=".count)) }
        }
        return nil
    }

    static let verbsTakingResources: Set<String> = ["get", "describe", "delete", "explain", "scale", "rollout", "wait", "logs"]
    static let outputFormats = ["custom-columns=", "json", "jsonpath=", "name", "wide", "yaml"]
    static let flagsWithValues: Set<String> = [
        "-o", "--output", "-n", "--namespace", "-l", "--selector", "-f", "--filename", "--sort-by", "-L",
        "--label-columns", "--grace-period", "--timeout", "--for", "--replicas", "-c", "--container",
    ]
}
