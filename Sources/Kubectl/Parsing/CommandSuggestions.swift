/// cobra's "Did you mean this?" suggestions for an unknown command.
enum CommandSuggestions {
    /// Command names within Levenshtein distance 2 (case-insensitive) of `typed`, or having it as a prefix, sorted.
    static func suggestions(for typed: String, among names: [String]) -> [String] {
        let lower = typed.lowercased()
        return names.filter { name in
            levenshtein(lower, name.lowercased()) <= 2 || name.lowercased().hasPrefix(lower)
        }
    }

    /// The edit distance between two strings.
    static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }

    /// `error: unknown command "x" for "kubectl"` with cobra's suggestion block.
    static func unknownCommandError(_ typed: String) -> KubectlError {
        var text = "error: unknown command \"\(typed)\" for \"kubectl\""
        let found = suggestions(for: typed, among: VerbCatalog.topLevelNames)
        if !found.isEmpty {
            text += "\n\nDid you mean this?\n" + found.map { "\t\($0)\n" }.joined()
        }
        return KubectlError(message: text)
    }
}
