import Kubectl

/// Keeps fuzzed shell lines inside the sandbox: the shell reads absolute paths and `~` from the real file
/// system (as a shell would), so a line that names one is skipped rather than run.
///
/// Relative paths stay virtual because the fuzzing sandbox has no real directory behind it. A path can hide in
/// a word of its own (`/etc/hosts`), after `=` (`--filename=/dev/zero`, `jsonpath-file=/x`) or after a short
/// flag (`-f/dev/stdin`), so those words are refused; what this refuses is a sliver of the input space.
enum HostPathFilter {
    /// True when no word of `line` could name a file outside the sandbox.
    static func allows(_ line: String) -> Bool {
        guard let words = try? ShellWords.scan(line).words else { return true }
        return words.allSatisfy(allows(word:))
    }

    private static func allows(word: String) -> Bool {
        if word.contains("~") { return false }
        guard let slash = word.firstIndex(of: "/") else { return true }
        if slash == word.startIndex { return false }
        if word[word.index(before: slash)] == "=" { return false }
        return !(word.hasPrefix("-") && !word.hasPrefix("--"))
    }
}
